CREATE TABLE "clinic_exercises" (
	"clinic_id" text NOT NULL,
	"id" text NOT NULL,
	"definition" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "clinic_exercises_clinic_id_id_pk" PRIMARY KEY("clinic_id","id")
);
--> statement-breakpoint
CREATE TABLE "movement_assessments" (
	"clinic_id" text NOT NULL,
	"id" text NOT NULL,
	"episode_id" text NOT NULL,
	"date" date NOT NULL,
	"context" text NOT NULL,
	"skipped_reason" text,
	"ratings" jsonb NOT NULL,
	"by" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "movement_assessments_clinic_id_id_pk" PRIMARY KEY("clinic_id","id")
);
--> statement-breakpoint
CREATE TABLE "programme_versions" (
	"clinic_id" text NOT NULL,
	"id" text NOT NULL,
	"episode_id" text NOT NULL,
	"date" date NOT NULL,
	"by" text NOT NULL,
	"reason" text NOT NULL,
	"items" jsonb NOT NULL,
	"recorded_at" text,
	CONSTRAINT "programme_versions_clinic_id_id_pk" PRIMARY KEY("clinic_id","id")
);
--> statement-breakpoint
ALTER TABLE "check_ins" ADD COLUMN "exercises" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "check_ins" ADD COLUMN "morning_after" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "patterns" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "episode_summaries" ADD COLUMN "programme_advice" jsonb;--> statement-breakpoint
ALTER TABLE "clinic_exercises" ADD CONSTRAINT "clinic_exercises_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_assessments" ADD CONSTRAINT "movement_assessments_clinic_id_episode_id_episodes_clinic_id_id_fk" FOREIGN KEY ("clinic_id","episode_id") REFERENCES "public"."episodes"("clinic_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_versions" ADD CONSTRAINT "programme_versions_clinic_id_episode_id_episodes_clinic_id_id_fk" FOREIGN KEY ("clinic_id","episode_id") REFERENCES "public"."episodes"("clinic_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "movement_assessments_episode" ON "movement_assessments" USING btree ("clinic_id","episode_id");--> statement-breakpoint
CREATE INDEX "programme_versions_episode" ON "programme_versions" USING btree ("clinic_id","episode_id");