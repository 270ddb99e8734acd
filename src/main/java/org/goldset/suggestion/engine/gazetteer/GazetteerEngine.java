package org.goldset.suggestion.engine.gazetteer;

import java.util.List;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.schema.AnnotationSchema;
import org.goldset.suggestion.engine.EntitySuggestion;
import org.goldset.suggestion.engine.SuggestionEngine;
import org.springframework.stereotype.Component;

/**
 * Suggests the entities of a built-in domain list ({@code gazetteer/entities.tsv}): armed groups,
 * agencies, capitals and conflict cities, regions, nationalities and groups, weapons. It fixes what
 * CoreNLP gets wrong in this genre (e.g. "Revolutionary Guards" as an ideology, "Tehran" as a
 * non-political location) and gives WEAPON, which CoreNLP does not know, its common nouns.
 */
@Component
class GazetteerEngine implements SuggestionEngine {

    static final String ID = "gazetteer";
    static final String RESOURCE = "/gazetteer/entities.tsv";
    private static final double SCORE = 0.9;

    private final NameList list;

    GazetteerEngine(AnnotationSchema schema) {
        this.list = new NameList(RESOURCE, schema, SCORE);
    }

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
        return list.version();
    }

    @Override
    public List<EntitySuggestion> suggest(DocumentAnalysis analysis) {
        return list.findAll(analysis.text()).stream()
                .map(match -> new EntitySuggestion(match.span(), match.label(), match.score()))
                .toList();
    }
}
