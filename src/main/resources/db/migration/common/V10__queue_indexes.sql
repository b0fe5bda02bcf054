-- Work queues at office size (measured in docs/benchmarks.md): the whole office's queue in its order
-- (priority first, then the oldest intent), and the overdue filter, each served by an index.
CREATE INDEX IF NOT EXISTS procedure_case_office_order ON procedure_case (office_id, priority DESC, intent_on, id);
CREATE INDEX IF NOT EXISTS procedure_case_office_deadline ON procedure_case (office_id, next_deadline);
