CREATE TABLE "documents" (
	"clinic_id" text NOT NULL,
	"id" text NOT NULL,
	"episode_id" text NOT NULL,
	"patient_id" text NOT NULL,
	"kind" text NOT NULL,
	"referral_id" text,
	"as_of" date NOT NULL,
	"title" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha1" text NOT NULL,
	"content" text NOT NULL,
	"made_by" text NOT NULL,
	"made_at" timestamp with time zone NOT NULL,
	CONSTRAINT "documents_clinic_id_id_pk" PRIMARY KEY("clinic_id","id"),
	CONSTRAINT "documents_same_bytes" UNIQUE("clinic_id","episode_id","kind","sha1")
);
--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_clinic_id_episode_id_episodes_clinic_id_id_fk" FOREIGN KEY ("clinic_id","episode_id") REFERENCES "public"."episodes"("clinic_id","id") ON DELETE no action ON UPDATE no action;