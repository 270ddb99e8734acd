package org.goldset.suggestion.engine.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.goldset.nlp.AnalyzedSentence;
import org.goldset.nlp.AnalyzedToken;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.suggestion.engine.EntitySuggestion;
import org.goldset.text.Span;

/**
 * An acronym of three to six capitals that CoreNLP left untagged is, in this genre, nearly always
 * an organisation nobody's list has yet ("JNIM", "ISWAP" before any list knew them): it is suggested
 * as ORGANIZATION with a low score, as is a name led by an acronym ("CNSNews"). Common acronyms that
 * are no organisation (units, times, technologies, weapon systems, generic nouns such as "NGO",
 * treaties and laws such as "JCPOA") are left out, as are words of headlines set in capitals and of
 * datelines. Needs CoreNLP's analysis: without it nothing is suggested.
 */
final class UnknownAcronyms {

    private static final double SCORE = 0.6;
    private static final Set<String> NOT_ORGANIZATIONS = Set.of("UTC", "GMT", "EST", "EDT", "PST", "CET", "CEO", "CFO",
            "COO", "CTO", "GDP", "GPS", "DNA", "RNA", "HIV", "AIDS", "COVID", "SARS", "MERS", "NGO", "NGOS", "VIP", "FAQ",
            "USB", "PDF", "HTML", "HTTP", "HTTPS", "URL", "API", "SMS", "MMS", "LED", "LCD", "ATM", "PIN", "RPG", "IED",
            "UAV", "ICBM", "IRBM", "SLBM", "MLRS", "APC", "IFV", "SAM", "ATACMS", "GMLRS", "JDAM", "JASSM", "NASAMS", "NLAW",
            "THAAD", "MANPADS", "HIMARS", "LNG", "LPG", "OIL", "CPI", "ETF", "IPO", "VAT",
            "TNT", "EMP", "AKA", "ASAP", "DIY", "LGBT", "LGBTQ", "MP", "MPS", "PHD", "MBA", "ICU", "ER", "TV", "AM", "PM",
            "THE", "AND", "FOR", "NOT", "BUT", "YOU", "WHO", "ISO", "CVE", "KM", "KG", "MPH", "KPH", "MM", "CM",
            "ISBN", "ID", "OK", "USD", "EUR", "GBP", "RMB", "CNY", "JPY", "RUB", "IRR", "BTC", "UFO", "POW", "POWS",
            "IDP", "IDPS", "MIA", "KIA", "WMD", "WMDS", "CBRN", "AWOL", "SOS", "RIP", "BC", "AD", "BCE", "CE",
            // treaties, laws and legal categories: names of documents, not of organisations
            "JCPOA", "NPT", "CTBT", "START", "SALT", "INF", "CFE", "TPNW", "CAATSA", "NDAA", "AUMF", "ITAR", "GDPR",
            "CARES", "FTO", "FTOS", "SDGT", "SDN", "ICCPR", "UNCLOS", "UNSCR");

    /**
     * A name that starts with an acronym and goes on in lower case ("CNSNews", "KCNAWatch"): an outlet
     * or a company. Plural acronyms ("NGOs", "MPs") and names such as "McCain" do not match.
     */
    private static final Pattern ACRONYM_LED_NAME = Pattern.compile("[A-Z]{2,}[a-z]{2,}(?:[A-Z][a-z]*)*");

    private UnknownAcronyms() {
    }

    static List<EntitySuggestion> find(DocumentAnalysis analysis, List<EntitySuggestion> datelines) {
        List<EntitySuggestion> suggestions = new ArrayList<>();
        for (AnalyzedSentence sentence : analysis.sentences()) {
            if (mostlyCapitals(sentence)) {
                continue;
            }
            for (AnalyzedToken token : sentence.tokens()) {
                String word = token.word();
                if ((isAcronym(word) || ACRONYM_LED_NAME.matcher(word).matches())
                        && "O".equals(token.ner()) && !NOT_ORGANIZATIONS.contains(word)
                        && datelines.stream().noneMatch(dateline -> dateline.span().start() <= token.start()
                                && token.end() <= dateline.span().end())) {
                    suggestions.add(new EntitySuggestion(new Span(token.start(), token.end()), "ORGANIZATION", SCORE));
                }
            }
        }
        return suggestions;
    }

    private static boolean isAcronym(String word) {
        return word.length() >= 3 && word.length() <= 6 && word.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** A headline or shout in capitals: its words are no acronyms. */
    private static boolean mostlyCapitals(AnalyzedSentence sentence) {
        long words = sentence.tokens().stream().filter(token -> Character.isLetter(token.word().charAt(0))).count();
        long capitals = sentence.tokens().stream().filter(token -> token.word().length() > 1
                && token.word().chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))
                && Character.isLetter(token.word().charAt(0))).count();
        return words > 0 && capitals * 2 > words;
    }
}
