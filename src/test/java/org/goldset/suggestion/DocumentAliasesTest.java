package org.goldset.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;
import org.junit.jupiter.api.Test;

class DocumentAliasesTest {

    private static final String TEXT = "🇸🇩 The Rapid Support Forces (RSF) fought the Sudanese Armed Forces near El Fasher. "
            + "Mohamed Hamdan Dagalo said the RSF would not retreat; the SAF shelled RSF positions. "
            + "Dagalo's men and Houthi fighters… the Houthis denied it. In May, RSFX and SAFE were words.";

    @Test
    void laterMentionsOfAnAcronymInitialsLastNameAndGroupModifierGetTheEntitysLabel() {
        TextOffsets offsets = new TextOffsets(TEXT);
        List<MergedSuggestion> merged = List.of(
                suggestion(offsets, "Rapid Support Forces", 0, "ORGANIZATION", "corenlp-ner"),
                suggestion(offsets, "Sudanese Armed Forces", 0, "ORGANIZATION", "corenlp-ner"),
                suggestion(offsets, "Mohamed Hamdan Dagalo", 0, "PERSON", "corenlp-ner"),
                suggestion(offsets, "Houthis", 0, "ORGANIZATION", "gazetteer"),
                // CoreNLP's guess for the second "RSF" is overridden; the gazetteer's never would be.
                suggestion(offsets, "RSF", 2, "LOCATION", "corenlp-ner"));

        List<MergedSuggestion> extended = DocumentAliases.extend(merged, offsets, (text, label) -> false);

        assertThat(extended).extracting(s -> offsets.slice(s.span().start(), s.span().end()) + "/" + s.label())
                .containsExactly("Rapid Support Forces/ORGANIZATION", "RSF/ORGANIZATION",
                        "Sudanese Armed Forces/ORGANIZATION", "Mohamed Hamdan Dagalo/PERSON", "RSF/ORGANIZATION",
                        "SAF/ORGANIZATION", "RSF/ORGANIZATION", "Dagalo/PERSON", "Houthi/ORGANIZATION",
                        "Houthis/ORGANIZATION");
        MergedSuggestion relabelled = extended.get(6);
        assertThat(relabelled.engineId()).isEqualTo(DocumentAliases.ENGINE);
        assertThat(relabelled.alternatives()).extracting(MergedSuggestion.Alternative::label).containsExactly("LOCATION");
        // Offsets count code points: the flag before the text is two of them.
        assertThat(TEXT.codePointCount(0, TEXT.indexOf("RSF"))).isEqualTo(extended.get(1).span().start());
    }

    @Test
    void anAliasTwoLabelsClaimOrOneAnalystsRejectedIsNotPropagated() {
        String text = "Ali Khan met the Khan Foundation (KF) and Sara Khan. Khan spoke; KF agreed.";
        TextOffsets offsets = new TextOffsets(text);
        List<MergedSuggestion> merged = List.of(
                suggestion(offsets, "Ali Khan", 0, "PERSON", "corenlp-ner"),
                suggestion(offsets, "Khan Foundation", 0, "ORGANIZATION", "corenlp-ner"));
        // "Khan" is a person's last name here and nothing else; "KF" was rejected as ORGANIZATION.
        List<MergedSuggestion> extended = DocumentAliases.extend(merged, offsets,
                (alias, label) -> alias.equals("KF") && label.equals("ORGANIZATION"));
        assertThat(extended).extracting(s -> offsets.slice(s.span().start(), s.span().end()))
                .containsExactly("Ali Khan", "Khan Foundation", "Khan", "Khan");

        String clash = "Ali Khan and the Khans: Khan spoke.";
        TextOffsets clashOffsets = new TextOffsets(clash);
        List<MergedSuggestion> clashing = List.of(
                suggestion(clashOffsets, "Ali Khan", 0, "PERSON", "corenlp-ner"),
                suggestion(clashOffsets, "Khans", 0, "ORGANIZATION", "corenlp-ner"));
        assertThat(DocumentAliases.aliases(clashing, clashOffsets)).doesNotContainKey("Khan");
        assertThat(DocumentAliases.extend(clashing, clashOffsets, (alias, label) -> false)).hasSize(2);
        assertThat(DocumentAliases.initials("Khan Foundation")).contains("KF");
        assertThat(DocumentAliases.lastName("Theresa May")).isEmpty();
        assertThat(DocumentAliases.lastName("Abdel Fattah al-Burhan")).contains("al-Burhan");
    }

    /** The n-th occurrence (0-based) of a phrase as a suggestion of one engine. */
    private static MergedSuggestion suggestion(TextOffsets offsets, String phrase, int occurrence, String label,
                                               String engine) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = offsets.text().indexOf(phrase, at + 1);
        }
        Span span = new Span(offsets.toCodePoints(at), offsets.toCodePoints(at + phrase.length()));
        return new MergedSuggestion(span, label, 0.8, engine, "1",
                List.of(new MergedSuggestion.Proposal(engine, "1", span, label, 0.8)), List.of());
    }
}
