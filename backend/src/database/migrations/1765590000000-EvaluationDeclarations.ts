import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the registries ask of a study before it rates: the evaluator's independence and conflicts of interest,
 * the numbers randomised and analysed (attrition follows), the comparison condition, a trial registration, and
 * whether a second reviewer has verified its coding. The evaluations posted before this were the basis of
 * ratings already public, so they stay counted as verified; new ones wait for a reviewer.
 */
export class EvaluationDeclarations1765590000000 implements MigrationInterface {
  name = 'EvaluationDeclarations1765590000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "evaluations"
        ADD "independence" text NOT NULL DEFAULT 'developer',
        ADD "conflict_of_interest" text,
        ADD "sample_randomised" int,
        ADD "sample_analysed" int,
        ADD "comparison" text,
        ADD "registration_id" text,
        ADD "verification" text NOT NULL DEFAULT 'awaiting'`);
    await queryRunner.query(`
      UPDATE "evaluations"
         SET "independence" = CASE WHEN "independent" THEN 'independent' ELSE 'developer' END,
             "verification" = 'verified'`);
    await queryRunner.query(`ALTER TABLE "evaluations" DROP COLUMN "independent"`);
    await queryRunner.query(`
      ALTER TABLE "evaluations"
        ADD CONSTRAINT "evaluations_independence_check"
          CHECK (independence IN ('developer', 'developer-funded', 'independent')),
        ADD CONSTRAINT "evaluations_comparison_check"
          CHECK (comparison IN ('placebo', 'waitlist', 'treatment-as-usual', 'matched', 'none')),
        ADD CONSTRAINT "evaluations_verification_check" CHECK (verification IN ('awaiting', 'verified', 'returned')),
        ADD CONSTRAINT "evaluations_samples_check" CHECK (sample_analysed <= sample_randomised)`);
    await queryRunner.query(`CREATE INDEX "IDX_evaluations_verification" ON "evaluations" ("verification")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_evaluations_verification"`);
    await queryRunner.query(`ALTER TABLE "evaluations" ADD "independent" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`UPDATE "evaluations" SET "independent" = ("independence" = 'independent')`);
    await queryRunner.query(`
      ALTER TABLE "evaluations"
        DROP CONSTRAINT "evaluations_independence_check",
        DROP CONSTRAINT "evaluations_comparison_check",
        DROP CONSTRAINT "evaluations_verification_check",
        DROP CONSTRAINT "evaluations_samples_check",
        DROP COLUMN "independence",
        DROP COLUMN "conflict_of_interest",
        DROP COLUMN "sample_randomised",
        DROP COLUMN "sample_analysed",
        DROP COLUMN "comparison",
        DROP COLUMN "registration_id",
        DROP COLUMN "verification"`);
  }
}
