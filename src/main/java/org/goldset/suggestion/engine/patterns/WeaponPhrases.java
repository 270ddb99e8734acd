package org.goldset.suggestion.engine.patterns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goldset.nlp.AnalyzedSentence;
import org.goldset.nlp.AnalyzedToken;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.suggestion.engine.EntitySuggestion;
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;

/**
 * WEAPON as the whole noun phrase our guidelines mark: a weapon head noun with the modifiers that
 * say which weapon it is ("anti-ship cruise missiles", "Tomahawk cruise missiles", "long-range
 * ATACMS missiles", "explosive-laden drones"), without determiners or numbers; and a system's
 * designation on its own ("Hwasong-12", "Shahed-136"). The gazetteer knows the common phrases; this
 * finds their longer forms, which then win the merge. Military vehicles count as weapons ("military
 * aircraft", "Mi-35 helicopter"); their heads, like all heads here, are suggested only with a
 * modifier, so a bare "jet" or "tanks" is not; warships too ("guided-missile destroyers"). "Systems"
 * and "batteries" are weapons only right after a weapon's word ("air defense systems", "S-300 systems").
 */
final class WeaponPhrases {

    private static final double SCORE = 0.8;
    private static final Pattern HEAD = Pattern.compile("\\b(?i:missiles?|rockets?|drones?|bombs?|shells?|rifles?"
            + "|guns?|grenades?|landmines?|mines|torpedo(?:es)?|munitions?|warheads?|launchers?|interceptors?"
            + "|mortars?|howitzers?|artillery|explosives|UAVs?|IEDs?|ICBMs?|MANPADS"
            + "|aircraft|helicopters?|gunships?|jets?|bombers?|warplanes?|warships?|destroyers?|frigates?|corvettes?"
            + "|submarines?|tanks|vehicles|systems?|batteries)\\b");
    /** Words so general that only a weapon's word right before them makes a weapon: "air defense systems". */
    private static final Set<String> GENERAL_HEADS = Set.of("system", "systems", "batteries");
    private static final Set<String> SYSTEM_MODIFIERS = Set.of("defense", "defence", "air-defense", "air-defence",
            "missile", "rocket", "weapon", "weapons", "launch", "artillery", "interceptor", "anti-aircraft",
            "anti-missile", "anti-drone", "anti-ship", "anti-tank");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\S+)\\s+$");
    /** Modifiers that say which weapon: "ballistic", "cruise", "anti-ship", "long-range". */
    private static final Set<String> MODIFIERS = Set.of("ballistic", "cruise", "guided", "hypersonic", "supersonic",
            "subsonic", "intercontinental", "tactical", "strategic", "nuclear", "chemical", "biological", "armed",
            "attack", "kamikaze", "suicide", "unmanned", "explosive", "incendiary", "cluster", "sniper", "assault",
            "machine", "improvised", "roadside", "car", "truck", "artillery", "mortar", "rocket", "missile", "drone",
            "interceptor", "naval", "barrel", "phosphorus", "white", "thermobaric", "vacuum", "smart", "loitering",
            "automatic", "semi-automatic", "heavy", "light", "anti-tank", "anti-aircraft", "anti-ship", "anti-personnel",
            "anti-radiation", "anti-armor", "anti-armour", "ground-launched", "air-launched", "sea-launched",
            "submarine-launched", "precision", "air-defense", "air-defence", "guided-missile", "anti-missile", "anti-drone", "defense", "defence", "attack-drone",
            "military", "fighter", "combat", "stealth", "battle", "helicopter", "reconnaissance", "fighting", "infantry",
            "surveillance", "spy", "armored", "armoured", "air");
    /** Hyphenated modifiers by their ending: "long-range", "laser-guided", "shoulder-fired", "explosive-laden". */
    private static final Pattern HYPHENATED_MODIFIER = Pattern.compile(
            "[a-z]+(?:-[a-z]+)*-(?:range|guided|fired|laden|launched|propelled|capable|tipped|armed|to-air|to-surface"
                    + "|to-ground|to-ship|to-air)|anti-[a-z]+");
    /** A system's designation: letters, a hyphen and a number ("Hwasong-12", "Kh-101", "Shahed-136"). */
    private static final Pattern DESIGNATION = Pattern.compile("\\b[A-Z][A-Za-z]{0,9}-\\d{1,4}[A-Z]{0,3}\\b");
    /** Prefixes of number-names that are not weapons. */
    private static final Set<String> NOT_WEAPON_PREFIXES = Set.of("COVID", "Covid", "SARS", "MERS", "G", "P", "H", "N",
            "Vision", "Article", "Resolution", "Flight", "Route", "Highway", "Section", "Chapter", "CVE", "ISO", "UTC",
            "GMT", "No", "Line", "Unit", "Boeing", "Airbus", "Apollo", "Soyuz", "Falcon", "Artemis", "Windows", "Form",
            "Level", "Category", "Class", "Grade", "Phase", "Stage", "Year", "Act", "Law", "Bill", "Top", "Under", "Over",
            "Group", "COP", "K");
    private static final int MAX_MODIFIERS = 4;
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "these", "those", "its",
            "their", "his", "her", "our", "some", "any", "no", "each", "every", "another");

    private WeaponPhrases() {
    }

    static List<EntitySuggestion> find(DocumentAnalysis analysis) {
        TextOffsets offsets = analysis.text();
        String text = offsets.text();
        List<EntitySuggestion> suggestions = new ArrayList<>();
        Map<Integer, AnalyzedToken> tokens = new HashMap<>();
        Set<Integer> sentenceStarts = new HashSet<>();
        for (AnalyzedSentence sentence : analysis.sentences()) {
            sentence.tokens().forEach(token -> tokens.put(token.start(), token));
            sentenceStarts.add(sentence.start());
        }
        Matcher head = HEAD.matcher(text);
        while (head.find()) {
            int start = head.start();
            if (GENERAL_HEADS.contains(head.group().toLowerCase(java.util.Locale.ROOT))
                    && !followsSystemModifier(text, start)) {
                continue;
            }
            for (int taken = 0; taken < MAX_MODIFIERS; taken++) {
                Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, start - 40), start));
                if (!before.find() || before.group(1).contains("\n")) {
                    break;
                }
                String word = before.group(1);
                int wordStart = start - (before.end() - before.start());
                int codePointStart = offsets.toCodePoints(wordStart);
                if (!isModifier(word, tokens.get(codePointStart), sentenceStarts.contains(codePointStart))) {
                    break;
                }
                start = wordStart;
            }
            if (start < head.start()) {
                suggestions.add(new EntitySuggestion(new Span(offsets.toCodePoints(start),
                        offsets.toCodePoints(head.end())), "WEAPON", SCORE));
            }
        }
        Matcher designation = DESIGNATION.matcher(text);
        while (designation.find()) {
            String prefix = designation.group().substring(0, designation.group().indexOf('-'));
            if (!NOT_WEAPON_PREFIXES.contains(prefix) && !prefix.matches("[A-Z]")) {
                suggestions.add(new EntitySuggestion(new Span(offsets.toCodePoints(designation.start()),
                        offsets.toCodePoints(designation.end())), "WEAPON", SCORE));
            }
        }
        return suggestions;
    }

    /** "air defense systems", "S-300 systems", "Patriot batteries": a weapon's word right before the head. */
    private static boolean followsSystemModifier(String text, int headStart) {
        Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, headStart - 40), headStart));
        if (!before.find()) {
            return false;
        }
        String word = before.group(1);
        return SYSTEM_MODIFIERS.contains(word.toLowerCase(java.util.Locale.ROOT))
                || DESIGNATION.matcher(word).matches() && !NOT_WEAPON_PREFIXES.contains(word.substring(0, word.indexOf('-')));
    }

    /**
     * A word that says which weapon: a known modifier, a hyphenated one, a designation, or — when
     * CoreNLP's analysis is at hand — a proper noun it did not take for a country, group, person,
     * nationality or date ("Tomahawk", "ATACMS", not "Iranian" or "Hamas"), and not a sentence's first word.
     */
    private static boolean isModifier(String word, AnalyzedToken token, boolean sentenceStart) {
        String plain = Character.toLowerCase(word.charAt(0)) + word.substring(1); // "Military aircraft" opening a sentence
        if (DETERMINERS.contains(plain)) {
            return false; // "BAGHDAD — An armed drone": the parser may take a dateline's "An" for a name
        }
        if (MODIFIERS.contains(plain) || HYPHENATED_MODIFIER.matcher(plain).matches()) {
            return true;
        }
        if (DESIGNATION.matcher(word).matches() && !NOT_WEAPON_PREFIXES.contains(word.substring(0, word.indexOf('-')))) {
            return true;
        }
        return token != null && token.pos() != null && token.ner() != null && !sentenceStart
                && token.word().equals(word) && token.isProperNoun()
                && (token.ner().equals("O") || token.ner().equals("MISC"))
                && word.chars().allMatch(Character::isLetter);
    }
}
