import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notices to people.
 *
 * - `notifications`: the outbox. One row per notice and recipient; `idempotency_key` is unique, so a notice
 *   written twice (a rerun, a restart, a second replica) is written once (INSERT … ON CONFLICT DO NOTHING).
 *   The job queue (pg-boss, in its own schema `pgboss`, which it creates itself) sends each row.
 * - `notification_preferences`: per user and kind, at once / daily digest / off; no row means at once.
 * - `users.language`: the language notices are written in, Dutch unless the user chose English.
 * - `labs.reminder_days`: how many days before a quarter's due date its reminder goes out.
 */
export class AddNotifications1796900000000 implements MigrationInterface {
  name = 'AddNotifications1796900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."notification_kind" AS ENUM('measurement_returned', 'reminder_before_due', 'reminder_after_due', 'values_submitted')`);
    await queryRunner.query(`CREATE TYPE "public"."notification_status" AS ENUM('queued', 'sent', 'failed', 'kept')`);
    await queryRunner.query(`CREATE TYPE "public"."notification_delivery" AS ENUM('at_once', 'daily_digest', 'off')`);
    await queryRunner.query(`CREATE TABLE "notifications" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "kind" "public"."notification_kind" NOT NULL, "language" character varying(2) NOT NULL, "subject" character varying(300) NOT NULL, "body" text NOT NULL, "link" character varying(1000), "idempotency_key" character varying(200) NOT NULL, "delivery" "public"."notification_delivery" NOT NULL DEFAULT 'at_once', "status" "public"."notification_status" NOT NULL DEFAULT 'queued', "attempts" integer NOT NULL DEFAULT 0, "last_error" text, "queued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "notification_idempotency_key" UNIQUE ("idempotency_key"), CONSTRAINT "notification_delivery_not_off" CHECK ("delivery" <> 'off'), CONSTRAINT "PK_notifications" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "notification_user" ON "notifications" ("user_id", "queued_at")`);
    await queryRunner.query(`CREATE INDEX "notification_waiting_digest" ON "notifications" ("user_id") WHERE "status" = 'queued' AND "delivery" = 'daily_digest'`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TABLE "notification_preferences" ("user_id" integer NOT NULL, "kind" "public"."notification_kind" NOT NULL, "delivery" "public"."notification_delivery" NOT NULL, CONSTRAINT "PK_notification_preferences" PRIMARY KEY ("user_id", "kind"))`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "users" ADD "language" character varying(2) NOT NULL DEFAULT 'nl'`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "user_language_known" CHECK ("language" IN ('nl', 'en'))`);
    await queryRunner.query(`ALTER TABLE "labs" ADD "reminder_days" integer NOT NULL DEFAULT 7`);
    await queryRunner.query(`ALTER TABLE "labs" ADD CONSTRAINT "lab_reminder_days_range" CHECK ("reminder_days" BETWEEN 0 AND 90)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "labs" DROP CONSTRAINT "lab_reminder_days_range"`);
    await queryRunner.query(`ALTER TABLE "labs" DROP COLUMN "reminder_days"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "user_language_known"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "language"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TYPE "public"."notification_delivery"`);
    await queryRunner.query(`DROP TYPE "public"."notification_status"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
  }
}
