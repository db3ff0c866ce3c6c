import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { seedDemo } from '@pn/seeds';
import { DataSource } from 'typeorm';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/env.schema';
import { openDatabase, type Database } from './database/database';
import { startMailCatcher, type MailCatcher } from './modules/mail/mail-catcher';
import { demoSeedTools } from './database/demo-seed-tools';
import { PasswordService } from './modules/users/password.service';
import { FILE_STORAGE } from './modules/resources/storage/file-storage';
import { SecretBox } from './modules/second-factor/secret-box';

async function main(): Promise<void> {
  const logger = new Logger('Main');
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  let database: Database;
  try {
    // This process stops the embedded server on SIGTERM and SIGINT, after the app (see `stop` below).
    database = await openDatabase(config, (message) => logger.log(message), { stopsOnSignals: false });
  } catch (error) {
    logger.error(describe(error));
    process.exit(1);
  }
  let catcher: MailCatcher | undefined;
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: finishing open requests, then stopping`);
    await app?.close();
    await catcher?.stop();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  // No SMTP_URL: email goes to a local mail catcher with a web inbox, never outside this machine.
  if (!config.SMTP_URL) {
    try {
      catcher = await startMailCatcher(config.MAIL_CATCHER_SMTP_PORT, config.MAIL_CATCHER_WEB_PORT);
    } catch (error) {
      logger.error(describe(error));
      await database.stop().catch(() => {});
      process.exit(1);
    }
    config = { ...config, SMTP_URL: catcher.smtpUrl };
  }

  try {
    app = await createApp(config, database.url);
    if (config.SEED_DEMO ?? (database.embedded && database.fresh)) {
      await seedDemo(
        app.get(DataSource),
        demoSeedTools(app.get(PasswordService), app.get(FILE_STORAGE), new SecretBox(config.TOTP_ENCRYPTION_KEY)),
      );
      logger.log('Seeded the demo network (accounts are listed in the README)');
    }
    await app.listen({ port: config.PORT, host: config.HOST });
  } catch (error) {
    logger.error(describe(error));
    await app?.close().catch(() => {});
    await catcher?.stop().catch(() => {});
    await database.stop().catch(() => {});
    process.exit(1);
  }
  console.log(`\nPrevention Network is running: open ${config.PUBLIC_URL}`);
  if (catcher) console.log(`Email goes to the local mail catcher: read it at ${catcher.inboxUrl}`);
  console.log('');
}

/** An error as a person reads it: never a bare "undefined". */
function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? error.message;
  return `the start failed without saying why (${String(error)})`;
}

main().catch((error: unknown) => {
  console.error(describe(error));
  process.exit(1);
});
