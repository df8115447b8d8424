-- Staff and citizen sessions in the database (Spring Session JDBC, its PostgreSQL layout in this
-- schema), so any instance behind the proxy serves any request of a signed-in person
-- (docs/operations.md). Created here as the owner; the application role only reads and writes rows.
CREATE TABLE security.spring_session (
    primary_id            char(36) NOT NULL,
    session_id            char(36) NOT NULL,
    creation_time         bigint NOT NULL,
    last_access_time      bigint NOT NULL,
    max_inactive_interval integer NOT NULL,
    expiry_time           bigint NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON security.spring_session (session_id);
CREATE INDEX spring_session_ix2 ON security.spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON security.spring_session (principal_name);

CREATE TABLE security.spring_session_attributes (
    session_primary_id char(36) NOT NULL,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES security.spring_session (primary_id) ON DELETE CASCADE
);

-- Failed logins of usernames that have no account, counted like a real account's in
-- security.staff_account so that every instance locks them alike and the login page never tells
-- which names exist, however many instances share the traffic. Rows not tried for a day are deleted.
CREATE TABLE security.unknown_login (
    name         text PRIMARY KEY,
    consecutive  integer NOT NULL CHECK (consecutive >= 0),
    locked_until timestamptz,
    last_try     timestamptz NOT NULL
);
CREATE INDEX unknown_login_last_try ON security.unknown_login (last_try);
