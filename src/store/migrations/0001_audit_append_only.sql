-- Custom SQL migration (drizzle-kit generate --custom): drizzle-kit cannot express triggers.
-- Audit events are append-only (spec §3, §7): any UPDATE, DELETE or TRUNCATE of audit_events raises,
-- whoever runs it, so a bug or a hand-run statement cannot rewrite the history.
CREATE FUNCTION threshold_audit_events_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit events are append-only: % is not allowed', TG_OP USING ERRCODE = 'P0001';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update_or_delete
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION threshold_audit_events_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION threshold_audit_events_append_only();
