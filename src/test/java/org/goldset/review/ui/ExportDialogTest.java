package org.goldset.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import org.goldset.AsAdministrator;
import org.goldset.TestDatabase;
import org.goldset.format.GoldFormat;
import org.goldset.gold.FormatFixtures;
import org.goldset.importing.CorpusImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
@AsAdministrator
class ExportDialogTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    CorpusImporter importer;

    @TempDir
    Path folder;

    @Test
    @SuppressWarnings("unchecked")
    void the_documents_view_downloads_the_corpus_in_the_chosen_format_and_scope() throws Exception {
        Path fixture = Files.writeString(folder.resolve("fixture.jsonl"), String.join("\n", FormatFixtures.lines()) + "\n");
        importer.importPaths(List.of(fixture), CorpusImporter.ImportProgress.NONE);
        navigate(DocumentsView.class);

        test($(Button.class).withText("Export…").single()).click();
        Select<GoldFormat> format = $(Select.class).withCaption("Format").single();
        test(format).selectItem("brat standoff (.txt + .ann + annotation.conf, zipped)");
        test($(Checkbox.class).withCaption("All documents (not only those marked done)").single()).click();
        Anchor download = $(Anchor.class).single();

        assertThat(download.isDownload()).isTrue();
        assertThat(download.getHref()).isNotBlank();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ComponentUtil.getData(download, ExportDialog.ExportDownload.class).writeTo(body);
        assertThat(entries(body.toByteArray())).containsExactly("annotation.conf", "k1.txt", "k1.ann", "k2.txt", "k2.ann");
        assertThat(ComponentUtil.getData(download, ExportDialog.ExportDownload.class).options().includePending()).isFalse();
    }

    private static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
