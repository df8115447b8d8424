-- Cash through the postal operator (docs/payments.md, "Cash through the postal operator"): the receipt the
-- operator gave for a line paid in cash, the proof that it was paid; a receipt number is used once.
ALTER TABLE payments.line ADD COLUMN cash_receipt text CHECK (length(cash_receipt) BETWEEN 1 AND 40);
CREATE UNIQUE INDEX line_cash_receipt ON payments.line (cash_receipt) WHERE cash_receipt IS NOT NULL;
