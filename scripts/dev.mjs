// `npm run dev`: the backend recompiled and restarted on change, and Vite with hot reload in front of it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const backendPort = process.env.PORT ?? '3000';
const children = [];

function run(command, args, options = {}) {
  const child = spawn(command, args, { stdio: 'inherit', ...options });
  children.push(child);
  child.on('exit', (code) => {
    if (code && code !== 0) shutdown(code);
  });
  return child;
}

function shutdown(code = 0) {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => shutdown());
process.on('SIGTERM', () => shutdown());

run('npx', ['tsc', '-p', 'backend/tsconfig.build.json', '--watch', '--preserveWatchOutput']);
const waitForBuild = setInterval(() => {
  if (!existsSync('backend/dist/main.js')) return;
  clearInterval(waitForBuild);
  run('node', ['--watch-path=backend/dist', 'backend/dist/main.js'], {
    env: { ...process.env, PORT: backendPort, PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://localhost:5173' },
  });
  run('npx', ['vite', '--port', '5173', '--strictPort'], {
    cwd: 'frontend',
    env: { ...process.env, BACKEND_PORT: backendPort },
  });
  console.log('\nOpen http://localhost:5173 (Vite, hot reload); the API runs on port ' + backendPort + '\n');
}, 500);
