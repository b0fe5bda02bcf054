-- An office's name in the languages its readers read (a Korean letter names the office in Korean);
-- office.name stays the name in English, shown where there is none in the reader's language.
CREATE TABLE office_name (
    office_id  UUID         NOT NULL REFERENCES office (id),
    language   VARCHAR(8)   NOT NULL,
    name       VARCHAR(200) NOT NULL,
    PRIMARY KEY (office_id, language)
);
