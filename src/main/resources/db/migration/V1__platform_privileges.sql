-- The application connects as a role of its own (${app_role}); migrations run as the owner.
-- Tables created by the owner from now on are usable by the application role, and modules
-- take back what it must not do (the audit ledger revokes UPDATE and DELETE).
ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app_role};
ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT ON SEQUENCES TO ${app_role};
