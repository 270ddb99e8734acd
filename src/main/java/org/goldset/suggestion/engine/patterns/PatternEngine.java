package org.goldset.suggestion.engine.patterns;

import java.util.ArrayList;
import java.util.List;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.suggestion.engine.EntitySuggestion;
import org.goldset.suggestion.engine.SuggestionEngine;
import org.springframework.stereotype.Component;

/**
 * Entities recognised by their shape rather than from a list or a model: facility names, weapon
 * noun phrases and designations, hacking-group designations, institutions' names, names with an
 * acronym defined after them, natural features and settlements ("the town of X"), datelines, acronyms
 * CoreNLP left untagged. Each pattern set is its own class; this engine runs them all. It needs no analysis of its own, but uses CoreNLP's when the run
 * has one (to tell a nationality or a sentence's first word from a name).
 */
@Component
class PatternEngine implements SuggestionEngine {

    static final String ID = "patterns";
    /** Bump whenever a pattern changes, so pending suggestions are refreshed. */
    static final String VERSION = "6";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean needsLinguisticAnalysis() {
        return false;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public List<EntitySuggestion> suggest(DocumentAnalysis analysis) {
        List<EntitySuggestion> suggestions = new ArrayList<>(FacilityPatterns.find(analysis));
        suggestions.addAll(WeaponPhrases.find(analysis));
        suggestions.addAll(GroupDesignations.find(analysis));
        suggestions.addAll(OrganisationNames.find(analysis));
        suggestions.addAll(DefinedAcronyms.find(analysis));
        suggestions.addAll(PlaceShapes.find(analysis));
        List<EntitySuggestion> datelines = Datelines.find(analysis);
        suggestions.addAll(datelines);
        suggestions.addAll(UnknownAcronyms.find(analysis, datelines));
        return suggestions;
    }
}
