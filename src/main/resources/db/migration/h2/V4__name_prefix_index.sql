-- H2 uses the plain index person_name_key (migration 3) for prefix LIKE; nothing more is needed.
-- This migration exists so that both databases share one version history.
SELECT 1;
