-- Why the last matching run of a dataset failed, for the officer (a message key, never an error text)
-- and for the administrator (a reference that the log line carries too).
ALTER TABLE cleansing.dataset
    ADD COLUMN evaluation_failure text,
    ADD COLUMN evaluation_failure_reference text;
