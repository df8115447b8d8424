-- The public services' legs issue four more kinds of result (docs/services.md, "Interconnected
-- bundles"): a child's health-insurance card, the removal of a deceased person's permanent
-- residence, and the funeral and survivor allowance decisions.
ALTER TABLE results.result DROP CONSTRAINT result_type_check;
ALTER TABLE results.result ADD CONSTRAINT result_type_check CHECK (type IN ('BIRTH_EXTRACT', 'DEATH_EXTRACT',
    'RESIDENCE_CONFIRMATION', 'LAND_USE_CERTIFICATE', 'LAND_RIGHT_CHANGE', 'HOUSING_RIGHT_CHANGE', 'PAYMENT_RECEIPT',
    'HEALTH_INSURANCE_CARD', 'RESIDENCE_REMOVAL', 'FUNERAL_ALLOWANCE_DECISION', 'SURVIVOR_ALLOWANCE_DECISION'));
