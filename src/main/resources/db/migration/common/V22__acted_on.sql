-- An act recorded after the day it was done (a late record of something done on paper) keeps that
-- day in the audit trail beside the moment it was recorded.
ALTER TABLE audit_entry ADD COLUMN acted_on DATE;
