package org.goldset.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.goldset.schema.SchemaLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file whose name says nothing about its format is read by its content. */
class FormatDetectionTest {

    private static final FormatRegistry FORMATS = TestFormats.registry(SchemaLoader.loadDefault());

    @TempDir
    Path folder;

    @Test
    void a_brat_zip_saved_under_another_name_is_still_brat() throws IOException {
        Path file = folder.resolve("corpus.brat");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("a.txt"));
            zip.write("Tehran".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("a.ann"));
            zip.write("T1\tGPE 0 6\tTehran\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(FORMATS.detect(file)).map(GoldFormat::id).contains("brat");
    }

    @Test
    void a_json_array_is_label_studio_and_json_lines_are_told_apart_by_their_fields() throws IOException {
        assertThat(FORMATS.detect(write("export", "\uFEFF  [{\"data\": {\"text\": \"x\"}}]"))).map(GoldFormat::id).contains("labelstudio");
        assertThat(FORMATS.detect(write("gold.data", "{\"id\": \"a\", \"text\": \"x\"}\n"))).map(GoldFormat::id).contains("jsonl");
        assertThat(FORMATS.detect(write("spans.out", "{\"text\": \"x\", \"spans\": []}\n"))).map(GoldFormat::id).contains("spacy");
    }

    @Test
    void content_of_no_known_kind_is_still_refused() throws IOException {
        assertThat(FORMATS.detect(write("notes.md", "# Notes\n"))).isEmpty();
        assertThat(FORMATS.detect(write("empty.bin", ""))).isEmpty();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }
}
