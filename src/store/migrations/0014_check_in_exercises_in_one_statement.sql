-- Custom SQL migration (drizzle-kit generate --custom): drizzle-kit cannot express a function.
-- The check-in's one-statement write (0011) now also checks a programme log (spec §4b): every
-- exercise a check-in logs, done or felt the morning after, must be in a programme version of its
-- episode (caseFileSchema's rule across records). A check-in that logs exercises took the full gate
-- before, since the function did not read the programme; now it takes the one statement like any
-- other, and the full gate only finds out why when this writes nothing. Otherwise as 0011.
CREATE OR REPLACE FUNCTION threshold_record_check_in(p_clinic_id text, p_check_in jsonb, p_only_for_patient text, p_audit jsonb)
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
  IF EXISTS (
    SELECT 1 FROM jsonb_array_elements(coalesce(p_check_in->'exercises', '[]'::jsonb) || coalesce(p_check_in->'morning_after', '[]'::jsonb)) AS logged
    WHERE NOT EXISTS (
      SELECT 1 FROM programme_versions AS version, jsonb_array_elements(version.items) AS item
      WHERE version.clinic_id = p_clinic_id AND version.episode_id = v_episode_id AND item->>'exerciseId' = logged->>'exerciseId'
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
