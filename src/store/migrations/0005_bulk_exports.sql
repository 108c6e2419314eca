CREATE TABLE "bulk_exports" (
	"clinic_id" text NOT NULL,
	"id" text NOT NULL,
	"user_id" text NOT NULL,
	"level" text NOT NULL,
	"request" text NOT NULL,
	"types" jsonb,
	"since" timestamp with time zone,
	"status" text NOT NULL,
	"patients_done" integer DEFAULT 0 NOT NULL,
	"patients_total" integer DEFAULT 0 NOT NULL,
	"transaction_time" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"output" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text,
	CONSTRAINT "bulk_exports_clinic_id_id_pk" PRIMARY KEY("clinic_id","id")
);
--> statement-breakpoint
ALTER TABLE "bulk_exports" ADD CONSTRAINT "bulk_exports_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulk_exports" ADD CONSTRAINT "bulk_exports_clinic_id_user_id_users_clinic_id_id_fk" FOREIGN KEY ("clinic_id","user_id") REFERENCES "public"."users"("clinic_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_at" ON "audit_events" USING btree ("clinic_id","at");