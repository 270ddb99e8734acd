package org.goldset.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldset.annotation.AnnotationPages;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.ArgumentSnapshot;
import org.goldset.annotation.EntitySnapshot;
import org.goldset.annotation.EventSnapshot;
import org.goldset.annotation.Origin;
import org.goldset.corpus.DocumentStatus;
import org.goldset.corpus.StoredDocument;
import org.goldset.format.ExportWarnings;
import org.goldset.gold.GoldDocument;
import org.goldset.gold.GoldDocumentStatus;
import org.goldset.gold.GoldEntity;
import org.goldset.gold.GoldEvent;
import org.goldset.gold.GoldMetadata;
import org.goldset.gold.GoldOrigin;
import org.goldset.gold.GoldStatus;
import org.goldset.text.TextOffsets;

/** Turns a stored document and the annotations chosen for export into the gold model. */
final class GoldDocumentAssembler {

    private GoldDocumentAssembler() {
    }

    /** Why an argument is left out of an export although its own status is included. */
    static final String ARGUMENT_LEFT_OUT = "argument left out: its entity is not in this export (pending or rejected)";

    static GoldDocument assemble(StoredDocument document, AnnotationPages.Page page, Set<AnnotationStatus> included,
                                 ExportWarnings leftOut) {
        List<EntitySnapshot> entities = page.entitiesOf(document.id());
        List<EventSnapshot> events = page.eventsOf(document.id());
        TextOffsets text = new TextOffsets(document.text());
        Ids ids = new Ids(entities, events);
        List<GoldEntity> goldEntities = new ArrayList<>();
        Map<Long, String> exportedEntityIds = new HashMap<>();
        for (EntitySnapshot entity : entities) {
            String id = ids.of(entity);
            exportedEntityIds.put(entity.id(), id);
            goldEntities.add(new GoldEntity(id, entity.span().start(), entity.span().end(), entity.label(),
                    text.slice(entity.span().start(), entity.span().end()), status(entity.status()),
                    origin(entity.origin()), entity.review().getDecidedBy(), entity.review().getDecidedAt(),
                    entity.canonicalName(), entity.kbId(), entity.enginesJson(), entity.alternativesJson(),
                    page.entityProvenance(entity.id())));
        }
        List<GoldEvent> goldEvents = new ArrayList<>();
        for (EventSnapshot event : events) {
            List<GoldEvent.GoldArgument> arguments = new ArrayList<>();
            for (ArgumentSnapshot argument : event.arguments()) {
                AnnotationStatus status = argument.review().getStatus();
                String entityId = exportedEntityIds.get(argument.entityId());
                if (entityId == null && included.contains(status)) {
                    leftOut.add(ARGUMENT_LEFT_OUT);
                }
                if (entityId != null && included.contains(status)) {
                    arguments.add(new GoldEvent.GoldArgument(argument.role(), entityId, status(status),
                            origin(argument.origin()), argument.review().getDecidedBy(),
                            argument.review().getDecidedAt(), page.argumentProvenance(argument.id())));
                }
            }
            goldEvents.add(new GoldEvent(ids.of(event), event.type(), event.trigger().start(), event.trigger().end(),
                    text.slice(event.trigger().start(), event.trigger().end()), arguments, status(event.status()),
                    origin(event.origin()), event.review().getDecidedBy(), event.review().getDecidedAt(),
                    event.attributes(), page.eventProvenance(event.id())));
        }
        GoldMetadata meta = new GoldMetadata(document.outlet(), document.byline(), document.publishedOn(),
                document.url(), document.extraMetadataJson());
        return new GoldDocument(document.externalId(), document.title(), document.text(), meta,
                status(document.status()), goldEntities, goldEvents, null);
    }

    // Switches, not valueOf(name()): they run for every annotation of the corpus, and a new constant
    // on either side fails to compile here instead of at export time.
    private static GoldStatus status(AnnotationStatus status) {
        return switch (status) {
            case PENDING -> GoldStatus.PENDING;
            case ACCEPTED -> GoldStatus.ACCEPTED;
            case REJECTED -> GoldStatus.REJECTED;
        };
    }

    private static GoldDocumentStatus status(DocumentStatus status) {
        return switch (status) {
            case NEW -> GoldDocumentStatus.NEW;
            case IN_REVIEW -> GoldDocumentStatus.IN_REVIEW;
            case CURATING -> GoldDocumentStatus.CURATING;
            case DONE -> GoldDocumentStatus.DONE;
        };
    }

    private static GoldOrigin origin(Origin origin) {
        GoldOrigin.Kind kind = switch (origin.getKind()) {
            case ENGINE -> GoldOrigin.Kind.ENGINE;
            case MANUAL -> GoldOrigin.Kind.MANUAL;
            case IMPORTED -> GoldOrigin.Kind.IMPORTED;
        };
        return new GoldOrigin(kind, origin.getEngineId(), origin.getEngineVersion(), origin.getScore());
    }

    /**
     * Annotation ids in the export: the id an annotation had in its source file when there was one,
     * otherwise one made from its database id, never clashing with the imported ones.
     */
    private static final class Ids {
        private final List<EntitySnapshot> entities;
        private final List<EventSnapshot> events;
        /** Every id in use; gathered on the first id to make (imported corpora never need one). */
        private Set<String> taken;

        Ids(List<EntitySnapshot> entities, List<EventSnapshot> events) {
            this.entities = entities;
            this.events = events;
        }

        String of(EntitySnapshot entity) {
            return entity.externalId() != null ? entity.externalId() : fresh("T" + entity.id());
        }

        String of(EventSnapshot event) {
            return event.externalId() != null ? event.externalId() : fresh("E" + event.id());
        }

        private String fresh(String candidate) {
            if (taken == null) {
                taken = new HashSet<>();
                entities.forEach(entity -> addIfPresent(entity.externalId()));
                events.forEach(event -> addIfPresent(event.externalId()));
            }
            String id = candidate;
            while (!taken.add(id)) {
                id = id + "'";
            }
            return id;
        }

        private void addIfPresent(String id) {
            if (id != null) {
                taken.add(id);
            }
        }
    }
}
