-- A dataset is a series of versions: a file sent again for the same dataset replaces the version
-- before it in every figure, and the versions before stay as history. A dataset can be withdrawn
-- (with a reason), which takes it out of the figures. The content's SHA-256 recognises a file that
-- was already loaded, so the same file never counts twice.
ALTER TABLE cleansing.dataset
    -- the first version's id, which every version carries from its load on
    ADD COLUMN series_id         bigint REFERENCES cleansing.dataset,
    ADD COLUMN version           integer NOT NULL DEFAULT 1,
    -- the version an upload is meant to replace, chosen by the officer; it is replaced at the load
    ADD COLUMN replaces          bigint REFERENCES cleansing.dataset,
    ADD COLUMN replaced_at       timestamptz,
    ADD COLUMN content_sha256    text CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
    ADD COLUMN withdrawn_at      timestamptz,
    ADD COLUMN withdrawn_by      text,
    ADD COLUMN withdrawal_reason text,
    ADD CONSTRAINT dataset_withdrawal_reason CHECK (withdrawn_at IS NULL OR withdrawal_reason <> '');

UPDATE cleansing.dataset SET series_id = dataset_id WHERE loaded_at IS NOT NULL;
ALTER TABLE cleansing.dataset ADD CONSTRAINT dataset_loaded_series CHECK (loaded_at IS NULL OR series_id IS NOT NULL);

CREATE UNIQUE INDEX dataset_series_version ON cleansing.dataset (series_id, version) WHERE loaded_at IS NOT NULL;
-- a file is loaded once, whatever dataset it was sent for
CREATE UNIQUE INDEX dataset_content_loaded ON cleansing.dataset (content_sha256) WHERE loaded_at IS NOT NULL;

-- An agency reaches in the register the persons of its datasets in use: a replaced or withdrawn
-- version no longer gives access to the persons only it held.
CREATE OR REPLACE VIEW cleansing.agency_person AS
SELECT d.agency_code, r.person_id
FROM cleansing.record r JOIN cleansing.dataset d ON d.dataset_id = r.dataset_id
WHERE r.person_id IS NOT NULL AND d.replaced_at IS NULL AND d.withdrawn_at IS NULL;
