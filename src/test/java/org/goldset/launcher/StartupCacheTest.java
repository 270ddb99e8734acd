package org.goldset.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the launcher runs a command from the start-up cache, and how it rewrites the command line. */
class StartupCacheTest {

    private static final Path JAVA = Path.of("/usr/lib/jvm/jdk-25/bin/java");

    @TempDir
    Path target;

    @Test
    void a_current_cache_runs_the_unpacked_jar_with_the_same_options_and_arguments() throws Exception {
        Path jar = cacheBuilt(1_000, 2_000);

        List<String> command = StartupCache.commandFromCache(JAVA,
                List.of("-Xmx2g", "-jar", jar.toString(), "export", "--db", "g.db", "--out", "-jar")).orElseThrow();

        Path app = target.resolve("goldset-app");
        assertThat(command).containsExactly(JAVA.toString(), "-Xmx2g", "-XX:AOTCache=" + app.resolve("goldset.aot"),
                "-Xlog:aot=off", "-Xlog:cds=off", "-jar", app.resolve("goldset.jar").toString(),
                "export", "--db", "g.db", "--out", "-jar");
    }

    @Test
    void a_cache_older_than_the_jar_or_missing_or_a_command_without_a_jar_runs_as_before() throws Exception {
        Path jar = cacheBuilt(2_000, 1_000); // the jar was rebuilt after the cache
        assertThat(StartupCache.commandFromCache(JAVA, List.of("-jar", jar.toString(), "help"))).isEmpty();

        Files.delete(target.resolve("goldset-app/goldset.aot"));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000));
        assertThat(StartupCache.commandFromCache(JAVA, List.of("-jar", jar.toString(), "help"))).isEmpty();

        assertThat(StartupCache.commandFromCache(JAVA, List.of("-cp", "classes", "org.goldset.Application"))).isEmpty();
        assertThat(StartupCache.commandFromCache(JAVA, List.of("-jar"))).isEmpty();
    }

    private Path cacheBuilt(long jarTime, long cacheTime) throws Exception {
        Path jar = Files.writeString(target.resolve("goldset.jar"), "jar");
        Path app = Files.createDirectories(target.resolve("goldset-app"));
        Files.writeString(app.resolve("goldset.jar"), "unpacked");
        Path aot = Files.writeString(app.resolve("goldset.aot"), "cache");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(jarTime));
        Files.setLastModifiedTime(aot, FileTime.fromMillis(cacheTime));
        return jar;
    }
}
