package org.goldset.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.EntityMention;
import org.goldset.annotation.Event;
import org.goldset.annotation.EventArgument;
import org.goldset.annotation.Origin;
import org.goldset.corpus.Document;
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

    static GoldDocument assemble(Document document, List<EntityMention> entities, List<Event> events,
                                 Set<AnnotationStatus> included, ExportWarnings leftOut) {
        TextOffsets text = new TextOffsets(document.getText());
        Ids ids = new Ids(entities, events);
        List<GoldEntity> goldEntities = new ArrayList<>();
        Map<Long, String> exportedEntityIds = new HashMap<>();
        for (EntityMention entity : entities) {
            String id = ids.of(entity);
            exportedEntityIds.put(entity.getId(), id);
            goldEntities.add(new GoldEntity(id, entity.getSpan().start(), entity.getSpan().end(), entity.getLabel(),
                    text.slice(entity.getSpan().start(), entity.getSpan().end()), status(entity.getStatus()),
                    origin(entity.getOrigin()), entity.getReview().getDecidedBy(),
                    entity.getReview().getDecidedAt(), entity.getCanonicalName(), entity.getKbId(),
                    entity.getEnginesJson(), entity.getAlternativesJson()));
        }
        List<GoldEvent> goldEvents = new ArrayList<>();
        for (Event event : events) {
            List<GoldEvent.GoldArgument> arguments = new ArrayList<>();
            for (EventArgument argument : event.getArguments()) {
                String entityId = exportedEntityIds.get(argument.getEntity().getId());
                if (entityId == null && included.contains(argument.getStatus())) {
                    leftOut.add(ARGUMENT_LEFT_OUT);
                }
                if (entityId != null && included.contains(argument.getStatus())) {
                    arguments.add(new GoldEvent.GoldArgument(argument.getRole(), entityId, status(argument.getStatus()),
                            origin(argument.getOrigin()), argument.getReview().getDecidedBy(),
                            argument.getReview().getDecidedAt()));
                }
            }
            goldEvents.add(new GoldEvent(ids.of(event), event.getType(), event.getTrigger().start(),
                    event.getTrigger().end(), text.slice(event.getTrigger().start(), event.getTrigger().end()),
                    arguments, status(event.getStatus()), origin(event.getOrigin()),
                    event.getReview().getDecidedBy(), event.getReview().getDecidedAt(), event.getAttributesJson()));
        }
        GoldMetadata meta = new GoldMetadata(document.getOutlet(), document.getByline(), document.getPublishedOn(),
                document.getUrl(), document.getExtraMetadataJson());
        return new GoldDocument(document.getExternalId(), document.getTitle(), document.getText(), meta,
                GoldDocumentStatus.valueOf(document.getStatus().name()), goldEntities, goldEvents);
    }

    private static GoldStatus status(AnnotationStatus status) {
        return GoldStatus.valueOf(status.name());
    }

    private static GoldOrigin origin(Origin origin) {
        return new GoldOrigin(GoldOrigin.Kind.valueOf(origin.getKind().name()), origin.getEngineId(),
                origin.getEngineVersion(), origin.getScore());
    }

    /**
     * Annotation ids in the export: the id an annotation had in its source file when there was one,
     * otherwise one made from its database id, never clashing with the imported ones.
     */
    private static final class Ids {
        private final Set<String> taken = new HashSet<>();

        Ids(List<EntityMention> entities, List<Event> events) {
            entities.forEach(entity -> addIfPresent(entity.getExternalId()));
            events.forEach(event -> addIfPresent(event.getExternalId()));
        }

        String of(EntityMention entity) {
            return entity.getExternalId() != null ? entity.getExternalId() : fresh("T" + entity.getId());
        }

        String of(Event event) {
            return event.getExternalId() != null ? event.getExternalId() : fresh("E" + event.getId());
        }

        private String fresh(String candidate) {
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
