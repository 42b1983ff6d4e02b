import { MigrationInterface, QueryRunner } from "typeorm";

export class ReviewThreadAndFrozenReports1795455488710 implements MigrationInterface {
    name = 'ReviewThreadAndFrozenReports1795455488710'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."measurement_comment_kind" AS ENUM('submit', 'approve', 'return', 'reopen', 'comment')`);
        await queryRunner.query(`CREATE TABLE "measurement_comments" ("id" SERIAL NOT NULL, "measurement_id" integer NOT NULL, "author_id" integer, "kind" "public"."measurement_comment_kind" NOT NULL, "body" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "measurement_comment_body_length" CHECK (char_length("body") <= 4000), CONSTRAINT "PK_d22349220f1a5178746fadad9c5" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_9bf4707435c3d26fb39020f959" ON "measurement_comments"  ("measurement_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_9fb5ba8478504dbbb0b1427451" ON "measurement_comments"  ("author_id") `);
        await queryRunner.query(`CREATE TABLE "frozen_reports" ("id" SERIAL NOT NULL, "lab_id" integer NOT NULL, "period" character(7) NOT NULL, "version" integer NOT NULL, "data" jsonb NOT NULL, "data_sha256" character(64) NOT NULL, "pdf" bytea NOT NULL, "pdf_sha256" character(64) NOT NULL, "xlsx" bytea NOT NULL, "xlsx_sha256" character(64) NOT NULL, "csv" bytea NOT NULL, "csv_sha256" character(64) NOT NULL, "note" text, "frozen_by_id" integer, "frozen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "frozen_report_version" UNIQUE ("lab_id", "period", "version"), CONSTRAINT "frozen_report_version_positive" CHECK ("version" >= 1), CONSTRAINT "frozen_report_period_format" CHECK ("period" ~ '^[0-9]{4}-Q[1-4]$'), CONSTRAINT "PK_6e6024a5eff9d51a4b799f182bd" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_4a2388fe0b2ff3de43a5f95161" ON "frozen_reports"  ("frozen_by_id") `);
        await queryRunner.query(`ALTER TYPE "public"."audit_action" ADD VALUE 'reopen'`);
        await queryRunner.query(`ALTER TYPE "public"."audit_action" ADD VALUE 'comment'`);
        await queryRunner.query(`ALTER TYPE "public"."audit_action" ADD VALUE 'freeze'`);
        await queryRunner.query(`ALTER TABLE "measurement_comments" ADD CONSTRAINT "FK_9bf4707435c3d26fb39020f959f" FOREIGN KEY ("measurement_id") REFERENCES "measurements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "measurement_comments" ADD CONSTRAINT "FK_9fb5ba8478504dbbb0b14274517" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "frozen_reports" ADD CONSTRAINT "FK_bbf782caea8a5be969045c30523" FOREIGN KEY ("lab_id") REFERENCES "labs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "frozen_reports" ADD CONSTRAINT "FK_4a2388fe0b2ff3de43a5f95161d" FOREIGN KEY ("frozen_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "frozen_reports" DROP CONSTRAINT "FK_4a2388fe0b2ff3de43a5f95161d"`);
        await queryRunner.query(`ALTER TABLE "frozen_reports" DROP CONSTRAINT "FK_bbf782caea8a5be969045c30523"`);
        await queryRunner.query(`ALTER TABLE "measurement_comments" DROP CONSTRAINT "FK_9fb5ba8478504dbbb0b14274517"`);
        await queryRunner.query(`ALTER TABLE "measurement_comments" DROP CONSTRAINT "FK_9bf4707435c3d26fb39020f959f"`);
        // PostgreSQL cannot drop a value from an enum: the type is rebuilt, and the events that used the
        // new actions cannot be kept in it.
        await queryRunner.query(`DELETE FROM "audit_events" WHERE "action" IN ('reopen', 'comment', 'freeze')`);
        await queryRunner.query(`CREATE TYPE "public"."audit_action_old" AS ENUM('create', 'update', 'delete', 'transition', 'submit', 'approve', 'return', 'login_failed')`);
        await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "action" TYPE "public"."audit_action_old" USING "action"::"text"::"public"."audit_action_old"`);
        await queryRunner.query(`DROP TYPE "public"."audit_action"`);
        await queryRunner.query(`ALTER TYPE "public"."audit_action_old" RENAME TO "audit_action"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_4a2388fe0b2ff3de43a5f95161"`);
        await queryRunner.query(`DROP TABLE "frozen_reports"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9fb5ba8478504dbbb0b1427451"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9bf4707435c3d26fb39020f959"`);
        await queryRunner.query(`DROP TABLE "measurement_comments"`);
        await queryRunner.query(`DROP TYPE "public"."measurement_comment_kind"`);
    }

}
