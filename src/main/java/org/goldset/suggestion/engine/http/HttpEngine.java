package org.goldset.suggestion.engine.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.goldset.base.Json;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.suggestion.engine.DocumentText;
import org.goldset.suggestion.engine.EngineFailure;
import org.goldset.suggestion.engine.EntitySuggestion;
import org.goldset.suggestion.engine.SuggestionEngine;
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Entity suggestions from a model served by a Label Studio ML backend (spaCy, GLiNER, Flair, Hugging
 * Face backends speak it): {@code POST url/predict} with the article as a task, labelled spans back.
 * Offsets are checked against the text: counted in code points (as Label Studio counts since its
 * emoji fix) when the span's text says so, converted from UTF-16 units when only that reading
 * matches, dropped when neither does. Labels are mapped onto the schema; unknown ones are dropped.
 * The version stored with each suggestion is the model version the backend reports.
 *
 * <p>No answer, a slow one, an error status or an unreadable answer is an {@link EngineFailure}: the
 * document goes on without this engine, its earlier suggestions are kept, and the run says so.
 */
final class HttpEngine implements SuggestionEngine {

    private static final double DEFAULT_SCORE = 0.5;
    private static final int RECENT_ANSWERS = 256;

    private final HttpEngineSettings.Engine settings;
    private final Set<String> schemaLabels;
    private final String labelConfig;
    private final HttpClient client;
    private volatile String modelVersion;
    /** Answers (or failures) fetched ahead by {@link #prepare}, taken by {@link #suggest}: a run's stretch at most. */
    private final java.util.Map<Long, Object> prepared = new java.util.concurrent.ConcurrentHashMap<>();
    /** The last answers, kept for the event side of the same backend (bounded: a run's threads at most). */
    private final java.util.Map<Long, LabelStudioAnswer> recent = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<Long, LabelStudioAnswer> eldest) {
                    return size() > RECENT_ANSWERS;
                }
            });

    /**
     * @param schemaLabels the schema's entity types: what this side suggests
     * @param eventLabels  the schema's event types: told to the backend too, for its event side
     */
    HttpEngine(HttpEngineSettings.Engine settings, Set<String> schemaLabels, Set<String> eventLabels) {
        this.settings = settings;
        this.schemaLabels = Set.copyOf(schemaLabels);
        Set<String> told = new java.util.HashSet<>(schemaLabels);
        told.addAll(eventLabels);
        this.labelConfig = labelConfig(told, settings.labels().keySet());
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public String id() {
        return settings.id();
    }

    /** The model version the backend reported last ("unknown" until it answered once). */
    @Override
    public String version() {
        String reported = modelVersion;
        return reported == null ? "unknown" : reported;
    }

    @Override
    public boolean needsLinguisticAnalysis() {
        return false;
    }

    @Override
    public boolean prepares() {
        return true;
    }

    /** Fetches the documents' answers in batches of the configured size; a failed batch fails its documents. */
    @Override
    public void prepare(List<DocumentText> documents) {
        for (int from = 0; from < documents.size(); from += settings.batchSize()) {
            List<DocumentText> batch = documents.subList(from, Math.min(documents.size(), from + settings.batchSize()));
            try {
                List<LabelStudioAnswer> answers = predict(batch);
                for (int i = 0; i < batch.size(); i++) {
                    prepared.put(batch.get(i).id(), answers.get(i));
                }
            } catch (EngineFailure failure) {
                batch.forEach(document -> prepared.put(document.id(), failure));
            }
        }
    }

    @Override
    public List<EntitySuggestion> suggest(DocumentAnalysis analysis) {
        TextOffsets text = analysis.text();
        Object ahead = prepared.remove(analysis.documentId());
        if (ahead instanceof EngineFailure failure) {
            throw new EngineFailure(failure.getMessage());
        }
        LabelStudioAnswer answer = ahead instanceof LabelStudioAnswer fetched ? fetched
                : predict(List.of(new DocumentText(analysis.documentId(), text.text()))).getFirst();
        recent.put(analysis.documentId(), answer);
        List<EntitySuggestion> suggestions = new ArrayList<>();
        for (LabelStudioAnswer.Span span : answer.spans()) {
            String label = settings.labels().getOrDefault(span.label(), span.label());
            Span checked = codePoints(span, text);
            if (schemaLabels.contains(label) && checked != null) {
                suggestions.add(new EntitySuggestion(checked, label, span.score() == null ? DEFAULT_SCORE
                        : Math.max(0, Math.min(1, span.score()))));
            }
        }
        return suggestions;
    }

    /** The backend's answer for a document: the one the entity side just read, or a fresh one. */
    LabelStudioAnswer answerFor(DocumentAnalysis analysis) {
        LabelStudioAnswer kept = recent.remove(analysis.documentId());
        return kept != null ? kept
                : predict(List.of(new DocumentText(analysis.documentId(), analysis.text().text()))).getFirst();
    }

    /** The backend's label as the schema's (its own when the mapping has none). */
    String schemaLabel(String backendLabel) {
        return settings.labels().getOrDefault(backendLabel, backendLabel);
    }

    /** One {@code /predict} call for these documents: their answers, in order. */
    private List<LabelStudioAnswer> predict(List<DocumentText> documents) {
        ObjectNode request = Json.MAPPER.createObjectNode();
        tools.jackson.databind.node.ArrayNode tasks = request.putArray("tasks");
        for (DocumentText document : documents) {
            ObjectNode task = tasks.addObject();
            task.put("id", document.id());
            task.putObject("data").put("text", document.text());
        }
        request.put("label_config", labelConfig);
        request.put("project", "goldset");
        List<LabelStudioAnswer> answers;
        try {
            answers = LabelStudioAnswer.readAll(Json.MAPPER.readTree(post("predict", request)), documents.size());
        } catch (IllegalArgumentException | tools.jackson.core.JacksonException malformed) {
            throw new EngineFailure(endpoint("predict") + " answered something unreadable: " + firstLine(malformed));
        }
        if (answers.isEmpty()) {
            answers = List.of(LabelStudioAnswer.empty()); // one task, nothing found
        }
        answers.stream().map(LabelStudioAnswer::modelVersion).filter(java.util.Objects::nonNull).reduce((a, b) -> b)
                .ifPresent(version -> modelVersion = version);
        return answers;
    }

    /** The span in code points, or null when its offsets do not fit the text in either unit. */
    static Span codePoints(LabelStudioAnswer.Span span, TextOffsets text) {
        int start = span.start();
        int end = span.end();
        boolean fitsCodePoints = start >= 0 && end > start && text.isValidSpan(start, end);
        if (span.text() == null) {
            return fitsCodePoints ? new Span(start, end) : null;
        }
        if (fitsCodePoints && text.slice(start, end).equals(span.text())) {
            return new Span(start, end);
        }
        String units = text.text();
        if (start >= 0 && end > start && end <= units.length() && units.substring(start, end).equals(span.text())
                && !Character.isLowSurrogate(units.charAt(start))) {
            return new Span(text.toCodePoints(start), text.toCodePoints(end));
        }
        return null;
    }

    private String post(String path, ObjectNode body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint(path)).timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException slow) {
            throw new EngineFailure(endpoint(path) + " did not answer within " + seconds(settings.timeout()) + " s");
        } catch (java.net.ConnectException down) {
            throw new EngineFailure("no answer from " + endpoint(path) + ": nothing listens there (is the backend running?)",
                    down);
        } catch (IOException down) {
            throw new EngineFailure("no answer from " + endpoint(path) + ": " + firstLine(down), down);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new EngineFailure("the call to " + endpoint(path) + " was interrupted");
        }
        if (response.statusCode() != 200) {
            throw new EngineFailure(endpoint(path) + " answered HTTP " + response.statusCode());
        }
        return response.body();
    }

    private URI endpoint(String path) {
        String base = settings.url().toString();
        return URI.create(base.endsWith("/") ? base + path : base + "/" + path);
    }

    private static String seconds(java.time.Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? String.valueOf(millis / 1000)
                : java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
    }

    private static String firstLine(Exception failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** A Label Studio labeling config naming every label the backend may use, so it can set itself up. */
    private static String labelConfig(Set<String> schemaLabels, Set<String> backendLabels) {
        StringBuilder config = new StringBuilder("<View><Labels name=\"label\" toName=\"text\">");
        java.util.TreeSet<String> all = new java.util.TreeSet<>(schemaLabels);
        all.addAll(backendLabels);
        for (String label : all) {
            config.append("<Label value=\"").append(label.replace("&", "&amp;").replace("\"", "&quot;")
                    .replace("<", "&lt;")).append("\"/>");
        }
        return config.append("</Labels><Text name=\"text\" value=\"$text\"/></View>").toString();
    }
}
