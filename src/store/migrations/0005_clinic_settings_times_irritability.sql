CREATE TABLE "clinic_changes" (
	"clinic_id" text NOT NULL,
	"seq" bigserial NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" text NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"old_value" jsonb NOT NULL,
	"new_value" jsonb NOT NULL,
	"version" integer NOT NULL,
	CONSTRAINT "clinic_changes_clinic_id_seq_pk" PRIMARY KEY("clinic_id","seq")
);
--> statement-breakpoint
CREATE TABLE "clinic_settings" (
	"clinic_id" text NOT NULL,
	"version" integer NOT NULL,
	"overrides" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "clinic_settings_clinic_id_pk" PRIMARY KEY("clinic_id")
);
--> statement-breakpoint
CREATE TABLE "irritability_grades" (
	"clinic_id" text NOT NULL,
	"id" text NOT NULL,
	"episode_id" text NOT NULL,
	"date" date NOT NULL,
	"grade" text NOT NULL,
	"context" text NOT NULL,
	"context_id" text,
	"inputs" jsonb,
	"by" text,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "irritability_grades_clinic_id_id_pk" PRIMARY KEY("clinic_id","id")
);
--> statement-breakpoint
ALTER TABLE "clinics" ADD COLUMN "time_zone" text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE "clinics" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "check_ins" ADD COLUMN "received_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "checkpoints" ADD COLUMN "settings_version" integer;--> statement-breakpoint
ALTER TABLE "episode_summaries" ADD COLUMN "settings_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "clinic_changes" ADD CONSTRAINT "clinic_changes_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_settings" ADD CONSTRAINT "clinic_settings_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "irritability_grades" ADD CONSTRAINT "irritability_grades_clinic_id_episode_id_episodes_clinic_id_id_fk" FOREIGN KEY ("clinic_id","episode_id") REFERENCES "public"."episodes"("clinic_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "irritability_grades_episode" ON "irritability_grades" USING btree ("clinic_id","episode_id");