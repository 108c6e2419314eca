ALTER TABLE "checkpoints" ADD COLUMN "removed" jsonb;--> statement-breakpoint
ALTER TABLE "flares" ADD COLUMN "removed" jsonb;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "removed" jsonb;--> statement-breakpoint
ALTER TABLE "measures" ADD COLUMN "removed" jsonb;--> statement-breakpoint
ALTER TABLE "measures" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "removed" jsonb;--> statement-breakpoint
ALTER TABLE "treatment_sessions" ADD COLUMN "removed" jsonb;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "detail" jsonb;