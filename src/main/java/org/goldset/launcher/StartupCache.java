package org.goldset.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A JDK 25 ahead-of-time cache (JEP 483/514) of the classes Goldset loads, so that a command starts in
 * about half the time: {@code export} of a small database in ~2.5 s instead of ~5 s, {@code help} in
 * ~1 s instead of ~2 s. The JVM can only cache classes from plain jars on the class path, not from
 * the jars nested in {@code goldset.jar}, so the build also unpacks the jar beside it:
 *
 * <pre>
 * target/goldset.jar              the jar as shipped (and what runs when there is no cache)
 * target/goldset-app/goldset.jar  the same application, unpacked by Spring Boot's jarmode tools
 * target/goldset-app/lib/…
 * target/goldset-app/goldset.aot  the cache, recorded while exporting the built-in corpus
 * </pre>
 *
 * <p>{@code ./mvnw package} builds it ({@link #main}); {@link GoldsetLauncher} uses it when it hands a
 * command over to a JDK 25+ and the cache is newer than the jar. Without a JDK 25, or if anything goes
 * wrong while building it, there is simply no cache. See docs/decisions/014-startup-cache.md.
 */
final class StartupCache {

    /** The first JDK with {@code -XX:AOTCacheOutput}. */
    static final int AOT_FEATURE_VERSION = 25;

    private final Path folder;

    private StartupCache(Path folder) {
        this.folder = folder;
    }

    /** The cache that belongs to a shipped jar: {@code goldset-app/} beside {@code goldset.jar}. */
    static StartupCache besides(Path jar) {
        Path absolute = jar.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString().replaceFirst("\\.jar$", "");
        return new StartupCache(absolute.resolveSibling(name + "-app"));
    }

    Path unpackedJar() {
        return folder.resolve("goldset.jar");
    }

    Path aotCache() {
        return folder.resolve("goldset.aot");
    }

    /** True when the cache exists and was built after the jar it belongs to. */
    boolean isCurrentFor(Path jar) {
        try {
            return Files.isRegularFile(unpackedJar()) && Files.isRegularFile(aotCache())
                    && Files.getLastModifiedTime(aotCache()).compareTo(Files.getLastModifiedTime(jar)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The command line that runs {@code java … -jar goldset.jar ARGS} from the cache instead: the same
     * JVM options and arguments, the unpacked jar, the AOT cache. Empty when this command line does not
     * name a jar with {@code -jar} or its cache is missing or stale.
     */
    static Optional<List<String>> commandFromCache(Path java, List<String> jvmAndApplicationArguments) {
        int jarOption = jvmAndApplicationArguments.indexOf("-jar");
        if (jarOption < 0 || jarOption + 1 >= jvmAndApplicationArguments.size()) {
            return Optional.empty();
        }
        Path jar = Path.of(jvmAndApplicationArguments.get(jarOption + 1));
        StartupCache cache = besides(jar);
        if (!cache.isCurrentFor(jar)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmAndApplicationArguments.subList(0, jarOption));
        command.add("-XX:AOTCache=" + cache.aotCache());
        // A cache the JVM cannot use (other module options, another JDK build) is skipped without a word.
        command.add("-Xlog:aot=off");
        command.add("-Xlog:cds=off");
        command.add("-jar");
        command.add(cache.unpackedJar().toString());
        command.addAll(jvmAndApplicationArguments.subList(jarOption + 2, jvmAndApplicationArguments.size()));
        return Optional.of(command);
    }

    /**
     * Builds the cache for a jar: {@code StartupCache JAR SEEDS_FOLDER}. Always exits 0: a machine
     * without a JDK 25 still gets a working jar, only a slower start.
     */
    public static void main(String[] args) {
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path seeds = Path.of(args[1]).toAbsolutePath();
        StartupCache cache = besides(jar);
        Optional<Path> java = GoldsetLauncher.findJava(AOT_FEATURE_VERSION);
        if (java.isEmpty()) {
            System.out.println("[goldset] No JDK " + AOT_FEATURE_VERSION + "+ here: no start-up cache (commands start"
                    + " about twice as slowly).");
            return;
        }
        long started = System.nanoTime();
        try {
            cache.build(java.get(), jar, seeds);
            System.out.printf("[goldset] Start-up cache %s built in %d s%n", cache.aotCache(),
                    (System.nanoTime() - started) / 1_000_000_000L);
        } catch (IOException | RuntimeException e) {
            cache.deleteQuietly();
            System.out.println("[goldset] No start-up cache: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cache.deleteQuietly();
        }
    }

    private void build(Path java, Path jar, Path seeds) throws IOException, InterruptedException {
        deleteQuietly();
        run(List.of(java.toString(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                folder.toString()), "unpacking the jar");
        Path training = Files.createTempDirectory("goldset-startup-training");
        try {
            Path database = training.resolve("training.db");
            // The recording run: the export of the built-in corpus (the commands share most classes).
            run(List.of(java.toString(), "-jar", unpackedJar().toString(), "import", "--db", database.toString(),
                    seeds.toString()), "importing the built-in corpus");
            // No JVM options: the cache is refused when a module option differs from the recording
            // (the jar's manifest already enables native access).
            run(List.of(java.toString(), "-XX:AOTCacheOutput=" + aotCache(),
                    "-jar", unpackedJar().toString(), "export", "--db", database.toString(), "--all-documents",
                    "--out", training.resolve("training.jsonl").toString()), "recording the cache");
        } finally {
            deleteTree(training);
        }
        if (!Files.isRegularFile(aotCache())) {
            throw new IllegalStateException("the JVM wrote no cache");
        }
    }

    private static void run(List<String> command, String what) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(what + " failed (exit " + exit + "): " + String.join(" ", command));
        }
    }

    private void deleteQuietly() {
        try {
            deleteTree(folder);
        } catch (IOException e) {
            System.out.println("[goldset] Could not delete " + folder + ": " + e.getMessage());
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
