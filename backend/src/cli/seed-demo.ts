import 'reflect-metadata';
import { seedDemo } from '@pn/seeds';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/env.schema';
import { dataSourceOptions } from '../database/data-source';
import { openDatabase } from '../database/database';
import { demoSeedTools } from '../database/demo-seed-tools';
import { PasswordService } from '../modules/users/password.service';
import { LocalDiskStorage } from '../modules/resources/storage/local-disk.storage';
import { SecretBox } from '../modules/second-factor/secret-box';

/** `npm run seed:demo`: brings the schema up to date, then writes the demo network (idempotent). */
async function run(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config, console.log);
  const dataSource = new DataSource(dataSourceOptions(database.url));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    await seedDemo(
      dataSource,
      demoSeedTools(
        new PasswordService(),
        new LocalDiskStorage(config.UPLOAD_DIR),
        new SecretBox(config.TOTP_ENCRYPTION_KEY),
      ),
    );
    console.log(`Demo network written to ${database.embedded ? 'the embedded database' : 'DATABASE_URL'}.`);
  } finally {
    await dataSource.destroy().catch(() => {});
    await database.stop();
  }
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
