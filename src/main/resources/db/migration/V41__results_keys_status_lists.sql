-- The results' seal (docs/results.md, "Seal and offline verification"): the province's signing keys and
-- the published status lists. The results schema is the module's (V40 creates it too).
CREATE SCHEMA IF NOT EXISTS results;
GRANT USAGE ON SCHEMA results TO ${app_role};

-- ES256 (ECDSA P-256) keys. The private half is PKCS#8 sealed with the results keyset (Tink AEAD, the
-- key id as associated data), so every instance signs with the same key and a copy of the database
-- alone signs nothing. valid_until ends the signing window; a withdrawn key vouches for nothing.
CREATE TABLE results.signing_key (
    key_id           text PRIMARY KEY,
    public_key       bytea NOT NULL,
    private_key      bytea NOT NULL,
    state            text NOT NULL CHECK (state IN ('ACTIVE', 'ROTATED', 'WITHDRAWN')),
    valid_from       timestamptz NOT NULL,
    valid_until      timestamptz,
    withdrawn_reason text,
    CHECK ((state = 'ACTIVE') = (valid_until IS NULL)),
    CHECK ((state = 'WITHDRAWN') = (withdrawn_reason IS NOT NULL))
);
-- one key signs at a time, across every instance
CREATE UNIQUE INDEX signing_key_one_active ON results.signing_key ((true)) WHERE state = 'ACTIVE';

-- W3C Bitstring Status Lists, two bits an entry (0 valid, 1 revoked, 2 superseded), the left-most bit
-- first; an entry's index is list * entries + position.
CREATE TABLE results.status_list (
    list_id     integer PRIMARY KEY CHECK (list_id >= 0),
    bits        bytea NOT NULL,
    allocated   integer NOT NULL DEFAULT 0,
    updated_at  timestamptz NOT NULL
);
-- the positions given out, drawn at random so a list's neighbours say nothing about each other
CREATE TABLE results.status_entry (
    list_id   integer NOT NULL REFERENCES results.status_list (list_id),
    position  integer NOT NULL CHECK (position >= 0),
    PRIMARY KEY (list_id, position)
);
REVOKE DELETE ON results.status_entry, results.status_list FROM ${app_role};
