-- Who has a case in hand now (the interviewer through to the draft, the appeal officer during the
-- appeal), for the queue filtered by assignee. Written from the aggregate on every save.
ALTER TABLE procedure_case ADD COLUMN assignee VARCHAR(64);
CREATE INDEX IF NOT EXISTS procedure_case_assignee ON procedure_case (office_id, assignee, priority DESC, intent_on, id);
