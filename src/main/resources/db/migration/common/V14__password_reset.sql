-- A password set by an administrator's reset is a one-time password: it stops working at this time,
-- and must_change_password makes its first sign-in choose a new one.
ALTER TABLE app_user ADD COLUMN password_expires_at TIMESTAMP WITH TIME ZONE;
