-- The persons each agency's sector records are linked to: the contract through which the register
-- narrows an agency officer to the persons of the agency's own records (security.Scope.persons,
-- docs/security.md "Agency officers"), as locality.scope_commune is the contract for communes.
-- Only confirmed links count (automatic or after review); a candidate still in review is not one.
CREATE VIEW cleansing.agency_person AS
SELECT d.agency_code, r.person_id
FROM cleansing.record r JOIN cleansing.dataset d ON d.dataset_id = r.dataset_id
WHERE r.person_id IS NOT NULL;

CREATE INDEX dataset_agency ON cleansing.dataset (agency_code);
