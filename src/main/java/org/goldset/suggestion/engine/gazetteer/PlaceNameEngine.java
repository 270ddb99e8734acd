package org.goldset.suggestion.engine.gazetteer;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.schema.AnnotationSchema;
import org.goldset.suggestion.engine.EntitySuggestion;
import org.goldset.suggestion.engine.SuggestionEngine;
import org.goldset.text.PhraseMatcher;
import org.springframework.stereotype.Component;

/**
 * GPE from a world list of place names ({@code gazetteer/places.tsv}: countries with their other
 * names, first-level regions, cities of 50,000 people or more; from GeoNames, CLDR and
 * i18n-iso-countries, see {@code gazetteer/NOTICE-places.txt} and {@code docs/gazetteer/}). It
 * names the towns and provinces CoreNLP's lists lack, and makes them GPE where CoreNLP could only
 * say LOCATION. Many places share a name with a person ("Hamilton", "Hassan"): a match CoreNLP took
 * for (part of) a person is left to CoreNLP.
 */
@Component
class PlaceNameEngine implements SuggestionEngine {

    static final String ID = "places";
    static final String RESOURCE = "/gazetteer/places.tsv";
    private static final double SCORE = 0.85;

    private final NameList list;

    PlaceNameEngine(AnnotationSchema schema) {
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
        // CoreNLP's mentions never overlap: the last person starting before a match's end is the
        // only one that can overlap it (one lookup per match, whatever the document's size).
        TreeMap<Integer, Integer> people = new TreeMap<>();
        analysis.nerMentions().stream().filter(mention -> mention.type().equals("PERSON"))
                .forEach(mention -> people.put(mention.start(), mention.end()));
        return list.findAll(analysis.text()).stream()
                .filter(match -> !isPartOfAPerson(people, match))
                .map(match -> new EntitySuggestion(match.span(), match.label(), match.score()))
                .toList();
    }

    private static boolean isPartOfAPerson(TreeMap<Integer, Integer> people, PhraseMatcher.Match match) {
        Map.Entry<Integer, Integer> person = people.lowerEntry(match.span().end());
        return person != null && person.getValue() > match.span().start();
    }
}
