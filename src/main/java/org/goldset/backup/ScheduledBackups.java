package org.goldset.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.goldset.base.GoldsetProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The web app's own backups, when {@code goldset.backup.dir} names a folder: one every
 * {@code goldset.backup.every} (the first one period after start), named {@code goldset-TIME.db},
 * the newest {@code goldset.backup.keep} kept. A failed backup is logged and retried next period.
 */
@Component
@Profile("!cli")
class ScheduledBackups implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledBackups.class);
    static final String PREFIX = "goldset-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final SqliteBackup backups;
    private final GoldsetProperties.Backup settings;
    private final Clock clock;
    private final ScheduledExecutorService timer;

    ScheduledBackups(SqliteBackup backups, GoldsetProperties properties, Clock clock) {
        this.backups = backups;
        this.settings = properties.backup();
        this.clock = clock;
        if (settings.dir().isBlank()) {
            timer = null;
            return;
        }
        if (settings.every().compareTo(Duration.ofMinutes(1)) < 0 || settings.keep() < 1) {
            throw new IllegalArgumentException("goldset.backup.every must be at least a minute and goldset.backup.keep "
                    + "at least 1 (they are " + settings.every() + " and " + settings.keep() + ")");
        }
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("goldset-backup").daemon().factory());
        long period = settings.every().toMillis();
        timer.scheduleWithFixedDelay(this::backUp, period, period, TimeUnit.MILLISECONDS);
    }

    /** One backup and the pruning after it; public to the package for the test. */
    SqliteBackup.Backup backUp() {
        Path folder = Path.of(settings.dir()).toAbsolutePath().normalize();
        try {
            SqliteBackup.Backup backup = backups.writeTo(folder.resolve(PREFIX + STAMP.format(clock.instant()) + ".db"));
            LOG.info("Backed up {} to {}", backup.summary(), backup.file());
            prune(folder);
            return backup;
        } catch (RuntimeException e) {
            LOG.error("The scheduled backup to {} failed: {}", folder, e.getMessage());
            return null;
        }
    }

    private void prune(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> ours = files.filter(file -> {
                String name = file.getFileName().toString();
                return name.startsWith(PREFIX) && name.endsWith(".db");
            }).sorted().toList(); // the timestamp sorts by name
            for (Path old : ours.subList(0, Math.max(0, ours.size() - settings.keep()))) {
                Files.delete(old);
            }
        } catch (IOException e) {
            LOG.warn("Cannot remove old backups from {}: {}", folder, e.getMessage());
        }
    }

    @Override
    public void destroy() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
