package org.goldset.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.goldset.format.conll.ConllWriter;
import org.goldset.format.labelstudio.LabelStudioWriter;
import org.goldset.gold.FormatFixtures;
import org.goldset.gold.GoldDocument;
import org.goldset.gold.GoldJsonlParser;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.SchemaLoader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each writer on the emoji + CRLF fixture, checked against its format's own rules. */
class ExportWritersTest {

    private static final AnnotationSchema SCHEMA = SchemaLoader.loadDefault();
    private static final FormatRegistry FORMATS = TestFormats.registry(SCHEMA);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<GoldDocument> CORPUS = parse();

    private static List<GoldDocument> parse() {
        GoldJsonlParser parser = new GoldJsonlParser(SCHEMA);
        List<GoldDocument> documents = new ArrayList<>();
        for (String line : FormatFixtures.lines()) {
            documents.add(parser.parse(line, documents.size() + 1));
        }
        return documents;
    }

    @Test
    void brat_writes_exact_text_and_ann_lines_that_follow_the_standoff_grammar() throws IOException {
        ExportWarnings warnings = new ExportWarnings();
        Map<String, String> files = unzip(write("brat", warnings));

        assertThat(files).containsOnlyKeys("annotation.conf", "k1.txt", "k1.ann", "k2.txt", "k2.ann");
        assertThat(files.get("k1.txt")).isEqualTo(FormatFixtures.TEXT_1).contains("\r\n");
        assertThat(files.get("annotation.conf")).contains("[entities]\nPERSON\n", "[relations]\n", "[attributes]\n",
                "\nMEET\tParticipant*:PERSON|ORGANIZATION|GPE|NORP, Place*:GPE|LOCATION|FACILITY, Time*:DATE\n");
        Map<String, String> textBounds = checkStandoff(files.get("k1.ann"), FormatFixtures.TEXT_1);
        assertThat(textBounds).hasSize(12); // 10 entities and 2 triggers
        assertThat(files.get("k1.ann"))
                .contains("\tMEET:T11 Participant:T4 Participant2:T5 Place:T6 Time:T2\n")
                .contains("\tStatus T6 PENDING\n", "\tModality E1 asserted\n", "\tReference T4 Wikidata:Q3881622\tVolodymyr Zelenskyy\n");
        checkStandoff(files.get("k2.ann"), FormatFixtures.TEXT_2);
        // Offsets count a CRLF once, as brat reads the file; a span across one is two fragments.
        assertThat(files.get("k1.ann")).contains("T5\tPERSON 49 56\tErdoğan\n");
        assertThat(files.get("k2.ann")).contains("\tORGANIZATION 51 59;60 70\tEuropean Commission\n");
        assertThat(warnings.isEmpty()).isTrue();
    }

    @Test
    void conll_is_valid_iob2_that_scores_100_percent_against_itself_and_reports_what_it_drops() {
        ExportWarnings warnings = new ExportWarnings();
        String conll = new String(write("conll", warnings), StandardCharsets.UTF_8);

        List<String> lines = conll.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("-DOCSTART- -X- -X- O");
        assertThat(lines.stream().filter(line -> line.startsWith("-DOCSTART-"))).hasSize(2);
        assertThat(lines).allSatisfy(line -> assertThat(line.isEmpty() || line.split(" ", -1).length == 4)
                .as("4 columns: %s", line).isTrue());
        assertThat(lines).contains("Erdoğan _ _ B-PERSON", "Ukraine _ _ B-PERSON", "'s _ _ I-PERSON", "president _ _ I-PERSON",
                "Istanbul _ _ B-GPE", "👍🏽 _ _ O", "Russia _ _ B-ORGANIZATION", "forces _ _ I-ORGANIZATION");
        // Ukraine (inside "Ukraine's president") and Russia (inside "Russia-backed forces") cannot nest.
        assertThat(warnings.count(ConllWriter.OVERLAP)).isEqualTo(2);
        assertThat(warnings.count(ConllWriter.EVENT)).isEqualTo(3);
        assertThat(warnings.count(ConllWriter.CROSSES_SENTENCES)).isEqualTo(1);
        Conlleval.Score score = Conlleval.score(conll.lines().map(line -> line.isEmpty() ? line
                : line + " " + line.substring(line.lastIndexOf(' ') + 1)).toList());
        assertThat(score.goldChunks()).isEqualTo(10 - 2 + 3);
        assertThat(score.f1()).isEqualTo(100.0);
    }

    @Test
    void spacy_tokens_and_spans_agree_on_code_point_offsets_and_relations_link_triggers_to_arguments() {
        JsonNode task = jsonLines(write("spacy", new ExportWarnings())).getFirst();
        String text = task.get("text").stringValue();
        int[] codePoints = text.codePoints().toArray();
        for (JsonNode token : task.get("tokens")) {
            assertThat(slice(codePoints, token.get("start").intValue(), token.get("end").intValue()))
                    .isEqualTo(token.get("text").stringValue());
        }
        JsonNode tokens = task.get("tokens");
        for (JsonNode span : task.get("spans")) {
            assertThat(tokens.get(span.get("token_start").intValue()).get("start").intValue()).isEqualTo(span.get("start").intValue());
            assertThat(tokens.get(span.get("token_end").intValue()).get("end").intValue()).isEqualTo(span.get("end").intValue());
        }
        assertThat(task.get("relations").valueStream().map(relation -> relation.get("head_span").get("label").stringValue()
                + "-" + relation.get("label").stringValue() + "->" + slice(codePoints,
                relation.get("child_span").get("start").intValue(), relation.get("child_span").get("end").intValue())))
                .containsExactly("MEET-Participant->Ukraine's president", "MEET-Participant->Erdoğan",
                        "MEET-Place->Istanbul", "MEET-Time->Monday", "ATTACK-Attacker->Russia-backed forces",
                        "ATTACK-Target->Kharkiv");
        assertThat(task.get("meta").get("id").stringValue()).isEqualTo("k1");
        assertThat(task.get("meta").get("offsets").stringValue()).isEqualTo("codepoints");
    }

    @Test
    void doccano_and_label_studio_offsets_count_code_points() {
        JsonNode doccano = jsonLines(write("doccano", new ExportWarnings())).getFirst();
        int[] codePoints = doccano.get("text").stringValue().codePoints().toArray();
        assertThat(doccano.get("entities").valueStream().map(entity -> entity.get("label").stringValue() + ":"
                + slice(codePoints, entity.get("start_offset").intValue(), entity.get("end_offset").intValue())))
                .contains("PERSON:Erdoğan", "GPE:Kharkiv", "MEET:met", "ATTACK:attacked");
        assertThat(doccano.get("relations")).hasSize(6);

        ExportWarnings warnings = new ExportWarnings();
        JsonNode tasks = JSON.readTree(write("labelstudio", warnings));
        assertThat(tasks).hasSize(2);
        JsonNode first = tasks.get(0);
        for (JsonNode result : List.of(first.get("annotations").get(0).get("result"), first.get("predictions").get(0).get("result"))) {
            result.valueStream().filter(region -> region.get("type").stringValue().equals("labels")).forEach(region ->
                    assertThat(slice(codePoints, region.get("value").get("start").intValue(),
                            region.get("value").get("end").intValue())).isEqualTo(region.get("value").get("text").stringValue()));
        }
        assertThat(first.get("predictions").get(0).get("result").valueStream().map(region -> region.get("id").stringValue()))
                .containsExactly("T6", "E2");
        assertThat(warnings.count(LabelStudioWriter.REJECTED)).isEqualTo(1);
        assertThat(warnings.count(LabelStudioWriter.MIXED)).isEqualTo(3);
    }

    @Test
    void dygiepp_uses_document_wide_inclusive_token_indices_per_sentence() {
        JsonNode document = jsonLines(write("dygiepp", new ExportWarnings())).getFirst();
        List<String> tokens = new ArrayList<>();
        document.get("sentences").forEach(sentence -> sentence.forEach(token -> tokens.add(token.stringValue())));
        assertThat(document.get("sentences")).hasSize(2);
        assertThat(document.get("ner")).hasSize(2);
        List<String> entities = new ArrayList<>();
        document.get("ner").forEach(sentence -> sentence.forEach(entity -> entities.add(entity.get(2).stringValue() + ":"
                + String.join(" ", tokens.subList(entity.get(0).intValue(), entity.get(1).intValue() + 1)))));
        assertThat(entities).contains("GPE:Kyiv", "PERSON:Ukraine 's president", "PERSON:Erdoğan", "GPE:Kharkiv");
        JsonNode meet = document.get("events").get(1).get(0);
        assertThat(tokens.get(meet.get(0).get(0).intValue())).isEqualTo("met");
        assertThat(meet.get(0).get(1).stringValue()).isEqualTo("MEET");
        assertThat(meet).hasSize(5);
        assertThat(String.join(" ", tokens.subList(meet.get(1).get(0).intValue(), meet.get(1).get(1).intValue() + 1)))
                .isEqualTo("Ukraine 's president");
    }

    /**
     * Every .ann line follows brat's grammar, and each T line passes the checks of brat's own parser
     * (server/src/annotation.py): offsets into the text as brat reads it (universal newlines: a CRLF
     * is one character), fragments apart, the text field equal to the fragments' texts joined by a
     * space. References resolve.
     */
    private static Map<String, String> checkStandoff(String ann, String exactText) {
        int[] text = exactText.replace("\r\n", "\n").replace('\r', '\n').codePoints().toArray();
        Map<String, String> textBounds = new LinkedHashMap<>();
        List<String> events = new ArrayList<>();
        Pattern t = Pattern.compile("(T\\d+)\t([A-Za-z_-]+) (\\d+ \\d+(?:;\\d+ \\d+)*)\t(.*)");
        Pattern e = Pattern.compile("(E\\d+)\t([A-Za-z_-]+):(T\\d+)((?: [A-Za-z]+\\d*:[TE]\\d+)*)");
        Pattern other = Pattern.compile("(A\\d+\tStatus [TE]\\d+ (ACCEPTED|PENDING|REJECTED)|A\\d+\tModality E\\d+ \\w+"
                + "|#\\d+\tAnnotatorNotes [TE]\\d+\tgoldset \\{.*}|N\\d+\tReference T\\d+ \\w+:\\S+\t.+)");
        for (String line : ann.split("\n")) {
            Matcher m;
            if ((m = t.matcher(line)).matches()) {
                List<String> parts = new ArrayList<>();
                int previousEnd = -1;
                for (String fragment : m.group(3).split(";")) {
                    int start = Integer.parseInt(fragment.split(" ")[0]);
                    int end = Integer.parseInt(fragment.split(" ")[1]);
                    assertThat(start).isGreaterThan(previousEnd).isLessThan(end);
                    assertThat(end).isLessThanOrEqualTo(text.length);
                    parts.add(slice(text, start, end));
                    previousEnd = end;
                }
                assertThat(String.join(" ", parts)).isEqualTo(m.group(4));
                textBounds.put(m.group(1), m.group(2));
            } else if ((m = e.matcher(line)).matches()) {
                assertThat(textBounds).containsEntry(m.group(3), m.group(2));
                events.add(m.group(4));
            } else {
                assertThat(line).matches(other);
            }
        }
        events.forEach(arguments -> {
            for (String argument : arguments.strip().split(" ")) {
                if (!argument.isEmpty()) {
                    assertThat(textBounds).containsKey(argument.substring(argument.indexOf(':') + 1));
                }
            }
        });
        return textBounds;
    }

    private static byte[] write(String format, ExportWarnings warnings) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            GoldFormatWriter writer = FORMATS.get(format).writing().orElseThrow().newWriter(warnings);
            writer.begin(out);
            for (GoldDocument document : CORPUS) {
                writer.writeDocument(document);
            }
            writer.end();
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static List<JsonNode> jsonLines(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).lines().map(JSON::readTree).toList();
    }

    private static String slice(int[] codePoints, int start, int end) {
        return new String(codePoints, start, end - start);
    }
}
