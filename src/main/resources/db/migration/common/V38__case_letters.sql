-- Letters as issued: the PDF of a notified decision (or decision to end a status), rendered once when
-- it is notified and kept, so that reprinting gives the same bytes. The PDF holds the person's name
-- and the reasons, so it is sealed with the office's key (vault), base64 inside the sealed text; its
-- SHA-256 is kept in clear to show which document was handed over.
CREATE TABLE case_letter (
    id          UUID PRIMARY KEY,
    case_id     UUID        NOT NULL REFERENCES procedure_case (id),
    office_id   UUID        NOT NULL REFERENCES office (id),
    kind        VARCHAR(16) NOT NULL CHECK (kind IN ('DECISION', 'STATUS_ENDING')),
    language    VARCHAR(8)  NOT NULL,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    sha256      CHAR(64)    NOT NULL,
    pdf         TEXT        NOT NULL,
    UNIQUE (case_id, kind)
);
