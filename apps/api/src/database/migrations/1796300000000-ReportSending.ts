import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sending a frozen report version to the council, recorded once as a fact of its own: the day it went (in
 * Amsterdam), when and by whom it was recorded and an optional note (the raadsbrief's reference), all null
 * until it is sent; and the audit action `send` that puts it on record.
 */
export class ReportSending1796300000000 implements MigrationInterface {
  name = 'ReportSending1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "frozen_reports" ADD "sent_on" date`);
    await queryRunner.query(`ALTER TABLE "frozen_reports" ADD "sent_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "frozen_reports" ADD "sent_by_id" integer`);
    await queryRunner.query(`ALTER TABLE "frozen_reports" ADD "sent_note" text`);
    // New enum values may not be used in the transaction that adds them: nothing below uses it.
    await queryRunner.query(`ALTER TYPE "public"."audit_action" ADD VALUE 'send'`);
    await queryRunner.query(`CREATE INDEX "IDX_6036c3c0b7f8cbbc530b7661aa" ON "frozen_reports"  ("sent_by_id") `);
    await queryRunner.query(
      `ALTER TABLE "frozen_reports" ADD CONSTRAINT "frozen_report_sent_whole" CHECK (("sent_on" IS NULL) = ("sent_at" IS NULL) AND ("sent_on" IS NOT NULL OR ("sent_by_id" IS NULL AND "sent_note" IS NULL)))`,
    );
    await queryRunner.query(
      `ALTER TABLE "frozen_reports" ADD CONSTRAINT "FK_6036c3c0b7f8cbbc530b7661aa2" FOREIGN KEY ("sent_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "frozen_reports" DROP CONSTRAINT "FK_6036c3c0b7f8cbbc530b7661aa2"`);
    await queryRunner.query(`ALTER TABLE "frozen_reports" DROP CONSTRAINT "frozen_report_sent_whole"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6036c3c0b7f8cbbc530b7661aa"`);
    // PostgreSQL cannot drop a value from an enum: the type is rebuilt, and the `send` events cannot be kept in
    // it. The audit trail refuses deletes, so going back lifts that protection for this one delete.
    await queryRunner.query(`ALTER TABLE "audit_events" DISABLE TRIGGER "audit_events_append_only"`);
    await queryRunner.query(`DELETE FROM "audit_events" WHERE "action" = 'send'`);
    await queryRunner.query(`ALTER TABLE "audit_events" ENABLE TRIGGER "audit_events_append_only"`);
    await queryRunner.query(
      `CREATE TYPE "public"."audit_action_old" AS ENUM('create', 'update', 'delete', 'transition', 'submit', 'approve', 'return', 'login_failed', 'reopen', 'comment', 'freeze', 'login', 'logout', 'password_changed', 'password_reset', 'refused')`,
    );
    await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "action" TYPE "public"."audit_action_old" USING "action"::"text"::"public"."audit_action_old"`);
    await queryRunner.query(`DROP TYPE "public"."audit_action"`);
    await queryRunner.query(`ALTER TYPE "public"."audit_action_old" RENAME TO "audit_action"`);
    await queryRunner.query(`ALTER TABLE "frozen_reports" DROP COLUMN "sent_note"`);
    await queryRunner.query(`ALTER TABLE "frozen_reports" DROP COLUMN "sent_by_id"`);
    await queryRunner.query(`ALTER TABLE "frozen_reports" DROP COLUMN "sent_at"`);
    await queryRunner.query(`ALTER TABLE "frozen_reports" DROP COLUMN "sent_on"`);
  }
}
