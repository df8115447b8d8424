package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Migration V46: the workflow engine's tables in their own schema {@code flowable}, made by the owner
 * role like every other table, from the PostgreSQL create scripts Flowable ships in its own jars (so
 * none of its DDL is copied here, and an upgrade of the engine brings its scripts with it). The engine
 * itself never creates or changes tables ({@code flowable.database-schema-update: false}); the
 * application role gets the schema's usage and, through V1's default privileges, reads and writes rows
 * and uses its sequences. Flyway finds it beside the SQL migrations (package {@code db.migration}), so
 * every application context that migrates the database knows it, whichever modules it starts.
 */
public class V46__flowable_engine_tables extends BaseJavaMigration {

    /** The scripts of the engines the application runs, in the order Flowable itself runs them. */
    private static final List<String> SCRIPTS = List.of(
            "org/flowable/common/db/create/flowable.postgres.create.common.sql",
            "org/flowable/db/create/flowable.postgres.create.engine.sql",
            "org/flowable/db/create/flowable.postgres.create.history.sql");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String appRole = context.getConfiguration().getPlaceholders().get("app_role");
        String searchPath = single(connection, "SELECT current_setting('search_path')", null);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA flowable");
            statement.execute("GRANT USAGE ON SCHEMA flowable TO " + single(connection, "SELECT quote_ident(?)", appRole));
        }
        // the scripts name their tables without a schema: they land in flowable, for this transaction only
        single(connection, "SELECT set_config('search_path', ?, true)", "flowable");
        for (String script : SCRIPTS) {
            ScriptUtils.executeSqlScript(connection,
                    new ClassPathResource(script, V46__flowable_engine_tables.class.getClassLoader()));
        }
        single(connection, "SELECT set_config('search_path', ?, true)", searchPath);
    }

    private static String single(Connection connection, String sql, String parameter) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
