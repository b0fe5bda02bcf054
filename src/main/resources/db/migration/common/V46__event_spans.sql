-- Figures for a short period read only the events near it. An event dated within at most 400 days
-- (a day, a month, a quarter, a year) overlaps [from, to] only if it starts between from - 400 days
-- and to, which an index finds; the few with an open end or a longer span are read apart. Events are
-- counted again when the application starts, which sets their span.
ALTER TABLE monitoring_event ADD COLUMN long_span BOOLEAN NOT NULL DEFAULT TRUE;
UPDATE monitoring_event SET count_stale = TRUE;
CREATE INDEX IF NOT EXISTS monitoring_event_span ON monitoring_event (office_id, long_span, date_earliest);
