package org.goldset.nlp;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.goldset.base.GoldsetProperties;
import org.goldset.text.TextOffsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Runs Stanford CoreNLP once per article and turns the result into a {@link DocumentAnalysis} with
 * code-point offsets. The pipeline is loaded lazily on first use (8–12 s, ~1.5 GB) and shared by the
 * whole process: models are immutable and {@link StanfordCoreNLP#annotate} is safe to call from
 * several threads at once. With {@code goldset.corenlp.servers} set, the same pipeline runs on those
 * CoreNLP servers instead and nothing is loaded here.
 */
@Component
public class CoreNlpAnalyzer {

    /** Stored with every CoreNLP-derived suggestion; change it when models or settings change. */
    public static final String CORENLP_VERSION = "4.5.10";

    private static final Logger log = LoggerFactory.getLogger(CoreNlpAnalyzer.class);
    private static final double UNKNOWN_CONFIDENCE = 0.75;

    /** Null when the analysis runs in this process. */
    private final CoreNlpServerPool servers;

    /** In this process. */
    public CoreNlpAnalyzer() {
        this.servers = null;
    }

    /** On the configured servers, or in this process when none is configured. */
    @Autowired
    public CoreNlpAnalyzer(GoldsetProperties properties) {
        GoldsetProperties.CoreNlp settings = properties.corenlp();
        this.servers = settings.servers().isEmpty() ? null : new CoreNlpServerPool(settings.servers(), settings.timeout());
    }

    /** With {@code dependencies}, also the dependency parse (for event arguments; about half the speed). */
    public DocumentAnalysis analyze(long documentId, String text, LocalDate publicationDate, boolean dependencies) {
        CoreDocument document = new CoreDocument(text);
        if (publicationDate != null) {
            // SUTime resolves "Friday" or "last week" against this date instead of today.
            document.annotation().set(CoreAnnotations.DocDateAnnotation.class, publicationDate.toString());
        }
        if (servers == null) {
            Pipeline.get(dependencies).annotate(document);
        } else {
            servers.annotate(document.annotation(), Pipeline.properties(dependencies));
            document.wrapAnnotations();
        }
        TextOffsets offsets = new TextOffsets(text);
        List<AnalyzedSentence> sentences = new ArrayList<>();
        List<NerMention> mentions = new ArrayList<>();
        List<CoreSentence> coreSentences = document.sentences();
        for (int s = 0; s < coreSentences.size(); s++) {
            CoreSentence sentence = coreSentences.get(s);
            List<AnalyzedToken> tokens = new ArrayList<>();
            for (CoreLabel token : sentence.tokens()) {
                tokens.add(new AnalyzedToken(token.word(), token.lemma(), token.tag(), token.ner(),
                        offsets.toCodePoints(token.beginPosition()), offsets.toCodePoints(token.endPosition())));
            }
            sentences.add(new AnalyzedSentence(s, tokens, dependenciesOf(sentence)));
            if (sentence.entityMentions() == null) {
                continue;
            }
            for (CoreEntityMention mention : sentence.entityMentions()) {
                mentions.add(toMention(mention, s, sentence, offsets));
            }
        }
        return new DocumentAnalysis(documentId, offsets, publicationDate, sentences, mentions);
    }

    /**
     * Loads the models now rather than on the first article, e.g. in the background at start-up; with
     * servers, checks that at least one answers (and fails naming each one that does not).
     */
    public void warmUp(boolean dependencies) {
        if (servers == null) {
            Pipeline.get(dependencies);
        } else {
            List<URI> ready = servers.readyServers();
            log.info("CoreNLP servers ready: {} of {} ({})", ready.size(), servers.servers().size(), ready);
        }
    }

    public boolean isLoaded() {
        return servers != null || !Pipeline.instances.isEmpty();
    }

    /** How many articles this analyser can usefully work on at once: a core each, or two a server. */
    public int parallelism() {
        return servers == null ? Runtime.getRuntime().availableProcessors() : 2 * servers.servers().size();
    }

    /**
     * The process-wide pipeline itself, loading it if needed: the throughput benchmark runs it bare,
     * on the same models in memory, to compare Goldset's rate against.
     */
    public static StanfordCoreNLP inProcessPipeline(boolean dependencies) {
        return Pipeline.get(dependencies);
    }

    private static List<Dependency> dependenciesOf(CoreSentence sentence) {
        if (sentence.dependencyParse() == null) {
            return List.of();
        }
        List<Dependency> edges = new ArrayList<>();
        for (SemanticGraphEdge edge : sentence.dependencyParse().edgeIterable()) {
            edges.add(new Dependency(edge.getGovernor().index() - 1, edge.getDependent().index() - 1,
                    edge.getRelation().toString()));
        }
        return edges;
    }

    private static NerMention toMention(CoreEntityMention mention, int sentenceIndex, CoreSentence sentence,
                                        TextOffsets offsets) {
        int firstToken = sentence.tokens().indexOf(mention.tokens().getFirst());
        int lastToken = sentence.tokens().indexOf(mention.tokens().getLast()) + 1;
        CoreLabel head = mention.tokens().getFirst();
        String normalized = head.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        return new NerMention(offsets.toCodePoints(mention.charOffsets().first()),
                offsets.toCodePoints(mention.charOffsets().second()), mention.text(), mention.entityType(),
                confidenceOf(mention), normalized, sentenceIndex, firstToken, lastToken);
    }

    private static double confidenceOf(CoreEntityMention mention) {
        Map<String, Double> confidences = mention.entityTypeConfidences();
        if (confidences == null || confidences.isEmpty()) {
            return UNKNOWN_CONFIDENCE;
        }
        double best = confidences.values().stream().mapToDouble(Double::doubleValue).max().orElse(UNKNOWN_CONFIDENCE);
        // Rule-based types (SUTime, regexner) report -1: not a probability.
        return best < 0 || best > 1 ? UNKNOWN_CONFIDENCE : best;
    }

    /** The process-wide pipelines (with and without the dependency parser), built on first use. */
    private static final class Pipeline {
        private static final java.util.Map<Boolean, StanfordCoreNLP> instances =
                new java.util.concurrent.ConcurrentHashMap<>();

        static StanfordCoreNLP get(boolean dependencies) {
            StanfordCoreNLP pipeline = instances.get(dependencies);
            if (pipeline != null) {
                return pipeline;
            }
            synchronized (Pipeline.class) {
                return instances.computeIfAbsent(dependencies, withParser -> {
                    long started = System.nanoTime();
                    StanfordCoreNLP created = new StanfordCoreNLP(properties(withParser));
                    log.info("CoreNLP {} models loaded in {} ms{}", CORENLP_VERSION,
                            (System.nanoTime() - started) / 1_000_000, withParser ? " (with dependency parser)" : "");
                    return created;
                });
            }
        }

        private static Properties properties(boolean dependencies) {
            Properties properties = new Properties();
            // depparse gives event arguments (who did what to whom); it roughly halves throughput.
            properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner" + (dependencies ? ",depparse" : ""));
            CoreNlpTokenizer.applySettings(properties);
            properties.setProperty("ner.applyFineGrained", "true");
            properties.setProperty("ner.buildEntityMentions", "true");
            properties.setProperty("ner.useSUTime", "true");
            return properties;
        }
    }
}
