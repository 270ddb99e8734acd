package org.goldset.importing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldset.annotation.AnnotationService;
import org.goldset.annotation.EntityDraft;
import org.goldset.annotation.EventDraft;
import org.goldset.annotation.ReviewState;
import org.goldset.annotation.Span;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.gold.GoldDocument;
import org.goldset.gold.GoldEntity;
import org.goldset.gold.GoldEvent;
import org.goldset.gold.GoldFormatException;
import org.goldset.gold.GoldJsonlParser;
import org.goldset.schema.AnnotationSchema;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one native gold JSONL file in two streaming passes: the first validates every line and
 * reports all problems (up to {@value #MAX_PROBLEMS_REPORTED}); only a clean file gets the second
 * pass, which stores it in a single transaction. Memory stays flat however long the file is.
 */
@Component
class JsonlFileImport {

    static final int MAX_PROBLEMS_REPORTED = 20;

    private final DocumentService documents;
    private final AnnotationService annotations;
    private final GoldJsonlParser parser;
    private final TransactionTemplate transaction;
    private final Clock clock;

    JsonlFileImport(DocumentService documents, AnnotationService annotations, AnnotationSchema schema,
                    TransactionTemplate transaction, Clock clock) {
        this.documents = documents;
        this.annotations = annotations;
        this.parser = new GoldJsonlParser(schema);
        this.transaction = transaction;
        this.clock = clock;
    }

    void importFile(Path file, ImportReport report) throws IOException {
        validate(file);
        transaction.executeWithoutResult(status -> {
            try {
                forEachLine(file, (line, lineNumber) -> store(parser.parse(line, lineNumber), lineNumber, file, report));
            } catch (IOException e) {
                throw new ImportFileException(0, "cannot read the file: " + e.getMessage());
            }
        });
    }

    private void validate(Path file) throws IOException {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        Map<String, String> hashOfId = new HashMap<>();
        forEachLine(file, (line, lineNumber) -> {
            if (problems.size() >= MAX_PROBLEMS_REPORTED) {
                return;
            }
            try {
                GoldDocument document = parser.parse(line, lineNumber);
                String hash = TextHash.of(document.text());
                String earlierHash = hashOfId.putIfAbsent(document.id(), hash);
                if (earlierHash != null && !earlierHash.equals(hash)) {
                    problems.add(new ImportProblem(file, lineNumber, "document id \"" + document.id()
                            + "\" was already used on line " + lineOfId.get(document.id()) + " for a different text"));
                }
                lineOfId.putIfAbsent(document.id(), lineNumber);
            } catch (GoldFormatException e) {
                problems.add(new ImportProblem(file, e.lineNumber(), e.getMessage().replaceFirst("^line \\d+: ", "")));
            }
        });
        if (lineOfId.isEmpty() && problems.isEmpty()) {
            throw new ImportFileException(0, "the file holds no documents");
        }
        if (!problems.isEmpty()) {
            throw new MultipleProblemsException(problems);
        }
    }

    private void store(GoldDocument gold, int lineNumber, Path file, ImportReport report) {
        String hash = TextHash.of(gold.text());
        Optional<Document> sameText = documents.findByTextHash(hash);
        if (sameText.isPresent()) {
            report.duplicateSkipped(file + ":" + lineNumber + ": same text as document "
                    + sameText.get().getExternalId());
            return;
        }
        if (documents.findByExternalId(gold.id()).isPresent()) {
            throw new ImportFileException(lineNumber, "document id \"" + gold.id()
                    + "\" is already in the corpus with a different text; nothing of this file was imported");
        }
        Document document = new Document(gold.id(), titleOf(gold), gold.text(), hash, clock.instant());
        document.setStatus(gold.status());
        document.setOutlet(gold.meta().outlet());
        document.setByline(gold.meta().byline());
        document.setPublishedOn(gold.meta().date());
        document.setUrl(gold.meta().url());
        document.setSourceFile(file.toString());
        document.getExtraMetadataJson().putAll(gold.meta().extraJson());
        document = documents.addDocument(document);
        annotations.storeAnnotations(document.getId(), entityDrafts(gold), eventDrafts(gold), "import:" + file.getFileName());
        report.documentImported(gold.entities().size(), gold.events().size());
    }

    private static String titleOf(GoldDocument gold) {
        if (gold.title() != null && !gold.title().isBlank()) {
            return gold.title();
        }
        return TextArticleReader.read(gold.text()).title();
    }

    private static List<EntityDraft> entityDrafts(GoldDocument gold) {
        return gold.entities().stream().map(entity -> new EntityDraft(entity.id(),
                new Span(entity.start(), entity.end()), entity.label(),
                new ReviewState(entity.status(), entity.decidedBy(), entity.decidedAt()),
                entity.origin().toOrigin(), entity.canonicalName(), entity.kbId(), entity.enginesJson(),
                entity.alternativesJson())).toList();
    }

    private static List<EventDraft> eventDrafts(GoldDocument gold) {
        List<EventDraft> drafts = new ArrayList<>();
        for (GoldEvent event : gold.events()) {
            List<EventDraft.ArgumentDraft> arguments = event.arguments().stream()
                    .map(argument -> new EventDraft.ArgumentDraft(argument.role(), argument.entity(),
                            new ReviewState(argument.status(), argument.decidedBy(), argument.decidedAt()),
                            argument.origin().toOrigin()))
                    .toList();
            drafts.add(new EventDraft(event.id(), event.type(), new Span(event.triggerStart(), event.triggerEnd()),
                    new ReviewState(event.status(), event.decidedBy(), event.decidedAt()), event.origin().toOrigin(),
                    event.attributesJson(), arguments));
        }
        return drafts;
    }

    /**
     * Streams the non-blank lines with their 1-based numbers. Each line's bytes are decoded on their
     * own, so a byte that is not UTF-8 is reported on the line where it really is.
     */
    private static void forEachLine(Path file, LineHandler handler) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream lineBytes = new ByteArrayOutputStream();
            int lineNumber = 0;
            int next;
            boolean more = true;
            while (more) {
                next = in.read();
                if (next != '\n' && next != -1) {
                    lineBytes.write(next);
                    continue;
                }
                more = next != -1;
                lineNumber++;
                if (lineBytes.size() > 0 || more) {
                    String line = decodeLine(lineBytes.toByteArray(), lineNumber);
                    if (!line.isBlank()) {
                        handler.handle(line, lineNumber);
                    }
                }
                lineBytes.reset();
            }
        }
    }

    private static String decodeLine(byte[] bytes, int lineNumber) {
        try {
            String line = StrictUtf8.decode(bytes);
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        } catch (ImportFileException e) {
            throw new ImportFileException(lineNumber, e.getMessage());
        }
    }

    @FunctionalInterface
    private interface LineHandler {
        void handle(String line, int lineNumber);
    }
}
