package org.goldset.format.brat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.goldset.format.ImportFileException;
import org.goldset.format.InputLimits;

/**
 * The files of a brat collection by relative name, from a folder or a zip, read within the input
 * limits. A zip is judged before any entry is read: too many entries, too many bytes, an entry that
 * expands like a bomb, or a name that is absolute or climbs out of the archive refuse it whole; and
 * no entry is ever read beyond the size of the largest article, whatever its header claims. A folder's
 * symbolic links are not followed: they are refused by name.
 */
interface BratFiles {

    /** Entries above this size must not expand more than {@link InputLimits#zipRatio()} times. */
    long RATIO_CHECKED_ABOVE = 1 << 20;

    List<String> names() throws IOException;

    byte[] read(String name) throws IOException;

    Path pathOf(String name);

    static BratFiles folder(Path folder, InputLimits limits) throws IOException {
        List<String> names;
        try (Stream<Path> walk = Files.walk(folder)) {
            names = walk.filter(file -> !file.equals(folder))
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .filter(file -> !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS))
                    .map(file -> folder.relativize(file).toString()).sorted().toList();
        }
        for (String name : names) {
            Path file = folder.resolve(name);
            if (Files.isSymbolicLink(file)) {
                throw new ImportFileException(0, file + " is a symbolic link; Goldset does not follow links inside a "
                        + "folder (copy the file in instead)");
            }
        }
        return new BratFiles() {
            @Override
            public List<String> names() {
                return names.stream().filter(name -> Files.isRegularFile(folder.resolve(name), LinkOption.NOFOLLOW_LINKS))
                        .toList();
            }

            @Override
            public byte[] read(String name) throws IOException {
                Path file = folder.resolve(name);
                if (Files.size(file) > limits.articleFileBytes()) {
                    throw tooLarge(name, limits);
                }
                return Files.readAllBytes(file);
            }

            @Override
            public Path pathOf(String name) {
                return folder.resolve(name);
            }
        };
    }

    static BratFiles zip(Path source, ZipFile zip, InputLimits limits) {
        if (zip.size() > limits.zipEntries()) {
            throw new ImportFileException(0, "the zip holds " + String.format("%,d", zip.size()) + " entries, more than "
                    + String.format("%,d", limits.zipEntries()) + "; split it");
        }
        List<String> names = new ArrayList<>();
        long declaredBytes = 0;
        for (ZipEntry entry : zip.stream().toList()) {
            String name = entry.getName();
            if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")
                    || List.of(name.split("[/\\\\]")).contains("..")) {
                throw new ImportFileException(0, "the zip entry \"" + name + "\" points outside the archive; refused");
            }
            if (entry.isDirectory()) {
                continue;
            }
            long size = entry.getSize();
            long compressed = entry.getCompressedSize();
            if (size > RATIO_CHECKED_ABOVE && compressed > 0 && size / compressed > limits.zipRatio()) {
                throw new ImportFileException(0, "the zip entry \"" + name + "\" expands " + size / compressed
                        + " times (" + String.format("%,d", size) + " bytes): a zip bomb is refused");
            }
            declaredBytes += Math.max(0, size);
            if (declaredBytes > limits.zipBytes()) {
                throw new ImportFileException(0, "the zip's entries hold more than " + String.format("%,d",
                        limits.zipBytes()) + " bytes uncompressed; split it");
            }
            if (!name.startsWith("__MACOSX/") && !Path.of(name).getFileName().toString().startsWith(".")) {
                names.add(name);
            }
        }
        return new BratFiles() {
            @Override
            public List<String> names() {
                return names;
            }

            @Override
            public byte[] read(String name) throws IOException {
                // The header's size may lie: read no more than an article may be, whatever it claims.
                try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
                    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.articleFileBytes() + 1));
                    if (bytes.length > limits.articleFileBytes()) {
                        throw tooLarge(name, limits);
                    }
                    return bytes;
                }
            }

            @Override
            public Path pathOf(String name) {
                return Path.of(source + "!/" + name);
            }
        };
    }

    private static ImportFileException tooLarge(String name, InputLimits limits) {
        return new ImportFileException(0, name + " is larger than an article of " + String.format("%,d",
                limits.articleCharacters()) + " characters can be (goldset.limits.article-characters)");
    }
}
