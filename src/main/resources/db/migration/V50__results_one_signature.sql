-- One signature a result (docs/results.md "Canonical record, hash and seal"): the offline QR's signed text carries
-- the SHA-256 of the canonical record, so it is the record's seal. The separate detached signature goes; every
-- result keeps its offline text, whose claims hold the hash, so results issued before still check.
ALTER TABLE results.result DROP COLUMN signature;
