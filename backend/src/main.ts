import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { seedDemo } from '@pn/seeds';
import { DataSource } from 'typeorm';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/env.schema';
import { openDatabase } from './database/database';
import { demoSeedTools } from './database/demo-seed-tools';
import { PasswordService } from './modules/auth/password.service';
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

  const database = await openDatabase(config, (message) => logger.log(message));
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: finishing open requests, then stopping`);
    await app?.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

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
    logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    await app?.close().catch(() => {});
    await database.stop().catch(() => {});
    process.exit(1);
  }
  console.log(`\nPrevention Network is running: open ${config.PUBLIC_URL}\n`);
}

void main();
