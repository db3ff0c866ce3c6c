import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Email: the outbox of every email (the queue's jobs live in pg-boss's own schema), tokens of emailed links,
 * the devices members signed in from, email settings, invitations, a secret the instances share, and the
 * member's interface language, time zone and confirmed address.
 */
export class Email1765300000000 implements MigrationInterface {
  name = 'Email1765300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "account_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" text NOT NULL, "email" text NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_167033390a71c52224c7c636c8b" UNIQUE ("token_hash"), CONSTRAINT "account_tokens_purpose_check" CHECK (purpose IN ('confirm-email', 'reset-password')), CONSTRAINT "PK_5e3640c493cc6206a44b885e6a9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1b5fea09efc20c7f63c4a09b3d" ON "account_tokens"  ("user_id")`);
    await queryRunner.query(
      `CREATE TABLE "known_devices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "device_hash" text, "user_agent" text, "first_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f1337dfd94ae70a64a4c50e52ea" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9a86826243304385e7b1185bfe" ON "known_devices"  ("user_id")`);
    await queryRunner.query(
      `CREATE TABLE "email_settings" ("user_id" uuid NOT NULL, "kinds" jsonb NOT NULL DEFAULT '{}', "daily_digest_at" TIMESTAMP WITH TIME ZONE, "weekly_digest_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7ec225435a7db9e68718a157478" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "group_email_settings" ("user_id" uuid NOT NULL, "group_id" uuid NOT NULL, "frequency" text NOT NULL, CONSTRAINT "group_email_settings_frequency_check" CHECK (frequency IN ('immediately', 'daily', 'weekly', 'never')), CONSTRAINT "PK_cf1385a819b777cc978ca584340" PRIMARY KEY ("user_id", "group_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_16450222e91c7d19fa6e17ff8c" ON "group_email_settings"  ("group_id")`);
    await queryRunner.query(
      `CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "group_id" uuid, "invited_by" uuid, "token_hash" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by" uuid, "withdrawn_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_872ac94a64b3d44fc4b554780cd" UNIQUE ("token_hash"), CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_97ab59cb592c7cec109741b592" ON "invitations"  ("email")`);
    await queryRunner.query(`CREATE INDEX "IDX_06b302ebb4ecf4725f6278cdf4" ON "invitations"  ("group_id")`);
    await queryRunner.query(`CREATE INDEX "invitations_list_idx" ON "invitations"  ("created_at", "id")`);
    await queryRunner.query(
      `CREATE TABLE "app_secrets" ("name" text NOT NULL, "value" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6c785a9da9881929b0d1d780423" PRIMARY KEY ("name"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "emails" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid, "to_address" text NOT NULL, "kind" text NOT NULL, "locale" text NOT NULL DEFAULT 'en', "dedupe_key" text NOT NULL, "notification_id" uuid, "payload" jsonb NOT NULL DEFAULT '{}', "state" text NOT NULL DEFAULT 'queued', "error" text, "attempts" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "claimed_at" TIMESTAMP WITH TIME ZONE, "handed_over_at" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "message_id" text, CONSTRAINT "UQ_51bc0c30d14185e608266d44d75" UNIQUE ("dedupe_key"), CONSTRAINT "emails_locale_check" CHECK (locale IN ('en', 'da', 'sv')), CONSTRAINT "emails_state_check" CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'skipped')), CONSTRAINT "emails_kind_check" CHECK (kind IN ('address-confirmation', 'address-change', 'address-change-notice', 'password-reset', 'password-changed', 'new-sign-in', 'second-factor-changed', 'application-approved', 'application-declined', 'invitation', 'mention', 'reply', 'join-request', 'decision', 'curation', 'evaluation', 'feedback', 'announcement', 'group-activity', 'meeting', 'digest-daily', 'digest-weekly')), CONSTRAINT "PK_a54dcebef8d05dca7e839749571" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4c1f50332557b4c0adb2c6cac4" ON "emails"  ("user_id")`);
    await queryRunner.query(
      `CREATE INDEX "emails_queued_notification_idx" ON "emails"  ("notification_id") WHERE state = 'queued'`,
    );
    await queryRunner.query(`CREATE INDEX "emails_list_idx" ON "emails"  ("created_at", "id")`);
    await queryRunner.query(`ALTER TABLE "users" ADD "locale" text NOT NULL DEFAULT 'en'`);
    await queryRunner.query(`ALTER TABLE "users" ADD "time_zone" text NOT NULL DEFAULT 'Europe/Brussels'`);
    await queryRunner.query(`ALTER TABLE "users" ADD "email_confirmed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "pending_email" text`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "users_locale_check" CHECK (locale IN ('en', 'da', 'sv'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_tokens" ADD CONSTRAINT "FK_1b5fea09efc20c7f63c4a09b3d6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "known_devices" ADD CONSTRAINT "FK_9a86826243304385e7b1185bfe7" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "email_settings" ADD CONSTRAINT "FK_7ec225435a7db9e68718a157478" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_email_settings" ADD CONSTRAINT "FK_df66a28907f1f13146d8a3c017d" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_email_settings" ADD CONSTRAINT "FK_16450222e91c7d19fa6e17ff8ce" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_06b302ebb4ecf4725f6278cdf42" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_29b1cef6891d9b9d4e35f793b81" FOREIGN KEY ("invited_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_fdcaac54a139fa30a51ce246f98" FOREIGN KEY ("accepted_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "emails" ADD CONSTRAINT "FK_4c1f50332557b4c0adb2c6cac41" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "emails" ADD CONSTRAINT "FK_cba1dce3b583d27676f9f99b8d9" FOREIGN KEY ("notification_id") REFERENCES "notifications"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // The browsers members already use are known: the first sign-in after this change is not "new".
    await queryRunner.query(
      `INSERT INTO known_devices (user_id, user_agent, first_seen_at, last_seen_at)
       SELECT user_id, user_agent, min(created_at), max(last_seen_at) FROM sessions
        WHERE user_agent IS NOT NULL GROUP BY user_id, user_agent`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "emails" DROP CONSTRAINT "FK_cba1dce3b583d27676f9f99b8d9"`);
    await queryRunner.query(`ALTER TABLE "emails" DROP CONSTRAINT "FK_4c1f50332557b4c0adb2c6cac41"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_fdcaac54a139fa30a51ce246f98"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_29b1cef6891d9b9d4e35f793b81"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_06b302ebb4ecf4725f6278cdf42"`);
    await queryRunner.query(`ALTER TABLE "group_email_settings" DROP CONSTRAINT "FK_16450222e91c7d19fa6e17ff8ce"`);
    await queryRunner.query(`ALTER TABLE "group_email_settings" DROP CONSTRAINT "FK_df66a28907f1f13146d8a3c017d"`);
    await queryRunner.query(`ALTER TABLE "email_settings" DROP CONSTRAINT "FK_7ec225435a7db9e68718a157478"`);
    await queryRunner.query(`ALTER TABLE "known_devices" DROP CONSTRAINT "FK_9a86826243304385e7b1185bfe7"`);
    await queryRunner.query(`ALTER TABLE "account_tokens" DROP CONSTRAINT "FK_1b5fea09efc20c7f63c4a09b3d6"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_locale_check"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "pending_email"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "email_confirmed_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "time_zone"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "locale"`);
    await queryRunner.query(`DROP INDEX "emails_list_idx"`);
    await queryRunner.query(`DROP INDEX "emails_queued_notification_idx"`);
    await queryRunner.query(`DROP INDEX "IDX_4c1f50332557b4c0adb2c6cac4"`);
    await queryRunner.query(`DROP TABLE "emails"`);
    await queryRunner.query(`DROP TABLE "app_secrets"`);
    await queryRunner.query(`DROP INDEX "invitations_list_idx"`);
    await queryRunner.query(`DROP INDEX "IDX_06b302ebb4ecf4725f6278cdf4"`);
    await queryRunner.query(`DROP INDEX "IDX_97ab59cb592c7cec109741b592"`);
    await queryRunner.query(`DROP TABLE "invitations"`);
    await queryRunner.query(`DROP INDEX "IDX_16450222e91c7d19fa6e17ff8c"`);
    await queryRunner.query(`DROP TABLE "group_email_settings"`);
    await queryRunner.query(`DROP TABLE "email_settings"`);
    await queryRunner.query(`DROP INDEX "IDX_9a86826243304385e7b1185bfe"`);
    await queryRunner.query(`DROP TABLE "known_devices"`);
    await queryRunner.query(`DROP INDEX "IDX_1b5fea09efc20c7f63c4a09b3d"`);
    await queryRunner.query(`DROP TABLE "account_tokens"`);
  }
}
