-- Uploads left unapplied past the retention period are deleted by each module's housekeeping: an import job's file
-- (register) and a dataset's staged rows (cleansing). The job or dataset stays, marked EXPIRED, so that its page can
-- say the file must be uploaded again.
ALTER TABLE register.import_job DROP CONSTRAINT import_job_status_check;
ALTER TABLE register.import_job ADD CONSTRAINT import_job_status_check
    CHECK (status IN ('UPLOADED', 'CHECKING', 'CHECKED', 'APPLYING', 'APPLIED', 'FAILED', 'EXPIRED'));

ALTER TABLE cleansing.dataset DROP CONSTRAINT dataset_status_check;
ALTER TABLE cleansing.dataset ADD CONSTRAINT dataset_status_check
    CHECK (status IN ('UPLOADED', 'CHECKED', 'LOADED', 'EXPIRED'));
