ALTER TABLE "episode_summaries" ADD COLUMN "relief_windows" jsonb;--> statement-breakpoint
ALTER TABLE "episode_summaries" ADD COLUMN "goal_progress" real;