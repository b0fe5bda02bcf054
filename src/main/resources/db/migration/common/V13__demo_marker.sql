-- Set once the demo data is loaded: the demo profile loads into an empty database only, and
-- recognises its own database by this row on later starts.
CREATE TABLE demo_installation (
    loaded_at  TIMESTAMP WITH TIME ZONE PRIMARY KEY
);
