package org.dancu;

/** The tests' throw-away embedded PostgreSQL as its superuser reaches it: the password lives in this JVM only. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static String superuser() {
        return EmbeddedPostgresServer.SUPERUSER;
    }

    public static String superuserPassword() {
        return EmbeddedPostgresServer.obtain(null, 0, null).superuserPassword();
    }
}
