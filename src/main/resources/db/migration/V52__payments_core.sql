-- Non-cash payments (docs/payments.md): programmes and their effective-dated versions, beneficiaries from
-- decisions, the accounts they are paid into, cycles as envelopes with control totals, their lines (one
-- payment to one person), the ISO 20022 messages sent and received, and the exceptions officers resolve.
-- Created as the owner; the application role reads and writes rows. Amounts are whole Vietnamese dong.
CREATE SCHEMA payments;
GRANT USAGE ON SCHEMA payments TO ${app_role};

-- A programme: what is paid, to whom, by which agency, under which law.
CREATE TABLE payments.programme (
    code             text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,31}$'),
    kind             text NOT NULL CHECK (kind IN ('MONTHLY_ASSISTANCE', 'SOCIAL_PENSION', 'STUDY_SUPPORT', 'ONE_OFF')),
    -- which non-cash indicator its lines count in
    family           text NOT NULL CHECK (family IN ('SOCIAL', 'TUITION')),
    name_vi          text NOT NULL,
    name_en          text NOT NULL,
    paying_agency    text NOT NULL REFERENCES security.agency (code)
);

-- A version of a programme's rule from a date: the formula's figures, the schedule, the legal basis.
-- A version recorded by an administrator is never overwritten by the bundled file.
CREATE TABLE payments.programme_version (
    programme_code   text NOT NULL REFERENCES payments.programme (code),
    effective_from   date NOT NULL,
    -- MONTHLY_ASSISTANCE and SOCIAL_PENSION: coefficient (per beneficiary) x standard_level per month;
    -- STUDY_SUPPORT: monthly_amount x months, paid per semester; ONE_OFF: fixed_amount once
    standard_level   bigint CHECK (standard_level > 0),
    monthly_amount   bigint CHECK (monthly_amount > 0),
    fixed_amount     bigint CHECK (fixed_amount > 0),
    -- the months of the year a payment falls due in (1..12); a one-off's single pay date
    pay_months       smallint[] NOT NULL DEFAULT '{1,2,3,4,5,6,7,8,9,10,11,12}',
    pay_date         date,
    -- the list for a month is fixed on this day of the month before (the 25th by Decree 20/2021 Art. 34)
    cut_off_day      smallint NOT NULL DEFAULT 25 CHECK (cut_off_day BETWEEN 1 AND 28),
    minimum_age      smallint,
    maximum_age      smallint,
    legal_basis      text NOT NULL,
    source           text NOT NULL,
    origin           text NOT NULL CHECK (origin IN ('BUNDLED', 'EDITED')),
    recorded_by      text,
    recorded_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (programme_code, effective_from)
);

-- A beneficiary: one person entitled under one programme by one decision, from a date.
CREATE TABLE payments.beneficiary (
    id               bigserial PRIMARY KEY,
    version          bigint NOT NULL,
    programme_code   text NOT NULL REFERENCES payments.programme (code),
    -- the person of the register; null while the decision's line awaits linkage or review
    pin              char(12),
    -- what the decision says of the person, as written (the linkage engine reads it when the ID is missing)
    claimed_pin      text,
    claimed_name     text NOT NULL,
    claimed_birth    text,
    commune_code     text NOT NULL,
    -- per person: the coefficient of the standard level (monthly assistance), months of study support
    coefficient      numeric(4, 2) CHECK (coefficient > 0),
    months           smallint CHECK (months BETWEEN 1 AND 12),
    decision_ref     text NOT NULL,
    decision_date    date NOT NULL,
    starts_on        date NOT NULL,
    ends_on          date,
    status           text NOT NULL CHECK (status IN ('TO_LINK', 'TO_REVIEW', 'ACTIVE', 'INELIGIBLE', 'ENDED')),
    -- why ineligible (DEAD, NOT_RESIDENT, AGE, NOT_FOUND), or why ended
    status_reason    text,
    -- how the person is paid when no verified account exists, or by choice (the very old, the bedridden)
    channel          text NOT NULL DEFAULT 'BANK_ACCOUNT'
                         CHECK (channel IN ('BANK_ACCOUNT', 'E_WALLET', 'POST_CASH', 'POST_HOME')),
    entered_by       text NOT NULL,
    entered_at       timestamptz NOT NULL,
    CHECK ((status = 'ACTIVE') <= (pin IS NOT NULL)),
    UNIQUE (programme_code, decision_ref, claimed_name)
);
CREATE INDEX beneficiary_pin ON payments.beneficiary (pin);
CREATE INDEX beneficiary_programme_status ON payments.beneficiary (programme_code, status);

-- An account a person is paid into: linked by the citizen in the portal or reported by a bank, owned
-- once the bank's name for it matches the register's. The number is encrypted (audit's SecretKeyset);
-- number_hash (HMAC) finds duplicates; only the last four digits are shown.
CREATE TABLE payments.account (
    id               bigserial PRIMARY KEY,
    version          bigint NOT NULL,
    pin              char(12) NOT NULL,
    -- the bank or wallet by its NAPAS bank identification number
    bank_bin         char(6) NOT NULL,
    kind             text NOT NULL CHECK (kind IN ('BANK_ACCOUNT', 'E_WALLET')),
    number_cipher    bytea NOT NULL,
    number_hash      bytea NOT NULL,
    number_last4     text NOT NULL,
    source           text NOT NULL CHECK (source IN ('PORTAL', 'BANK')),
    -- the bank's answer to the name check (often upper-case, unaccented and masked) and our verdict
    bank_name        text,
    name_verdict     text CHECK (name_verdict IN ('MATCH', 'CLOSE_MATCH', 'NO_MATCH', 'NOT_POSSIBLE')),
    name_score       real,
    status           text NOT NULL CHECK (status IN ('CHECKING', 'VERIFIED', 'TO_REVIEW', 'REFUSED', 'CLOSED')),
    status_reason    text,
    reviewed_by      text,
    linked_at        timestamptz NOT NULL,
    checked_at       timestamptz
);
-- one verified (or to-review) welfare account per person at a time
CREATE UNIQUE INDEX account_one_welfare ON payments.account (pin) WHERE status IN ('VERIFIED', 'TO_REVIEW', 'CHECKING');
CREATE INDEX account_number ON payments.account (number_hash);

-- A cycle: one programme's payments for one period, as an envelope with its control totals.
CREATE TABLE payments.cycle (
    id               bigserial PRIMARY KEY,
    version          bigint NOT NULL,
    programme_code   text NOT NULL REFERENCES payments.programme (code),
    -- '2026-11' for a month, '2026-S1' for a semester, '2026-09-02' for a one-off
    period           text NOT NULL,
    pays_on          date NOT NULL,
    cut_off          date NOT NULL,
    status           text NOT NULL CHECK (status IN ('OPEN', 'LOCKED', 'PREPARED', 'APPROVED', 'SENT', 'SETTLED')),
    line_count       integer,
    control_sum      bigint,
    prepared_by      text,
    prepared_at      timestamptz,
    approved_by      text,
    approved_at      timestamptz,
    sent_at          timestamptz,
    settled_at       timestamptz,
    CHECK (approved_by IS NULL OR approved_by <> prepared_by),
    UNIQUE (programme_code, period)
);

-- A line: one payment to one person in one cycle, with its channel and how it ended.
CREATE TABLE payments.line (
    id               bigserial PRIMARY KEY,
    version          bigint NOT NULL DEFAULT 0,
    cycle_id         bigint NOT NULL REFERENCES payments.cycle (id),
    beneficiary_id   bigint NOT NULL REFERENCES payments.beneficiary (id),
    pin              char(12) NOT NULL,
    commune_code     text NOT NULL,
    amount           bigint NOT NULL CHECK (amount > 0),
    channel          text NOT NULL CHECK (channel IN ('BANK_ACCOUNT', 'E_WALLET', 'POST_CASH', 'POST_HOME')),
    account_id       bigint REFERENCES payments.account (id),
    bank_bin         char(6),
    -- the ISO 20022 EndToEndId the bank echoes back: unique across all cycles
    end_to_end_id    text NOT NULL UNIQUE,
    status           text NOT NULL CHECK (status IN ('PENDING', 'HELD', 'SENT', 'ACCEPTED', 'PAID', 'RETURNED',
                         'CASH_DUE', 'PAID_CASH', 'CANCELLED')),
    -- why held (DEAD, MOVED_OUT, ACCOUNT_UNVERIFIED) or returned (AC01, AC04, AC06, AG01, AM05, MD07, BE01 …)
    reason_code      text,
    paid_on          date,
    message_id       bigint,
    UNIQUE (cycle_id, beneficiary_id)
);
CREATE INDEX line_cycle_status ON payments.line (cycle_id, status);
CREATE INDEX line_pin ON payments.line (pin);

-- Every ISO 20022 message sent to or received from a bank, kept whole; a message id seen twice is a replay.
CREATE TABLE payments.message (
    id               bigserial PRIMARY KEY,
    direction        text NOT NULL CHECK (direction IN ('OUT', 'IN')),
    type             text NOT NULL CHECK (type IN ('pain.001', 'pain.002', 'camt.053', 'camt.054')),
    message_id       text NOT NULL,
    bank_bin         char(6) NOT NULL,
    cycle_id         bigint REFERENCES payments.cycle (id),
    nb_of_txs        integer,
    ctrl_sum         bigint,
    sha256           bytea NOT NULL,
    content          bytea NOT NULL,
    at               timestamptz NOT NULL DEFAULT now(),
    UNIQUE (direction, bank_bin, message_id)
);

-- An exception an officer resolves: a return, a rejection, a payment found after a death (recovery).
CREATE TABLE payments.exception (
    id               bigserial PRIMARY KEY,
    version          bigint NOT NULL,
    line_id          bigint NOT NULL REFERENCES payments.line (id),
    kind             text NOT NULL CHECK (kind IN ('RETURNED', 'REJECTED', 'PAID_AFTER_DEATH')),
    reason_code      text NOT NULL,
    raised_at        timestamptz NOT NULL,
    status           text NOT NULL CHECK (status IN ('OPEN', 'RESOLVED')),
    disposition      text CHECK (disposition IN ('REPAY', 'CASH', 'RECOVER', 'CANCEL')),
    note             text,
    resolved_by      text,
    resolved_at      timestamptz,
    CHECK ((status = 'RESOLVED') = (disposition IS NOT NULL))
);
CREATE INDEX exception_open ON payments.exception (raised_at) WHERE status = 'OPEN';
CREATE INDEX exception_line ON payments.exception (line_id);
