package org.goldset.cli;

import org.goldset.annotation.AnnotationPages;
import org.goldset.backup.SqliteBackup;
import org.goldset.base.DatabaseConfiguration;
import org.goldset.corpus.ClaimActivityMigration;
import org.goldset.corpus.CurationStageMigration;
import org.goldset.base.GoldsetProperties;
import org.goldset.corpus.DocumentPages;
import org.goldset.export.GoldExporter;
import org.goldset.format.FormatRegistry;
import org.goldset.nlp.CoreNlpTokenizer;
import org.goldset.schema.AnnotationSchema;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import picocli.spring.boot.autoconfigure.PicocliAutoConfiguration;

/**
 * The application context of {@code export}: what it reads with (JDBC pages, the formats, the schema)
 * and nothing else. The export reads through JDBC only, so it needs neither Hibernate (3 s to start)
 * nor the suggestion engines (their lexicons, 1.5 s) nor the web app; Flyway stays, so that an older
 * database is brought up to date before it is read, as with every other command.
 *
 * <p>Not a {@code @Configuration}: {@link org.goldset.Application}'s component scan must not pick it
 * up. It is a configuration only where {@link org.goldset.Application} passes it as the source.
 */
@EnableConfigurationProperties(GoldsetProperties.class)
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class, PicocliAutoConfiguration.class})
@ComponentScan(basePackageClasses = {FormatRegistry.class, AnnotationSchema.class})
@Import({DatabaseConfiguration.class, CurationStageMigration.class, ClaimActivityMigration.class,
        CoreNlpTokenizer.class, DocumentPages.class, AnnotationPages.class,
        GoldExporter.class, SqliteBackup.class, CommandRunner.class, ExportCommand.class, BackupCommand.class})
public class ExportContext {
}
