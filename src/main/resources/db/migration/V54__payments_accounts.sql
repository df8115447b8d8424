-- Accounts (docs/payments.md, "Accounts and the name check"): the commune of the holder when the account was
-- linked, so the officers' review queue is cut to their scope in SQL; and that queue's index.
ALTER TABLE payments.account ADD COLUMN commune_code text;
CREATE INDEX account_to_review ON payments.account (linked_at) WHERE status = 'TO_REVIEW';
