-- Envelope encryption (vault module): each office's keys, wrapped by the master key, which is never
-- stored here. Sealed text is longer than the text, so the sealed columns become TEXT.
CREATE TABLE office_key (
    office_id    UUID PRIMARY KEY REFERENCES office (id),
    data_keyset  TEXT NOT NULL,
    prf_keyset   TEXT NOT NULL,
    rotated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

ALTER TABLE source_report ALTER COLUMN content SET DATA TYPE TEXT;
ALTER TABLE source_report ALTER COLUMN source_identity SET DATA TYPE TEXT;
ALTER TABLE case_decision ALTER COLUMN explanation SET DATA TYPE TEXT;
-- Repeated explanations are found by a keyed fingerprint, not by reading the sealed text.
ALTER TABLE case_decision ADD COLUMN explanation_fingerprint VARCHAR(64);
CREATE INDEX IF NOT EXISTS case_decision_fingerprint ON case_decision (office_id, outcome, explanation_fingerprint);
