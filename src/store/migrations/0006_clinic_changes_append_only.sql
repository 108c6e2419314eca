-- Custom SQL migration (drizzle-kit generate --custom): drizzle-kit cannot express triggers.
-- The log of a clinic's settings and time-zone changes is append-only, like the audit log (spec
-- §4a.5: every change audited with who, when, the old and the new value): any UPDATE, DELETE or
-- TRUNCATE of clinic_changes raises, so the history of the numbers assessments ran on stays as it was.
CREATE FUNCTION threshold_clinic_changes_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'clinic changes are append-only: % is not allowed', TG_OP USING ERRCODE = 'P0001';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER clinic_changes_no_update_or_delete
  BEFORE UPDATE OR DELETE ON clinic_changes
  FOR EACH ROW EXECUTE FUNCTION threshold_clinic_changes_append_only();
--> statement-breakpoint
CREATE TRIGGER clinic_changes_no_truncate
  BEFORE TRUNCATE ON clinic_changes
  FOR EACH STATEMENT EXECUTE FUNCTION threshold_clinic_changes_append_only();
