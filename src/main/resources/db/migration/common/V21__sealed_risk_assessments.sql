-- The risk assessment attached to a removal request describes what awaits a person: sealed (vault).
ALTER TABLE removal_request ALTER COLUMN risk_assessment SET DATA TYPE TEXT;
