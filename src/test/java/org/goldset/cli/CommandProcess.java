package org.goldset.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Goldset's command line in a JVM of its own, in a folder, as a user would. */
final class CommandProcess {

    record Result(int exitCode, String stdout, String stderr) {
    }

    private CommandProcess() {
    }

    static Result run(Path folder, String... args) throws IOException, InterruptedException {
        return runWithInput(folder, "", args);
    }

    static Result runWithInput(Path folder, String standardInput, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "org.goldset.Application"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(folder, "stdout", ".txt");
        Path err = Files.createTempFile(folder, "stderr", ".txt");
        Path in = Files.writeString(Files.createTempFile(folder, "stdin", ".txt"), standardInput);
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectInput(in.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("goldset " + String.join(" ", args) + " did not finish in 3 minutes");
        }
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        Files.delete(in);
        return result;
    }
}
