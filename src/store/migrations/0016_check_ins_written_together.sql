-- Custom SQL migration (drizzle-kit generate --custom): drizzle-kit cannot express a function.
-- Check-ins that arrive together are written together (issue 15; src/store/check-in-write.ts): one
-- call writes a group of one clinic's check-ins, each exactly as threshold_record_check_in (0014)
-- writes one, in order, in the one transaction of the call. It answers a JSON array: for each
-- check-in in order, the episode's patient when written and null when not (the caller takes the full
-- path for those). JSON, not text[]: drizzle's postgres.js driver reads a NULL in a text[] as "NULL".
-- The clinic is the first argument, as for the single call, so Citus can route the call to the node
-- holding that clinic. An error in any check-in fails the whole call; the caller then writes each
-- check-in of the group by itself, so only the faulty one fails.
CREATE OR REPLACE FUNCTION threshold_record_check_ins(p_clinic_id text, p_items jsonb)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  v_item jsonb;
  v_written jsonb := '[]'::jsonb;
BEGIN
  FOR v_item IN SELECT value FROM jsonb_array_elements(p_items) WITH ORDINALITY ORDER BY ordinality LOOP
    v_written := v_written || coalesce(to_jsonb(threshold_record_check_in(p_clinic_id, v_item->'check_in', v_item->>'only_for_patient', v_item->'audit')), 'null'::jsonb);
  END LOOP;
  RETURN v_written;
END
$$;
