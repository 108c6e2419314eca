CREATE TYPE "public"."role" AS ENUM('admin', 'clinician', 'patient');--> statement-breakpoint
CREATE TABLE "auth_sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"clinic_id" text NOT NULL,
	"user_id" text NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clinics" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_directory" (
	"email" text PRIMARY KEY NOT NULL,
	"clinic_id" text NOT NULL,
	"user_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_team_members" (
	"clinic_id" text NOT NULL,
	"patient_id" text NOT NULL,
	"user_id" text NOT NULL,
	"discipline" text NOT NULL,
	"lead" boolean DEFAULT false NOT NULL,
	CONSTRAINT "care_team_members_clinic_id_patient_id_user_id_pk" PRIMARY KEY("clinic_id","patient_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "patients" (
	"clinic_id" text NOT NULL,
	"id" text NOT NULL,
	"name" text,
	"birth_date" date NOT NULL,
	"sex" text NOT NULL,
	"contact" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "patients_clinic_id_id_pk" PRIMARY KEY("clinic_id","id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"clinic_id" text NOT NULL,
	"id" text NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" "role" NOT NULL,
	"discipline" text,
	"password_hash" text NOT NULL,
	"patient_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "users_clinic_id_id_pk" PRIMARY KEY("clinic_id","id"),
	CONSTRAINT "users_clinic_email" UNIQUE("clinic_id","email")
);
--> statement-breakpoint
CREATE TABLE "check_ins" (
	"clinic_id" text NOT NULL,
	"id" text NOT NULL,
	"episode_id" text NOT NULL,
	"date" text NOT NULL,
	"pain_now" double precision NOT NULL,
	"goals" jsonb NOT NULL,
	"relief_since_last_session" boolean,
	"soreness" double precision,
	"sleep_quality" double precision,
	"stress" double precision,
	"hep" text,
	"note" text,
	"idempotency_key" text,
	"request_hash" text,
	CONSTRAINT "check_ins_clinic_id_id_pk" PRIMARY KEY("clinic_id","id"),
	CONSTRAINT "check_ins_idempotency" UNIQUE("clinic_id","episode_id","idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "checkpoints" (
	"clinic_id" text NOT NULL,
	"id" text NOT NULL,
	"episode_id" text NOT NULL,
	"date" date NOT NULL,
	"decision" jsonb,
	"assessment" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "checkpoints_clinic_id_id_pk" PRIMARY KEY("clinic_id","id")
);
--> statement-breakpoint
CREATE TABLE "episodes" (
	"clinic_id" text NOT NULL,
	"id" text NOT NULL,
	"patient_id" text NOT NULL,
	"start_date" date NOT NULL,
	"status" text NOT NULL,
	"status_since" date NOT NULL,
	"regions" jsonb NOT NULL,
	"condition" text NOT NULL,
	"complaint" text,
	"pain_duration_months" double precision,
	"expectations" text,
	"intake" jsonb NOT NULL,
	"ongoing_care" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "episodes_clinic_id_id_pk" PRIMARY KEY("clinic_id","id")
);
--> statement-breakpoint
CREATE TABLE "flares" (
	"clinic_id" text NOT NULL,
	"id" text NOT NULL,
	"episode_id" text NOT NULL,
	"start" text NOT NULL,
	"peak" text,
	"peak_pain" double precision,
	"end" text,
	"cause" text NOT NULL,
	"recorded_by" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "flares_clinic_id_id_pk" PRIMARY KEY("clinic_id","id")
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"clinic_id" text NOT NULL,
	"id" text NOT NULL,
	"episode_id" text NOT NULL,
	"activity" text NOT NULL,
	"measure" jsonb NOT NULL,
	"baseline" double precision NOT NULL,
	"target" double precision NOT NULL,
	"set_on" date NOT NULL,
	"ratings" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "goals_clinic_id_id_pk" PRIMARY KEY("clinic_id","id")
);
--> statement-breakpoint
CREATE TABLE "measures" (
	"clinic_id" text NOT NULL,
	"id" text NOT NULL,
	"episode_id" text NOT NULL,
	"instrument" text NOT NULL,
	"date" date NOT NULL,
	"score" double precision NOT NULL,
	"subscales" jsonb,
	"band" text,
	"answers" jsonb,
	CONSTRAINT "measures_clinic_id_id_pk" PRIMARY KEY("clinic_id","id")
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"clinic_id" text NOT NULL,
	"id" text NOT NULL,
	"episode_id" text NOT NULL,
	"date" date NOT NULL,
	"to" jsonb NOT NULL,
	"reason" text NOT NULL,
	"summary" text,
	"overlap_start" date,
	"overlap_end" date,
	"status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "referrals_clinic_id_id_pk" PRIMARY KEY("clinic_id","id")
);
--> statement-breakpoint
CREATE TABLE "treatment_sessions" (
	"clinic_id" text NOT NULL,
	"id" text NOT NULL,
	"episode_id" text NOT NULL,
	"date" text NOT NULL,
	"clinician_id" text,
	"modalities" jsonb NOT NULL,
	"response" jsonb,
	"findings" jsonb NOT NULL,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "treatment_sessions_clinic_id_id_pk" PRIMARY KEY("clinic_id","id")
);
--> statement-breakpoint
CREATE TABLE "episode_summaries" (
	"clinic_id" text NOT NULL,
	"episode_id" text NOT NULL,
	"as_of" date NOT NULL,
	"phase" text NOT NULL,
	"side_statuses" jsonb NOT NULL,
	"flags" jsonb NOT NULL,
	"relief_window_trend" text NOT NULL,
	"next_checkpoint" date NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "episode_summaries_clinic_id_episode_id_pk" PRIMARY KEY("clinic_id","episode_id")
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"clinic_id" text NOT NULL,
	"seq" bigserial NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" text NOT NULL,
	"actor_role" text NOT NULL,
	"action" text NOT NULL,
	"record_type" text NOT NULL,
	"record_id" text NOT NULL,
	"patient_id" text,
	CONSTRAINT "audit_events_clinic_id_seq_pk" PRIMARY KEY("clinic_id","seq")
);
--> statement-breakpoint
ALTER TABLE "care_team_members" ADD CONSTRAINT "care_team_members_clinic_id_patient_id_patients_clinic_id_id_fk" FOREIGN KEY ("clinic_id","patient_id") REFERENCES "public"."patients"("clinic_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_team_members" ADD CONSTRAINT "care_team_members_clinic_id_user_id_users_clinic_id_id_fk" FOREIGN KEY ("clinic_id","user_id") REFERENCES "public"."users"("clinic_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patients" ADD CONSTRAINT "patients_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_clinic_id_patient_id_patients_clinic_id_id_fk" FOREIGN KEY ("clinic_id","patient_id") REFERENCES "public"."patients"("clinic_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_clinic_id_episode_id_episodes_clinic_id_id_fk" FOREIGN KEY ("clinic_id","episode_id") REFERENCES "public"."episodes"("clinic_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkpoints" ADD CONSTRAINT "checkpoints_clinic_id_episode_id_episodes_clinic_id_id_fk" FOREIGN KEY ("clinic_id","episode_id") REFERENCES "public"."episodes"("clinic_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_clinic_id_patient_id_patients_clinic_id_id_fk" FOREIGN KEY ("clinic_id","patient_id") REFERENCES "public"."patients"("clinic_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flares" ADD CONSTRAINT "flares_clinic_id_episode_id_episodes_clinic_id_id_fk" FOREIGN KEY ("clinic_id","episode_id") REFERENCES "public"."episodes"("clinic_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_clinic_id_episode_id_episodes_clinic_id_id_fk" FOREIGN KEY ("clinic_id","episode_id") REFERENCES "public"."episodes"("clinic_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_clinic_id_episode_id_episodes_clinic_id_id_fk" FOREIGN KEY ("clinic_id","episode_id") REFERENCES "public"."episodes"("clinic_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_clinic_id_episode_id_episodes_clinic_id_id_fk" FOREIGN KEY ("clinic_id","episode_id") REFERENCES "public"."episodes"("clinic_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_sessions" ADD CONSTRAINT "treatment_sessions_clinic_id_episode_id_episodes_clinic_id_id_fk" FOREIGN KEY ("clinic_id","episode_id") REFERENCES "public"."episodes"("clinic_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episode_summaries" ADD CONSTRAINT "episode_summaries_clinic_id_episode_id_episodes_clinic_id_id_fk" FOREIGN KEY ("clinic_id","episode_id") REFERENCES "public"."episodes"("clinic_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "auth_sessions_expiry" ON "auth_sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "check_ins_episode" ON "check_ins" USING btree ("clinic_id","episode_id");--> statement-breakpoint
CREATE INDEX "checkpoints_episode" ON "checkpoints" USING btree ("clinic_id","episode_id");--> statement-breakpoint
CREATE INDEX "episodes_patient" ON "episodes" USING btree ("clinic_id","patient_id");--> statement-breakpoint
CREATE INDEX "episodes_status" ON "episodes" USING btree ("clinic_id","status");--> statement-breakpoint
CREATE INDEX "flares_episode" ON "flares" USING btree ("clinic_id","episode_id");--> statement-breakpoint
CREATE INDEX "goals_episode" ON "goals" USING btree ("clinic_id","episode_id");--> statement-breakpoint
CREATE INDEX "measures_episode" ON "measures" USING btree ("clinic_id","episode_id");--> statement-breakpoint
CREATE INDEX "referrals_episode" ON "referrals" USING btree ("clinic_id","episode_id");--> statement-breakpoint
CREATE INDEX "treatment_sessions_episode" ON "treatment_sessions" USING btree ("clinic_id","episode_id");--> statement-breakpoint
CREATE INDEX "audit_events_patient" ON "audit_events" USING btree ("clinic_id","patient_id");