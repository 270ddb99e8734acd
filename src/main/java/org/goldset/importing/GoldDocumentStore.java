package org.goldset.importing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.goldset.annotation.EntityService;
import org.goldset.annotation.EntityDraft;
import org.goldset.annotation.EventDraft;
import org.goldset.annotation.ReviewState;
import org.goldset.annotation.Span;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.gold.GoldDocument;
import org.goldset.gold.GoldEvent;
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

    /** Stores a validated document, or skips it when its text is already in the corpus. */
    void store(GoldDocument gold, int lineNumber, Path file, ImportReport report) {
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
}
