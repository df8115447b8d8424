-- The non-cash indicators are counted again, now by the payments module (docs/payments.md, "Indicators"):
-- their targets of Điện Biên's plan for Project 06, which V30 removed while no module counted them, come
-- back as V8 had them. A province replaces them with its own resolution's figures.
INSERT INTO steering.indicator_target (indicator_code, year, target) VALUES
    ('SOCIAL_NONCASH', 2026, 80), ('TUITION_NONCASH', 2026, 90)
ON CONFLICT DO NOTHING;
