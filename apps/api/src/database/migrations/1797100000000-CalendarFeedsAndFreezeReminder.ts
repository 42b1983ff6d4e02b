import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal calendar feeds (one per user, only the SHA-256 of its secret token kept) and the notice to
 * administrators before a quarter's report is due to be frozen (a new notification kind).
 */
export class CalendarFeedsAndFreezeReminder1797100000000 implements MigrationInterface {
  name = 'CalendarFeedsAndFreezeReminder1797100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "calendar_feeds" ("user_id" integer NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_df53b5f17d35a6bac0fb13e16ad" UNIQUE ("token_hash"), CONSTRAINT "PK_calendar_feeds" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`ALTER TABLE "calendar_feeds" ADD CONSTRAINT "FK_3212ce9ff23847e66347a6730d3" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS 'freeze_reminder'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // PostgreSQL cannot drop one value of an enum: the type is made again without it.
    await queryRunner.query(`DELETE FROM "notification_preferences" WHERE "kind" = 'freeze_reminder'`);
    await queryRunner.query(`DELETE FROM "notifications" WHERE "kind" = 'freeze_reminder'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" RENAME TO "notification_kind_old"`);
    await queryRunner.query(`CREATE TYPE "public"."notification_kind" AS ENUM('measurement_returned', 'reminder_before_due', 'reminder_after_due', 'values_submitted')`);
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "kind" TYPE "public"."notification_kind" USING "kind"::text::"public"."notification_kind"`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" ALTER COLUMN "kind" TYPE "public"."notification_kind" USING "kind"::text::"public"."notification_kind"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind_old"`);
    await queryRunner.query(`DROP TABLE "calendar_feeds"`);
  }
}
