package org.goldset.corpus;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration V10: drops V9's trigger on {@code decision} that kept an analyst's claim alive. It ran
 * for every decision row, and imports write one per annotation: a quarter of the time of importing
 * 20,000 articles (59.5 s against 47.0 s, docs/benchmarks.md). The review's decisions now keep the
 * claim alive themselves ({@code annotation.DecisionLog}). Java, like V9, so that every context that
 * runs V9 runs this too ({@link CurationStageMigration}).
 */
@Component
public class ClaimActivityMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("10");
    }

    @Override
    public String getDescription() {
        return "claims kept alive by the review, not by a trigger";
    }

    @Override
    public Integer getChecksum() {
        return 10_017;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgresql = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        List<String> statements = postgresql
                ? List.of("DROP TRIGGER IF EXISTS decision_keeps_layer_active ON decision",
                        "DROP FUNCTION IF EXISTS decision_keeps_layer_active()")
                : List.of("DROP TRIGGER IF EXISTS decision_keeps_layer_active");
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
