package org.goldset.suggestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.goldset.annotation.AnnotationLayers;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.DecisionMemory;
import org.goldset.annotation.EntityDraft;
import org.goldset.annotation.EntityService;
import org.goldset.annotation.EventSuggestionDraft;
import org.goldset.annotation.Layers;
import org.goldset.annotation.Origin;
import org.goldset.annotation.ReviewState;
import org.goldset.annotation.SuggestionResult;
import org.goldset.annotation.SuggestionStore;
import org.goldset.base.Json;
import org.goldset.corpus.Document;
import org.goldset.corpus.DocumentService;
import org.goldset.nlp.CoreNlpAnalyzer;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.schema.EventAttribute;
import org.goldset.suggestion.engine.EngineFailure;
import org.goldset.suggestion.engine.EngineRegistry;
import org.goldset.suggestion.engine.EntitySuggestion;
import org.goldset.suggestion.engine.EventProposal;
import org.goldset.suggestion.engine.EventSuggestionEngine;
import org.goldset.suggestion.engine.KnownEntity;
import org.goldset.suggestion.engine.SuggestionEngine;
import org.goldset.suggestion.engine.events.EventGrouping;
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Suggests entities for one document: analyses it once, asks every enabled engine, drops what
 * analysts rejected before, merges the rest and stores them as pending suggestions.
 */
@Service
public class SuggestionService {

    static final String ACTOR = "suggest";
    private static final JsonMapper JSON = Json.MAPPER;

    private final DocumentService documents;
    private final EntityService annotations;
    private final SuggestionStore store;
    private final EngineRegistry engines;
    private final CoreNlpAnalyzer analyzer;
    private final DecisionMemory memory;
    private final AnnotationLayers layers;
    private final EngineProblems problems;

    SuggestionService(DocumentService documents, EntityService annotations, SuggestionStore store, EngineRegistry engines,
                      CoreNlpAnalyzer analyzer, DecisionMemory memory, AnnotationLayers layers, EngineProblems problems) {
        this.layers = layers;
        this.problems = problems;
        this.documents = documents;
        this.annotations = annotations;
        this.store = store;
        this.engines = engines;
        this.analyzer = analyzer;
        this.memory = memory;
    }

    /** Events need CoreNLP's dependency parse; runs with only text-matching engines suggest no events. */
    public boolean suggestsEvents() {
        return !engines.enabledEventEngines().isEmpty() && engines.enabledEngines().stream().anyMatch(SuggestionEngine::needsLinguisticAnalysis);
    }

    /** Lets the engines fetch what they can in batches for these documents (see {@link SuggestionEngine#prepare}). */
    public void prepare(List<Long> documentIds) {
        List<SuggestionEngine> enabled = engines.enabledEngines().stream().filter(SuggestionEngine::prepares).toList();
        if (enabled.isEmpty()) {
            return; // the built-in engines need nothing ahead: the texts are not read twice
        }
        List<org.goldset.suggestion.engine.DocumentText> texts = documentIds.stream()
                .map(id -> documents.findDocument(id).map(document ->
                        new org.goldset.suggestion.engine.DocumentText(id, document.getText())).orElse(null))
                .filter(Objects::nonNull).toList();
        for (SuggestionEngine engine : enabled) {
            try {
                engine.prepare(texts);
            } catch (RuntimeException e) {
                // Preparing is an optimisation: each document is still asked for on its own.
                LoggerFactory.getLogger(SuggestionService.class).warn("Engine {} could not prepare a batch", engine.id(), e);
            }
        }
    }

    /** The merged suggestions for a document, without storing them. */
    public DocumentSuggestions computeSuggestions(long documentId) {
        Document document = documents.findDocument(documentId)
                .orElseThrow(() -> new IllegalArgumentException("document " + documentId + " does not exist"));
        List<SuggestionEngine> enabled = engines.enabledEngines();
        DocumentAnalysis analysis = enabled.stream().anyMatch(SuggestionEngine::needsLinguisticAnalysis)
                ? analyzer.analyze(documentId, document.getText(), document.getPublishedOn(), suggestsEvents())
                : new DocumentAnalysis(documentId, new TextOffsets(document.getText()),
                        document.getPublishedOn(), List.of(), List.of());
        DecisionMemory.Snapshot decisions = memory.current();
        List<SuggestionMerger.RankedProposal> proposals = new ArrayList<>();
        Set<String> failedEngines = new HashSet<>();
        for (int priority = 0; priority < enabled.size(); priority++) {
            SuggestionEngine engine = enabled.get(priority);
            List<EntitySuggestion> suggested;
            try {
                suggested = engine.suggest(analysis);
            } catch (EngineFailure failure) {
                // One engine's outage is its own: the others' suggestions go on, its earlier ones stay.
                failedEngines.add(engine.id());
                problems.failed(engine.id(), failure.getMessage());
                continue;
            }
            for (EntitySuggestion suggestion : suggested) {
                String covered = analysis.text().slice(suggestion.span().start(), suggestion.span().end());
                if (!decisions.isSuppressed(covered, suggestion.label())) {
                    proposals.add(new SuggestionMerger.RankedProposal(new MergedSuggestion.Proposal(engine.id(),
                            engine.version(), suggestion.span(), suggestion.label(), suggestion.score()), priority));
                }
            }
        }
        List<MergedSuggestion> merged = DocumentAliases.extend(
                SuggestionMerger.merge(nameParts(proposals, analysis.text())), analysis.text(),
                decisions::isSuppressed);
        List<EventSuggestionDraft> events = suggestsEvents() ? events(analysis, merged, failedEngines) : List.of();
        return new DocumentSuggestions(documentId, analysis.tokenCount(), merged, events, Set.copyOf(failedEngines));
    }

    /** Proposals that hold more than one mention, cut into them before the merge. */
    private static List<SuggestionMerger.RankedProposal> nameParts(List<SuggestionMerger.RankedProposal> proposals,
                                                                   org.goldset.text.TextOffsets text) {
        return CoordinatedNames.split(WeaponOwners.split(CountryInstitutions.split(proposals, text), text), text);
    }

    /**
     * Events over the entities the document will have: what analysts kept or imported first (an
     * argument then points at their entity, not at a suggestion their entity blocks), then these
     * suggestions.
     */
    private List<EventSuggestionDraft> events(DocumentAnalysis analysis, List<MergedSuggestion> merged,
                                              Set<String> failedEngines) {
        List<KnownEntity> known = new ArrayList<>();
        annotations.findEntities(analysis.documentId(), Layers.BASE).stream()
                .filter(mention -> mention.getStatus() != AnnotationStatus.REJECTED)
                .forEach(mention -> known.add(new KnownEntity(mention.getSpan(), mention.getLabel())));
        merged.forEach(suggestion -> known.add(new KnownEntity(suggestion.span(), suggestion.label())));
        Map<Span, String> normalizedDates = new HashMap<>();
        analysis.nerMentions().stream().filter(mention -> mention.normalized() != null)
                .forEach(mention -> normalizedDates.put(new Span(mention.start(), mention.end()), mention.normalized()));
        List<EventSuggestionDraft> drafts = new ArrayList<>();
        for (EventSuggestionEngine engine : engines.enabledEventEngines()) {
            List<EventProposal> proposals;
            try {
                proposals = engine.suggest(analysis, known);
            } catch (EngineFailure failure) {
                if (failedEngines.add(engine.id())) {
                    problems.failed(engine.id(), failure.getMessage());
                }
                continue;
            }
            List<String> groups = EventGrouping.group(proposals, analysis.text());
            for (int i = 0; i < proposals.size(); i++) {
                drafts.add(draft(engine, proposals.get(i), groups.get(i), normalizedDates));
            }
        }
        return drafts;
    }

    private static EventSuggestionDraft draft(EventSuggestionEngine engine, EventProposal event, String group,
                                              Map<Span, String> normalizedDates) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(EventAttribute.MODALITY.key(), JSON.writeValueAsString(event.modality()));
        attributes.put(EventAttribute.GROUP.key(), JSON.writeValueAsString(group));
        attributes.put(EventAttribute.CAMEO.key(), JSON.writeValueAsString(event.cameo()));
        event.arguments().stream().filter(argument -> argument.role().equals("Time"))
                .map(argument -> normalizedDates.get(argument.entity().span())).filter(Objects::nonNull)
                .findFirst().ifPresent(time -> attributes.put(EventAttribute.TIME.key(), JSON.writeValueAsString(time)));
        return new EventSuggestionDraft(event.type(), event.trigger(),
                Origin.engine(engine.id(), engine.version(), round(event.score())), attributes,
                event.arguments().stream().map(argument -> new EventSuggestionDraft.ArgumentBySpan(
                        argument.role(), argument.entity().span(), argument.entity().label())).toList());
    }

    /** The strings no longer suggested with a label, on the evidence of analysts' rejections. */
    public List<DecisionMemory.Suppression> suppressions() {
        return memory.current().suppressions();
    }

    /** Computes and stores the suggestions of one document; see {@link SuggestionStore#applySuggestions}. */
    public SuggestionResult suggest(long documentId) {
        return store(computeSuggestions(documentId));
    }

    /**
     * Stores computed suggestions in the shared layer, and in every analyst's layer of the document
     * still in progress (with the same rules: what they decided stays); see
     * {@link SuggestionStore#applySuggestions}. Counts what the shared layer gained and lost.
     */
    public SuggestionResult store(DocumentSuggestions suggestions) {
        SuggestionResult shared = storeIn(Layers.BASE, suggestions);
        for (String layer : layers.inProgress(suggestions.documentId())) {
            storeIn(layer, suggestions);
        }
        return shared;
    }

    private SuggestionResult storeIn(String layer, DocumentSuggestions suggestions) {
        SuggestionResult entities = store.applySuggestions(suggestions.documentId(), layer,
                toDrafts(suggestions.suggestions()), ACTOR, suggestions.failedEngines());
        if (!suggestsEvents()) {
            return entities;
        }
        return entities.plus(store.applyEventSuggestions(suggestions.documentId(), layer, suggestions.events(), ACTOR,
                suggestions.failedEngines()));
    }

    private static List<EntityDraft> toDrafts(List<MergedSuggestion> suggestions) {
        return suggestions.stream().map(suggestion -> new EntityDraft(null, suggestion.span(), suggestion.label(),
                ReviewState.pending(), Origin.engine(suggestion.engineId(), suggestion.engineVersion(),
                        round(suggestion.score())), null, null, enginesJson(suggestion), alternativesJson(suggestion)))
                .toList();
    }

    private static String enginesJson(MergedSuggestion suggestion) {
        return JSON.writeValueAsString(suggestion.provenance().stream().map(proposal -> ordered(
                "engine", proposal.engine(), "version", proposal.version(), "label", proposal.label(),
                "start", proposal.span().start(), "end", proposal.span().end(), "score", round(proposal.score())))
                .toList());
    }

    private static String alternativesJson(MergedSuggestion suggestion) {
        if (suggestion.alternatives().isEmpty()) {
            return null;
        }
        return JSON.writeValueAsString(suggestion.alternatives().stream().map(alternative -> ordered(
                "label", alternative.label(), "score", round(alternative.score()), "engines", alternative.engines()))
                .toList());
    }

    /** Key/value pairs in a stable order, so the stored JSON reads the same on every run. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** Scores are confidences; three decimals are plenty and keep exports stable and readable. */
    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    /** A document's merged suggestions and how many tokens were analysed to find them. */
    /** @param failedEngines the engines that could not suggest this time: their pending suggestions stay */
    public record DocumentSuggestions(long documentId, int tokens, List<MergedSuggestion> suggestions,
                                      List<EventSuggestionDraft> events, Set<String> failedEngines) {
    }
}
