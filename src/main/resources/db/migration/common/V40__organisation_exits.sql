-- Every export of the whole organisation in the exit format (docs/exit-format.md): who ran it, when,
-- with what purpose, whether sealed fields went out, and the digest of the file it wrote.
CREATE TABLE organisation_export (
    id              UUID PRIMARY KEY,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    actor           VARCHAR(64)   NOT NULL,
    purpose         VARCHAR(2000),
    sealed_included BOOLEAN       NOT NULL,
    lines           BIGINT,
    sha256          CHAR(64)
);

-- Every import of another installation's export: which export, its digest, and the checkpoint the
-- source signed over the trail that came with it.
CREATE TABLE organisation_import (
    id                UUID PRIMARY KEY,
    imported_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    actor             VARCHAR(64)  NOT NULL,
    source_export_id  UUID         NOT NULL,
    lines             BIGINT       NOT NULL,
    sha256            CHAR(64)     NOT NULL,
    source_chain_size BIGINT       NOT NULL,
    source_chain_hash CHAR(64)     NOT NULL,
    source_public_key CHAR(64)     NOT NULL,
    source_signature  CHAR(128)    NOT NULL
);
