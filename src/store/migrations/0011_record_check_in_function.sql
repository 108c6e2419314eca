-- Custom SQL migration (drizzle-kit generate --custom): drizzle-kit cannot express a function.
-- The check-in's write path (issue 15) in one call: the check-in, the count of the write to its
-- episode and its audit event, in the one transaction of the calling statement, or nothing at all.
-- A function because its statements' plans are kept for the connection: the same three inserts sent
-- as one statement with CTEs were planned again on every call, which cost more than the inserts on
-- PGlite. The check-in comes as a row of check_ins in JSON (jsonb_populate_record), so a column
-- added to check_ins later needs no change here. It writes nothing, and returns null, when the
-- episode is not in the clinic (or not the given patient's), when a rated goal is not the episode's
-- or an ability is rated above 10 (caseFileSchema's rule across records), or when the idempotency key
-- was seen; the caller then finds out which (src/store/check-in-write.ts). Every statement filters
-- by p_clinic_id: on Citus, distribute the function by its first argument, colocated with check_ins.
CREATE FUNCTION threshold_record_check_in(p_clinic_id text, p_check_in jsonb, p_only_for_patient text, p_audit jsonb)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  v_episode_id text := p_check_in->>'episode_id';
  v_patient_id text;
  v_id text;
BEGIN
  SELECT patient_id INTO v_patient_id FROM episodes
  WHERE clinic_id = p_clinic_id AND id = v_episode_id AND (p_only_for_patient IS NULL OR patient_id = p_only_for_patient);
  IF v_patient_id IS NULL THEN
    RETURN NULL;
  END IF;
  IF EXISTS (
    SELECT 1 FROM jsonb_array_elements(coalesce(p_check_in->'goals', '[]'::jsonb)) AS rating
    WHERE NOT EXISTS (
      SELECT 1 FROM goals
      WHERE clinic_id = p_clinic_id AND episode_id = v_episode_id AND id = rating->>'goalId'
        AND (measure->>'kind' <> 'ability' OR (rating->>'value')::float8 <= 10)
    )
  ) THEN
    RETURN NULL;
  END IF;
  INSERT INTO check_ins
  SELECT * FROM jsonb_populate_record(NULL::check_ins, p_check_in || jsonb_build_object('clinic_id', p_clinic_id))
  ON CONFLICT (clinic_id, episode_id, idempotency_key) DO NOTHING
  RETURNING id INTO v_id;
  IF v_id IS NULL THEN
    RETURN NULL;
  END IF;
  INSERT INTO episode_writes (clinic_id, episode_id, count) VALUES (p_clinic_id, v_episode_id, 1)
  ON CONFLICT (clinic_id, episode_id) DO UPDATE SET count = episode_writes.count + 1;
  INSERT INTO audit_events (clinic_id, at, actor_user_id, actor_role, action, record_type, record_id, patient_id)
  VALUES (p_clinic_id, (p_audit->>'at')::timestamptz, p_audit->>'actor_user_id', p_audit->>'actor_role', 'create', 'check-in', v_id, v_patient_id);
  RETURN v_patient_id;
END
$$;
