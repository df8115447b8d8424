-- The officers' queues (docs/services.md, "Officers' work") list open legs the nearest deadline first:
-- an agency's across the communes of its officers' scope, and every open leg for a province officer.
-- Read in deadline order, a page stops after its fifty rows instead of sorting every open leg of the
-- agency or the province; the columns the scope and the tabs filter on are carried in the index.
CREATE INDEX leg_open_agency_due ON services.leg (agency_code, due) INCLUDE (commune_code, handler_kind, assignee)
    WHERE status IN ('IN_PROGRESS', 'SUSPENDED');
CREATE INDEX leg_open_due ON services.leg (due) INCLUDE (commune_code, handler_kind, agency_code, assignee)
    WHERE status IN ('IN_PROGRESS', 'SUSPENDED');
