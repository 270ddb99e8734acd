package org.goldset.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file operation failed, in words. Java's file exceptions carry only the path as their
 * message ({@code AccessDeniedException: /etc/hostname}), which tells the user where but not why.
 */
public final class IoErrors {

    private IoErrors() {
    }

    /** "permission denied", "no space left on device", … — never just the path. */
    public static String reason(IOException error) {
        if (error instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (error instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (error instanceof FileAlreadyExistsException) {
            return "it already exists";
        }
        if (error instanceof NotDirectoryException) {
            return "a part of the path is not a folder";
        }
        if (error instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        if (error instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return lowerFirst(fileSystem.getReason());
        }
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : lowerFirst(message);
    }

    public static String reason(UncheckedIOException error) {
        return reason(error.getCause());
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
