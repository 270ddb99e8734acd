package org.goldset.importing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.EntityDraft;
import org.goldset.annotation.EntityService;
import org.goldset.annotation.EventDraft;
import org.goldset.annotation.Origin;
import org.goldset.annotation.ReviewState;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.corpus.DocumentStatus;
import org.goldset.format.ImportFileException;
import org.goldset.format.txt.TextArticleReader;
import org.goldset.gold.GoldDocument;
import org.goldset.gold.GoldEvent;
import org.goldset.gold.GoldOrigin;
import org.goldset.gold.GoldStatus;
import org.goldset.text.Span;
import org.springframework.stereotype.Component;

/**
 * Stores validated gold documents with their annotations, whatever format they came in. Called
 * inside the importing file's single transaction; a text already in the corpus is skipped.
 */
@Component
class GoldDocumentStore {

    private final DocumentService documents;
    private final EntityService annotations;
    private final Clock clock;

    GoldDocumentStore(DocumentService documents, EntityService annotations, Clock clock) {
        this.documents = documents;
        this.annotations = annotations;
        this.clock = clock;
    }

    /** Where a document was read: a file and its line, 0 when the file is the document. */
    record Where(Path file, int line) {
        @Override
        public String toString() {
            return line > 0 ? file + ":" + line : file.toString();
        }
    }

    /**
     * Stores a validated document, or skips it when its text is already in the corpus. An id already
     * taken by another text refuses the file, unless ids are file names (plain-text articles): then
     * the new article is stored under the name with a suffix ({@code name~2}).
     */
    void store(GoldDocument gold, Where where, boolean idFromFileName, ImportReport report) {
        String hash = TextHash.of(gold.text());
        Optional<Document> sameText = documents.findByTextHash(hash);
        if (sameText.isPresent()) {
            report.duplicateSkipped(where + ": same text as document " + sameText.get().getExternalId());
            return;
        }
        String id = idFromFileName ? unusedId(gold.id()) : gold.id();
        if (documents.findByExternalId(id).isPresent()) {
            throw new ImportFileException(where.line(), "document id \"" + id
                    + "\" is already in the corpus with a different text; nothing of this file was imported");
        }
        Path file = where.file();
        Document document = new Document(id, titleOf(gold), gold.text(), hash, clock.instant());
        document.setStatus(DocumentStatus.valueOf(gold.status().name()));
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

    private String unusedId(String base) {
        String candidate = base;
        for (int n = 2; documents.findByExternalId(candidate).isPresent(); n++) {
            candidate = base + "~" + n;
        }
        return candidate;
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
                review(entity.status(), entity.decidedBy(), entity.decidedAt()),
                origin(entity.origin()), entity.canonicalName(), entity.kbId(), entity.enginesJson(),
                entity.alternativesJson())).toList();
    }

    private static List<EventDraft> eventDrafts(GoldDocument gold) {
        List<EventDraft> drafts = new ArrayList<>();
        for (GoldEvent event : gold.events()) {
            List<EventDraft.ArgumentDraft> arguments = event.arguments().stream()
                    .map(argument -> new EventDraft.ArgumentDraft(argument.role(), argument.entity(),
                            review(argument.status(), argument.decidedBy(), argument.decidedAt()),
                            origin(argument.origin())))
                    .toList();
            drafts.add(new EventDraft(event.id(), event.type(), new Span(event.triggerStart(), event.triggerEnd()),
                    review(event.status(), event.decidedBy(), event.decidedAt()), origin(event.origin()),
                    event.attributesJson(), arguments));
        }
        return drafts;
    }

    private static ReviewState review(GoldStatus status, String decidedBy, java.time.Instant decidedAt) {
        return new ReviewState(AnnotationStatus.valueOf(status.name()), decidedBy, decidedAt);
    }

    private static Origin origin(GoldOrigin origin) {
        return switch (origin.kind()) {
            case ENGINE -> Origin.engine(origin.engine(), origin.version(), origin.score());
            case MANUAL -> Origin.manual();
            case IMPORTED -> Origin.imported();
        };
    }
}
