CREATE TABLE "episode_writes" (
	"clinic_id" text NOT NULL,
	"episode_id" text NOT NULL,
	"count" bigint NOT NULL,
	CONSTRAINT "episode_writes_clinic_id_episode_id_pk" PRIMARY KEY("clinic_id","episode_id")
);
--> statement-breakpoint
ALTER TABLE "episode_summaries" ADD COLUMN "writes_seen" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "episode_writes" ADD CONSTRAINT "episode_writes_clinic_id_episode_id_episodes_clinic_id_id_fk" FOREIGN KEY ("clinic_id","episode_id") REFERENCES "public"."episodes"("clinic_id","id") ON DELETE no action ON UPDATE no action;