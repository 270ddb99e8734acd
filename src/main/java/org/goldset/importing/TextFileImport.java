package org.goldset.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import org.goldset.base.Json;

/**
 * Imports one plain-text article. The stored text is the file's content unchanged (only a UTF-8
 * byte-order mark is removed), so offsets into the stored text are offsets into the file.
 */
@Component
class TextFileImport {

    private static final JsonMapper JSON = Json.MAPPER;

    private final DocumentService documents;
    private final TransactionTemplate transaction;
    private final Clock clock;

    TextFileImport(DocumentService documents, TransactionTemplate transaction, Clock clock) {
        this.documents = documents;
        this.transaction = transaction;
        this.clock = clock;
    }

    void importFile(Path file, ImportReport report) throws IOException {
        String text = StrictUtf8.decode(Files.readAllBytes(file));
        if (text.isBlank()) {
            throw new ImportFileException(0, "the file is empty");
        }
        String hash = TextHash.of(text);
        transaction.executeWithoutResult(status -> {
            Optional<Document> existing = documents.findByTextHash(hash);
            if (existing.isPresent()) {
                report.duplicateSkipped(file + ": same text as document " + existing.get().getExternalId());
                return;
            }
            TextArticleReader.ArticleHeader header = TextArticleReader.read(text);
            Document document = new Document(uniqueExternalId(file), header.title(), text, hash, clock.instant());
            document.setByline(header.byline());
            document.setPublishedOn(header.date());
            document.setOutlet(header.outlet());
            document.setSourceFile(file.toString());
            if (header.dateline() != null) {
                document.getExtraMetadataJson().put("dateline", JSON.writeValueAsString(header.dateline()));
            }
            documents.addDocument(document);
            report.documentImported(0, 0);
        });
    }

    /** The file name without extension; a different article under the same name gets a suffix. */
    private String uniqueExternalId(Path file) {
        String name = file.getFileName().toString();
        String base = name.substring(0, name.lastIndexOf('.'));
        String candidate = base;
        for (int n = 2; documents.findByExternalId(candidate).isPresent(); n++) {
            candidate = base + "~" + n;
        }
        return candidate;
    }
}
