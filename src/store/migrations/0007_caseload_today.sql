CREATE TABLE "check_in_reads" (
	"clinic_id" text NOT NULL,
	"check_in_id" text NOT NULL,
	"episode_id" text NOT NULL,
	"read_by" text NOT NULL,
	"read_at" timestamp with time zone NOT NULL,
	CONSTRAINT "check_in_reads_clinic_id_check_in_id_pk" PRIMARY KEY("clinic_id","check_in_id")
);
--> statement-breakpoint
ALTER TABLE "episode_summaries" ADD COLUMN "flag_reasons" jsonb;--> statement-breakpoint
ALTER TABLE "episode_summaries" ADD COLUMN "last_active_care_on" date;--> statement-breakpoint
ALTER TABLE "episode_summaries" ADD COLUMN "unread_notes" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "episode_summaries" ADD COLUMN "latest_unread_note" jsonb;--> statement-breakpoint
ALTER TABLE "check_in_reads" ADD CONSTRAINT "check_in_reads_clinic_id_check_in_id_check_ins_clinic_id_id_fk" FOREIGN KEY ("clinic_id","check_in_id") REFERENCES "public"."check_ins"("clinic_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in_reads" ADD CONSTRAINT "check_in_reads_clinic_id_episode_id_episodes_clinic_id_id_fk" FOREIGN KEY ("clinic_id","episode_id") REFERENCES "public"."episodes"("clinic_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "check_in_reads_episode" ON "check_in_reads" USING btree ("clinic_id","episode_id");