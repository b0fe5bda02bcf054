-- Each rotation of an office's keys counts up, so that a node holding the keys it opened before a
-- rotation on another node notices, before it seals anything, that a newer primary key exists.
ALTER TABLE office_key ADD COLUMN generation BIGINT NOT NULL DEFAULT 0;
