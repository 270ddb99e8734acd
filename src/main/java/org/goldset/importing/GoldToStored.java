package org.goldset.importing;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldset.annotation.ImportedProvenance;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.EntityDraft;
import org.goldset.annotation.EventDraft;
import org.goldset.annotation.Origin;
import org.goldset.annotation.ReviewState;
import org.goldset.corpus.DocumentStatus;
import org.goldset.corpus.NewDocument;
import org.goldset.format.txt.TextArticleReader;
import org.goldset.gold.GoldDocument;
import org.goldset.gold.GoldEvent;
import org.goldset.gold.GoldOrigin;
import org.goldset.gold.GoldStatus;
import org.goldset.text.Span;

/** The exchange model in storage's terms: the one place an import maps gold types to stored ones. */
final class GoldToStored {

    private GoldToStored() {
    }

    /** The document to store; {@code status} replaces the file's when not null. */
    static NewDocument document(GoldDocument gold, String externalId, String textHash, Path file, Instant now,
                                DocumentStatus status) {
        return new NewDocument(externalId, titleOf(gold), gold.text(), textHash,
                status != null ? status : DocumentStatus.valueOf(gold.status().name()), gold.meta().outlet(), gold.meta().byline(),
                gold.meta().date(), gold.meta().url(), file.toString(), now, gold.meta().extraJson());
    }

    static String titleOf(GoldDocument gold) {
        if (gold.title() != null && !gold.title().isBlank()) {
            return gold.title();
        }
        return TextArticleReader.read(gold.text()).title();
    }

    static List<EntityDraft> entityDrafts(GoldDocument gold) {
        return gold.entities().stream().map(entity -> new EntityDraft(entity.id(),
                new Span(entity.start(), entity.end()), entity.label(),
                review(entity.status(), entity.decidedBy(), entity.decidedAt()),
                origin(entity.origin()), entity.canonicalName(), entity.kbId(), entity.enginesJson(),
                entity.alternativesJson())).toList();
    }

    static List<EventDraft> eventDrafts(GoldDocument gold) {
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

    /** What the line says about how its annotations were reached (a curated gold's export), by key. */
    static ImportedProvenance provenance(GoldDocument gold) {
        Map<String, String> entities = new HashMap<>();
        gold.entities().stream().filter(entity -> entity.provenanceJson() != null)
                .forEach(entity -> entities.put(entity.id(), entity.provenanceJson()));
        Map<String, String> events = new HashMap<>();
        Map<String, String> arguments = new HashMap<>();
        for (GoldEvent event : gold.events()) {
            if (event.provenanceJson() != null) {
                events.put(event.id(), event.provenanceJson());
            }
            for (int i = 0; i < event.arguments().size(); i++) {
                if (event.arguments().get(i).provenanceJson() != null) {
                    arguments.put(event.id() + "#" + i, event.arguments().get(i).provenanceJson());
                }
            }
        }
        return new ImportedProvenance(entities, events, arguments);
    }

    static ReviewState review(GoldStatus status, String decidedBy, Instant decidedAt) {
        return new ReviewState(AnnotationStatus.valueOf(status.name()), decidedBy, decidedAt);
    }

    static Origin origin(GoldOrigin origin) {
        return switch (origin.kind()) {
            case ENGINE -> Origin.engine(origin.engine(), origin.version(), origin.score());
            case MANUAL -> Origin.manual();
            case IMPORTED -> Origin.imported();
        };
    }
}
