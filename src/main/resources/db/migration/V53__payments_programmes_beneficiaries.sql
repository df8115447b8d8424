-- Payments (docs/payments.md), programmes and beneficiaries: the digest of the bundled programme file last
-- loaded, the commune as a paying agency (the social pension is paid by the commune's People's Committee,
-- Decree 176/2025), and the candidates the linkage engine proposed for a decision's line an officer reviews.

-- The commune's People's Committee pays the social pension and the one-off gift; each commune pays its own
-- residents, so one directory row stands for every commune.
INSERT INTO security.agency (code, name_vi, name_en)
VALUES ('UBND_XA', 'Ủy ban nhân dân cấp xã', 'Commune People''s Committee')
ON CONFLICT (code) DO NOTHING;

-- The SHA-256 of src/main/resources/payments/programmes.json as last loaded.
CREATE TABLE payments.programme_bundle (
    digest    text PRIMARY KEY,
    loaded_at timestamptz NOT NULL
);

-- For a beneficiary line TO_REVIEW: the register persons the linkage engine proposed, best first, with its
-- probability; an officer picks one (the line becomes a beneficiary of that person) or none.
CREATE TABLE payments.beneficiary_candidate (
    beneficiary_id bigint NOT NULL REFERENCES payments.beneficiary (id) ON DELETE CASCADE,
    rank           smallint NOT NULL CHECK (rank >= 1),
    person_id      bigint NOT NULL,
    pin            char(12),
    probability    real NOT NULL CHECK (probability BETWEEN 0 AND 1),
    PRIMARY KEY (beneficiary_id, rank)
);
