package org.goldset.suggestion.engine.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.EventType;
import org.goldset.suggestion.engine.EventProposal;
import org.goldset.suggestion.engine.EventSuggestionEngine;
import org.goldset.suggestion.engine.KnownEntity;
import org.goldset.text.Span;

/**
 * The event side of an HTTP engine (enabled by listing its id in
 * {@code goldset.suggestion.event-engines}): a span the backend labels with an event type is a
 * trigger, and a relation from it to a span the document has as an entity is an argument, in the
 * role the relation's label names when the type has that role. Uses the same answer as the entity
 * side, so a document costs one request. The backend says nothing of modality: "asserted".
 */
final class HttpEventEngine implements EventSuggestionEngine {

    private final HttpEngine engine;
    private final AnnotationSchema schema;

    HttpEventEngine(HttpEngine engine, AnnotationSchema schema) {
        this.engine = engine;
        this.schema = schema;
    }

    @Override
    public String id() {
        return engine.id();
    }

    @Override
    public String version() {
        return engine.version();
    }

    @Override
    public List<EventProposal> suggest(DocumentAnalysis analysis, List<KnownEntity> entities) {
        LabelStudioAnswer answer = engine.answerFor(analysis);
        Map<String, Span> spansById = new HashMap<>();
        Map<Span, KnownEntity> known = new HashMap<>();
        entities.forEach(entity -> known.put(entity.span(), entity));
        for (LabelStudioAnswer.Span span : answer.spans()) {
            Span checked = HttpEngine.codePoints(span, analysis.text());
            if (span.id() != null && checked != null) {
                spansById.put(span.id(), checked);
            }
        }
        List<EventProposal> proposals = new ArrayList<>();
        for (LabelStudioAnswer.Span span : answer.spans()) {
            Optional<EventType> type = schema.eventType(engine.schemaLabel(span.label()));
            Span trigger = span.id() == null ? null : spansById.get(span.id());
            if (type.isEmpty() || trigger == null) {
                continue;
            }
            List<EventProposal.ArgumentProposal> arguments = new ArrayList<>();
            for (LabelStudioAnswer.Relation relation : answer.relations()) {
                KnownEntity filler = relation.fromId().equals(span.id()) ? known.get(spansById.get(relation.toId())) : null;
                if (filler != null && type.get().role(relation.label())
                        .filter(role -> role.accepts().isEmpty() || role.accepts().contains(filler.label())).isPresent()) {
                    arguments.add(new EventProposal.ArgumentProposal(relation.label(), filler));
                }
            }
            proposals.add(new EventProposal(trigger, type.get().name(),
                    type.get().cameoCodes().isEmpty() ? null : type.get().cameoCodes().getFirst(), "asserted",
                    span.score() == null ? 0.5 : Math.max(0, Math.min(1, span.score())), arguments));
        }
        return proposals;
    }
}
