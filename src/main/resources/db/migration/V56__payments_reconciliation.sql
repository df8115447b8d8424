-- Reconciliation and exceptions (docs/payments.md, "Reconciliation and exceptions"): how far each bank's
-- messages were read, which bank message last moved a line, and the new line a re-payment made.

-- The cursor of Bank.messagesAfter per bank: the sequence of the last message read and kept.
CREATE TABLE payments.bank_cursor (
    bank_bin         char(6) PRIMARY KEY,
    last_sequence    bigint NOT NULL CHECK (last_sequence >= 0),
    read_at          timestamptz NOT NULL
);

-- The bank message (pain.002, camt.054 or camt.053) that last moved the line: whom to tell what.
ALTER TABLE payments.line ADD COLUMN answered_by bigint REFERENCES payments.message (id);

-- A returned line re-paid in a later cycle: that cycle then holds the beneficiary's own line and this one.
ALTER TABLE payments.line ADD COLUMN repays_line_id bigint UNIQUE REFERENCES payments.line (id);
ALTER TABLE payments.line DROP CONSTRAINT line_cycle_id_beneficiary_id_key;
CREATE UNIQUE INDEX line_one_per_beneficiary ON payments.line (cycle_id, beneficiary_id) WHERE repays_line_id IS NULL;
