-- Bulk-loads a case for every person of the office coded BNA (PostgreSQL only): states spread over
-- the procedure, one in ten a priority case, deadlines on the pending ones, the event log and the
-- first-instance decisions the statistics read (one rejection in seven explained "Economic migrant."),
-- and, for the monitoring team coded BNM, a gazetteer of 3,331 places and :events events with an act
-- and a count each, from :reports reports. Snapshots are placeholders: nothing measured here reads one.
\set ON_ERROR_STOP on
CREATE TEMP TABLE bench_case AS
SELECT gen_random_uuid() AS id, p.id AS person, p.office_id AS office, row_number() OVER (ORDER BY p.reference) AS n
FROM person p JOIN office o ON o.id = p.office_id WHERE o.code = 'BNA';

INSERT INTO procedure_case (id, office_id, file_number, principal_id, channel, modality, state, priority, queue_rank, intent_on,
                            next_deadline, snapshot, created_at, updated_at, version)
SELECT c.id, c.office, 'BNA-2002-' || lpad(c.n::text, 6, '0'), c.person, 'OFFICE', 'REGULAR',
       (ARRAY['INTENT_EXPRESSED','REGISTERED','INFO_PROVIDED','INTERVIEW_SCHEDULED','INTERVIEWED','ASSESSMENT_IN_PROGRESS',
              'DECISION_DRAFTED','RECOGNISED','REJECTED_NOTIFIED','APPEAL_LODGED','APPEAL_UNDER_CONSIDERATION','APPEAL_REMITTED',
              'FINAL_NEGATIVE','CLOSED_WITHDRAWN','CLOSED_ABANDONED','REOPENED','ON_HOLD'])[1 + c.n % 17],
       c.n % 10 = 0, CASE WHEN c.n % 10 = 0 THEN 0 ELSE 1 END, date '2002-01-01' + (c.n % 365)::int,
       CASE WHEN c.n % 17 BETWEEN 1 AND 6 THEN date '2002-01-01' + (c.n % 365)::int + 60 + (c.n % 400)::int END,
       '{}', now(), now(), 0
FROM bench_case c;

INSERT INTO case_member (case_id, person_id) SELECT id, person FROM bench_case;

INSERT INTO case_event (case_id, seq, office_id, what, happened_on)
SELECT c.id, s.seq, c.office, s.what, date '2002-01-01' + (c.n % 365)::int + s.after + (c.n % s.spread)::int
FROM bench_case c
CROSS JOIN (VALUES (0, 'IntentRecorded', 0, 1), (1, 'Registered', 2, 5), (2, 'InterviewRecorded', 20, 30),
                   (3, 'DecisionSigned', 60, 50)) AS s(seq, what, after, spread)
WHERE s.seq = 0 OR (s.seq = 1 AND c.n % 17 BETWEEN 1 AND 13) OR (s.seq = 2 AND c.n % 17 BETWEEN 4 AND 13)
   OR (s.seq = 3 AND c.n % 17 BETWEEN 7 AND 13);

INSERT INTO case_decision (case_id, office_id, outcome, decided_on, drafted_by, nationality, explanation)
SELECT c.id, c.office, CASE WHEN c.n % 3 = 0 THEN 'RECOGNITION' ELSE 'REJECTION' END,
       date '2002-01-01' + (c.n % 365)::int + 60, 'officer-' || (c.n % 20), 'PRK',
       CASE WHEN c.n % 3 = 0 THEN NULL WHEN c.n % 7 = 0 THEN 'Economic migrant.' ELSE 'Individual reasons ' || c.n END
FROM bench_case c WHERE c.n % 17 BETWEEN 7 AND 12;

INSERT INTO case_decision_ground (case_id, ground)
SELECT case_id, 'POLITICAL_OPINION' FROM case_decision d JOIN office o ON o.id = d.office_id WHERE o.code = 'BNA';

-- The gazetteer: one country, 30 provinces of 10 prefectures of 10 counties.
CREATE TEMP TABLE bench_place (id uuid, parent uuid, level text, name text, path text, province int);
INSERT INTO bench_place SELECT gen_random_uuid(), NULL, 'COUNTRY', 'Benchland', NULL, NULL;
UPDATE bench_place SET path = '/' || id;
INSERT INTO bench_place SELECT gen_random_uuid(), c.id, 'PROVINCE', 'Province ' || g, NULL, g FROM bench_place c, generate_series(1, 30) g
  WHERE c.level = 'COUNTRY';
UPDATE bench_place p SET path = c.path || '/' || p.id FROM bench_place c WHERE p.parent = c.id AND p.level = 'PROVINCE';
INSERT INTO bench_place SELECT gen_random_uuid(), p.id, 'PREFECTURE', p.name || '.' || g, NULL, p.province
  FROM bench_place p, generate_series(1, 10) g WHERE p.level = 'PROVINCE';
UPDATE bench_place p SET path = c.path || '/' || p.id FROM bench_place c WHERE p.parent = c.id AND p.level = 'PREFECTURE';
INSERT INTO bench_place SELECT gen_random_uuid(), p.id, 'COUNTY', p.name || '.' || g, NULL, p.province
  FROM bench_place p, generate_series(1, 10) g WHERE p.level = 'PREFECTURE';
UPDATE bench_place p SET path = c.path || '/' || p.id FROM bench_place c WHERE p.parent = c.id AND p.level = 'COUNTY';
INSERT INTO place (id, parent_id, level, path) SELECT id, parent, level, path FROM bench_place ORDER BY length(path);
INSERT INTO place_name (place_id, script, name, is_primary) SELECT id, 'LATIN', name, TRUE FROM bench_place;

INSERT INTO source_report (id, office_id, reference, source_type, received_on, language, content, confidentiality, filed_by, filed_at)
SELECT gen_random_uuid(), o.id, 'BNM-R-' || g, 'NGO_REPORT', date '2000-01-01' + g, 'en', 'Bench report ' || g, 'OPEN', 'bench', now()
FROM office o, generate_series(1, :reports) g WHERE o.code = 'BNM';

CREATE TEMP TABLE bench_county AS SELECT id, row_number() OVER (ORDER BY name) AS k FROM bench_place WHERE level = 'COUNTY';
CREATE TEMP TABLE bench_report AS SELECT id, row_number() OVER (ORDER BY reference) AS k FROM source_report WHERE reference LIKE 'BNM-R-%';
CREATE TEMP TABLE bench_event AS
SELECT gen_random_uuid() AS id, g AS n, date '2000-01-01' + (g % 3650) AS day FROM generate_series(1, :events) g;

INSERT INTO monitoring_event (id, office_id, title, date_text, date_earliest, date_latest, place_id, place_precision,
                              verification, recorded_by, recorded_at, version)
SELECT e.id, o.id, 'Bench event ' || e.n,
       CASE WHEN e.n % 5 = 0 THEN to_char(e.day, 'YYYY-MM') ELSE to_char(e.day, 'YYYY-MM-DD') END,
       CASE WHEN e.n % 5 = 0 THEN date_trunc('month', e.day)::date ELSE e.day END,
       CASE WHEN e.n % 5 = 0 THEN (date_trunc('month', e.day) + interval '1 month' - interval '1 day')::date ELSE e.day END,
       c.id, 'COUNTY',
       (ARRAY['UNVERIFIED','POSSIBLE','LIKELY','CONFIRMED'])[1 + e.n % 4], 'bench', now(), 0
FROM bench_event e JOIN bench_county c ON c.k = 1 + e.n % 3000 CROSS JOIN office o WHERE o.code = 'BNM';

INSERT INTO count_claim (id, report_id, event_id, min_count, max_count, qualifier, unit, text)
SELECT gen_random_uuid(), r.id, e.id, CASE WHEN e.n % 3 = 0 THEN NULL ELSE e.n % 50 END, 50 + e.n % 500,
       CASE WHEN e.n % 3 = 0 THEN 'UP_TO' ELSE 'BETWEEN' END, 'PERSON', 'bench count'
FROM bench_event e JOIN bench_report r ON r.k = 1 + e.n % :reports;

INSERT INTO information_link (id, report_id, event_id, connection, reliability, credibility)
SELECT gen_random_uuid(), c.report_id, c.event_id, 'WITNESS', 'C', 3 FROM count_claim c JOIN bench_event e ON e.id = c.event_id;

INSERT INTO monitoring_act (id, event_id, act_type, victim_group, victim_claim_id)
SELECT gen_random_uuid(), c.event_id, CASE WHEN e.n % 2 = 0 THEN 'FORCED_RETURN' ELSE 'ARREST' END, 'Bench group', c.id
FROM count_claim c JOIN bench_event e ON e.id = c.event_id;

-- The events' counts, and what they add to the figures' cells, are left to the application: it counts
-- every event marked stale (all of these) when it starts, as it does after an upgrade (V43, V47).

ANALYZE;
