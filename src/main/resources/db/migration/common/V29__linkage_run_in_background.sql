-- A linkage run works in the background: its state and progress live in the database, so that any
-- application node can show them, and a run whose node stopped is seen as interrupted, not as running.
ALTER TABLE linkage_run ADD COLUMN status VARCHAR(16) DEFAULT 'FINISHED' NOT NULL;
ALTER TABLE linkage_run ADD COLUMN stage VARCHAR(40);
ALTER TABLE linkage_run ADD COLUMN done BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE linkage_run ADD COLUMN of_total BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE linkage_run ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE linkage_run ADD COLUMN failure VARCHAR(300);
ALTER TABLE linkage_run ALTER COLUMN finished_at DROP NOT NULL;
ALTER TABLE linkage_run ADD CONSTRAINT linkage_run_status CHECK (status IN ('RUNNING', 'FINISHED', 'FAILED', 'INTERRUPTED'));
CREATE INDEX linkage_run_status ON linkage_run (office_id, status);
