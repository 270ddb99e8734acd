package org.goldset.format;

import java.nio.file.Path;

/** Why a file (or one line of it) was refused. {@code line} is 0 when the whole file is at fault. */
public record ImportProblem(Path file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
