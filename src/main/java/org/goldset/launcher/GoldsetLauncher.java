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
 * Entry point of the jar, compiled for Java 17 on purpose.
 *
 * <p>Our machines start with Java 17 as the default {@code java}, but Vaadin 25 needs 21+. When the
 * running JVM is too old, this class finds an installed JDK 21+ ({@code GOLDSET_JAVA},
 * {@code JAVA_HOME}, then {@code /usr/lib/jvm}) and runs the very same command line on it, so
 * {@code java -jar target/goldset.jar} works without anyone editing JAVA_HOME.
 * See docs/decisions/002-finding-a-jdk.md.
 */
public final class GoldsetLauncher {

    static final int REQUIRED_FEATURE_VERSION = 21;
    private static final String APPLICATION_CLASS = "org.goldset.Application";

    private GoldsetLauncher() {
    }

    public static void main(String[] args) throws Exception {
        if (Runtime.version().feature() >= REQUIRED_FEATURE_VERSION) {
            Class.forName(APPLICATION_CLASS, true, Thread.currentThread().getContextClassLoader())
                    .getMethod("main", String[].class)
                    .invoke(null, (Object) args);
            return;
        }
        Optional<Path> java = findJava(REQUIRED_FEATURE_VERSION);
        if (java.isEmpty()) {
            System.err.println("Goldset needs Java " + REQUIRED_FEATURE_VERSION + " or newer; this is Java "
                    + Runtime.version().feature() + " and no newer JDK was found in GOLDSET_JAVA, JAVA_HOME or "
                    + "/usr/lib/jvm. Install one (e.g. apt-get install openjdk-21-jdk-headless) and try again.");
            System.exit(3);
        }
        System.exit(rerunOn(java.get()));
    }

    private static int rerunOn(Path java) throws IOException, InterruptedException {
        List<String> arguments = List.of(ProcessHandle.current().info().arguments().orElseThrow(
                () -> new IllegalStateException("cannot read this process's command line to re-run it")));
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(arguments);
        if (featureVersionOf(java.getParent().getParent()) >= StartupCache.AOT_FEATURE_VERSION) {
            command = StartupCache.commandFromCache(java, arguments).orElse(command);
        }
        Process process = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        return process.waitFor();
    }

    /** The newest installed JDK of at least that feature version. */
    static Optional<Path> findJava(int minimumFeatureVersion) {
        List<Path> homes = new ArrayList<>();
        Stream.of(System.getenv("GOLDSET_JAVA"), System.getenv("JAVA_HOME"))
                .filter(home -> home != null && !home.isBlank())
                .map(Path::of)
                .forEach(homes::add);
        Path jvmRoot = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvmRoot)) {
            try (Stream<Path> installed = Files.list(jvmRoot)) {
                installed.sorted(Comparator.comparingInt(GoldsetLauncher::featureVersionOf).reversed())
                        .forEach(homes::add);
            } catch (IOException e) {
                // An unreadable /usr/lib/jvm just means fewer candidates.
            }
        }
        return homes.stream()
                .filter(home -> featureVersionOf(home) >= minimumFeatureVersion)
                .map(home -> home.resolve("bin/java"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Reads JAVA_VERSION from the JDK's {@code release} file; 0 when it is not a JDK. */
    static int featureVersionOf(Path javaHome) {
        Path release = javaHome.resolve("release");
        if (!Files.isRegularFile(release)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(release)) {
            return lines.filter(line -> line.startsWith("JAVA_VERSION="))
                    .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", ""))
                    .map(version -> version.split("[.+-]")[0])
                    .mapToInt(GoldsetLauncher::parseOrZero)
                    .findFirst()
                    .orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }

    private static int parseOrZero(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
