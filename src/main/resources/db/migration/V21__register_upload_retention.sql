-- An uploaded import file that is not applied within the retention period is deleted by the housekeeping; its
-- job stays, marked EXPIRED, so that the page can say the file must be uploaded again.
ALTER TABLE register.import_job DROP CONSTRAINT import_job_status_check;
ALTER TABLE register.import_job ADD CONSTRAINT import_job_status_check
    CHECK (status IN ('UPLOADED', 'CHECKING', 'CHECKED', 'APPLYING', 'APPLIED', 'FAILED', 'EXPIRED'));
