import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts a stolen password cannot open: authenticator apps (TOTP), recovery codes, passkeys, the
 * challenges of a sign-in waiting for its second factor, the address of each session, and the counters of
 * the rate limits. `rate_limits` has the shape rate-limiter-flexible's PostgreSQL store reads and writes;
 * it is made here, with the rest of the schema, rather than by the library at run time.
 */
export class AccountSecurity1765200000000 implements MigrationInterface {
  name = 'AccountSecurity1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" ADD "ip" text`);
    await queryRunner.query(
      `CREATE TABLE "totp_credentials" ("user_id" uuid NOT NULL, "secret" text NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "last_used_step" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e7500eeafa3a0dcb09090965589" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "recovery_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" text NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_9a3c960f295888fbd660e96b184" UNIQUE ("code_hash"), CONSTRAINT "PK_0723b9e53961e799027d7f7ba32" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_fb82b2ac740ca095b617afad03" ON "recovery_codes" ("user_id")`);
    await queryRunner.query(
      `CREATE TABLE "passkeys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "credential_id" text NOT NULL, "public_key" bytea NOT NULL, "counter" bigint NOT NULL DEFAULT '0', "transports" text array NOT NULL DEFAULT '{}', "backed_up" boolean NOT NULL DEFAULT false, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_81b80835fab9dcadaebc6d168ab" UNIQUE ("credential_id"), CONSTRAINT "PK_db928e6fd79e7098911268a74c3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_02227b9a8a34a808e3e23800b0" ON "passkeys" ("user_id")`);
    await queryRunner.query(
      `CREATE TABLE "auth_challenges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "token_hash" text NOT NULL, "user_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_ccfdede657a422a4fb361cdefab" UNIQUE ("token_hash"), CONSTRAINT "auth_challenges_kind_check" CHECK (kind IN ('second-factor', 'passkey-sign-in', 'passkey-registration')), CONSTRAINT "PK_6993bc9c45bbf5948e4118de560" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ce2bfa62e2ffd702457bc39b7e" ON "auth_challenges" ("user_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_8400096032a6aa290879cd21d0" ON "auth_challenges" ("expires_at")`);
    await queryRunner.query(
      `ALTER TABLE "totp_credentials" ADD CONSTRAINT "FK_e7500eeafa3a0dcb09090965589" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recovery_codes" ADD CONSTRAINT "FK_fb82b2ac740ca095b617afad031" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "passkeys" ADD CONSTRAINT "FK_02227b9a8a34a808e3e23800b00" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_challenges" ADD CONSTRAINT "FK_ce2bfa62e2ffd702457bc39b7eb" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // rate-limiter-flexible's own layout: key (its prefix and our hashed key), points, expiry in epoch ms.
    await queryRunner.query(
      `CREATE TABLE "rate_limits" ("key" varchar(255) PRIMARY KEY, "points" integer NOT NULL DEFAULT 0, "expire" bigint)`,
    );
    await queryRunner.query(`CREATE INDEX "rate_limits_expire_idx" ON "rate_limits" ("expire")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limits"`);
    await queryRunner.query(`DROP TABLE "auth_challenges"`);
    await queryRunner.query(`DROP TABLE "passkeys"`);
    await queryRunner.query(`DROP TABLE "recovery_codes"`);
    await queryRunner.query(`DROP TABLE "totp_credentials"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "ip"`);
  }
}
