-- A reviewer may mark an event's description sensitive: from then on it is stored sealed (vault).
ALTER TABLE monitoring_event ALTER COLUMN description SET DATA TYPE TEXT;
ALTER TABLE monitoring_event ADD COLUMN description_sensitive BOOLEAN NOT NULL DEFAULT FALSE;
