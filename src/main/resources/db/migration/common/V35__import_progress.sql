-- How far each running list import is, written outside the import's own transaction, so that the
-- page that polls it may be served by any node. A row lives while its import runs.
CREATE TABLE import_progress (
    id            UUID         PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    rows_written  INTEGER      NOT NULL,
    rows_total    INTEGER      NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
