package org.goldset.format;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Every {@link GoldFormat} bean, by id: the one place the command line, the web app and the import
 * ask which formats exist, which one a file is in, and how to read or write it.
 */
@Component
public class FormatRegistry {

    private final List<GoldFormat> formats;
    private final Set<String> readableExtensions;

    public FormatRegistry(List<GoldFormat> formats) {
        this.formats = formats.stream().sorted(Comparator.comparing(GoldFormat::id)).toList();
        long distinct = formats.stream().map(GoldFormat::id).distinct().count();
        if (distinct != formats.size()) {
            throw new IllegalStateException("two formats share an id: " + formats.stream().map(GoldFormat::id).toList());
        }
        this.readableExtensions = readable().stream().flatMap(format -> format.extensions().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    public Optional<GoldFormat> byId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return formats.stream().filter(format -> format.id().equals(wanted)).findFirst();
    }

    /** The format with this id; for ids the code names itself, so a missing one is a bug. */
    public GoldFormat get(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("no format " + id));
    }

    public List<GoldFormat> readable() {
        return formats.stream().filter(format -> format.reader().isPresent()).toList();
    }

    public List<GoldFormat> writable() {
        return formats.stream().filter(format -> format.writing().isPresent()).toList();
    }

    public static List<String> ids(List<GoldFormat> formats) {
        return formats.stream().map(GoldFormat::id).toList();
    }

    /** The readable format a file or folder is in, by its name and first bytes; empty when none claims it. */
    public Optional<GoldFormat> detect(Path path) {
        FileSample sample = FileSample.of(path, readableExtensions);
        GoldFormat best = null;
        int bestClaim = 0;
        for (GoldFormat format : readable()) {
            int claim = format.claim(sample);
            if (claim > bestClaim) {
                best = format;
                bestClaim = claim;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether a file inside a folder is one to read when this format was asked for by name. */
    public static boolean readsFilesNamedLike(GoldFormat format, Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return format.extensions().stream().anyMatch(extension -> name.endsWith("." + extension));
    }
}
