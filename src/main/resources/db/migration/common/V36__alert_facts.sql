-- What an alert is about, as codes and names rather than an English sentence, so that the page can
-- say it in the reader's language: the reference or file number first, then the alert kind's own
-- facts, separated by U+001F. Alerts raised before keep only their English detail.
ALTER TABLE alert ADD COLUMN facts VARCHAR(2000);
