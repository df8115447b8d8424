-- Steering defines no indicator of its own: each module declares those it counts. Indicators V8
-- seeded for modules that do not exist (the gateway's answers, non-cash payments, online services,
-- feedback) leave the catalogue, so their targets and any figures go, and a task that followed one
-- is followed through its progress reports until a module counts it.
UPDATE steering.task SET indicator_code = NULL, target = NULL
WHERE indicator_code IN ('GATEWAY_ANSWERED', 'SOCIAL_NONCASH', 'TUITION_NONCASH', 'ONLINE_ESSENTIAL',
                         'FEEDBACK_ON_TIME');
DELETE FROM steering.indicator_target
WHERE indicator_code IN ('GATEWAY_ANSWERED', 'SOCIAL_NONCASH', 'TUITION_NONCASH', 'ONLINE_ESSENTIAL',
                         'FEEDBACK_ON_TIME');
DELETE FROM steering.indicator_value
WHERE indicator_code IN ('GATEWAY_ANSWERED', 'SOCIAL_NONCASH', 'TUITION_NONCASH', 'ONLINE_ESSENTIAL',
                         'FEEDBACK_ON_TIME');

-- A recount of some communes aggregates their counts here first, so that it can check they stay
-- within those communes before replacing their figures (docs/steering.md, "Figures follow the data").
-- Working rows only, removed in the transaction that made them; unlogged like source_count.
CREATE UNLOGGED TABLE steering.recount_value (LIKE steering.indicator_value);
