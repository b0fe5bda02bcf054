-- The work queue's order as keys that all ascend: priority cases (rank 0) before the others (rank 1),
-- then the oldest intent, then the id. A page read by position then starts from the index at its
-- position ((rank, intent, id) > the position's), where "priority descending" could only bound the
-- priority and read every case of it before the position. Priority is set when a case opens, and so
-- is its rank.
ALTER TABLE procedure_case ADD COLUMN queue_rank SMALLINT DEFAULT 1 NOT NULL;
UPDATE procedure_case SET queue_rank = 0 WHERE priority;
CREATE INDEX IF NOT EXISTS procedure_case_office_rank ON procedure_case (office_id, queue_rank, intent_on, id);
CREATE INDEX IF NOT EXISTS procedure_case_state_rank ON procedure_case (office_id, state, queue_rank, intent_on, id);
DROP INDEX IF EXISTS procedure_case_office_order;
DROP INDEX IF EXISTS procedure_case_queue;
