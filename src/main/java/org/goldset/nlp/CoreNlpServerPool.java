package org.goldset.nlp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import org.goldset.base.Json;

/**
 * Sends articles to a pool of Stanford CoreNLP servers ({@code StanfordCoreNLPServer}, started from
 * the CoreNLP jar) instead of analysing them in this process. It speaks the wire protocol of CoreNLP's
 * own {@code StanfordCoreNLPClient}: the annotation as a delimited protocol buffer in, the annotated
 * one out, the pipeline settings as JSON in the {@code properties} parameter. Goldset does not use that
 * client class because it loses failures: an error on its worker thread never reaches the caller, who
 * then waits forever (see docs/decisions/013-corenlp-servers.md).
 *
 * <p>Requests go round the servers in turn. A server that fails (refused, timed out, an error answer)
 * is skipped for {@link #REST} and the article goes to the next one; only when every server has failed
 * for an article does the caller get an error naming each server and what went wrong.
 */
final class CoreNlpServerPool {

    /** How long a server that failed is left alone before it gets articles again. */
    static final Duration REST = Duration.ofSeconds(30);

    private final List<URI> servers;
    private final Duration timeout;
    private final HttpClient http;
    private final AtomicInteger next = new AtomicInteger();
    /** Per server, the System.nanoTime() before which it is skipped; 0 when it is healthy. */
    private final AtomicLongArray restingUntil;
    private final ProtobufAnnotationSerializer serializer = new ProtobufAnnotationSerializer(true);

    CoreNlpServerPool(List<URI> servers, Duration timeout) {
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("a CoreNLP server pool needs at least one server");
        }
        this.servers = servers.stream().map(CoreNlpServerPool::withoutTrailingSlash).toList();
        this.timeout = timeout;
        this.restingUntil = new AtomicLongArray(servers.size());
        // HTTP/1.1: CoreNLP's server is the JDK's com.sun.net.httpserver, which has no HTTP/2.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout : Duration.ofSeconds(10))
                .build();
    }

    List<URI> servers() {
        return servers;
    }

    /** Annotates in place, as {@code StanfordCoreNLP.annotate} would with the same properties. */
    void annotate(Annotation annotation, Properties pipeline) {
        byte[] request = serialized(annotation);
        String query = "?properties=" + URLEncoder.encode(propertiesJson(pipeline), StandardCharsets.UTF_8);
        List<String> failures = new ArrayList<>();
        for (int server : serversInTurn()) {
            try {
                Annotation answer = send(servers.get(server), query, request);
                for (Class<?> key : answer.keySet()) {
                    copy(answer, annotation, key);
                }
                restingUntil.set(server, 0);
                return;
            } catch (ServerFailure failure) {
                restingUntil.set(server, System.nanoTime() + REST.toNanos());
                failures.add(servers.get(server) + ": " + failure.getMessage());
            }
        }
        throw new IllegalStateException("no CoreNLP server analysed the article (" + String.join("; ", failures) + ")");
    }

    /** Fails, naming every server that does not answer, unless at least one server is ready. */
    List<URI> readyServers() {
        List<URI> ready = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (URI server : servers) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server + "/ready"))
                        .timeout(timeout).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    ready.add(server);
                } else {
                    failures.add(server + ": answered " + response.statusCode());
                }
            } catch (IOException e) {
                failures.add(server + ": " + describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while checking the CoreNLP servers", e);
            }
        }
        if (ready.isEmpty()) {
            throw new IllegalStateException("no CoreNLP server is ready (" + String.join("; ", failures) + ")");
        }
        return ready;
    }

    /** Every server once, starting with the next in turn; resting servers last, as a last resort. */
    private List<Integer> serversInTurn() {
        int first = Math.floorMod(next.getAndIncrement(), servers.size());
        long now = System.nanoTime();
        List<Integer> healthy = new ArrayList<>();
        List<Integer> resting = new ArrayList<>();
        for (int i = 0; i < servers.size(); i++) {
            int server = (first + i) % servers.size();
            (restingUntil.get(server) - now > 0 ? resting : healthy).add(server);
        }
        healthy.addAll(resting);
        return healthy;
    }

    private Annotation send(URI server, String query, byte[] request) throws ServerFailure {
        HttpRequest post = HttpRequest.newBuilder(URI.create(server + "/" + query)).timeout(timeout)
                .header("Content-Type", "application/x-protobuf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request)).build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(post, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ServerFailure(describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a CoreNLP server", e);
        }
        if (response.statusCode() != 200) {
            String message = new String(response.body(), StandardCharsets.UTF_8).strip();
            throw new ServerFailure("answered " + response.statusCode()
                    + (message.isEmpty() ? "" : " (" + abbreviate(message) + ")"));
        }
        try {
            Annotation answer = serializer.read(new ByteArrayInputStream(response.body())).first;
            if (answer.get(CoreAnnotations.SentencesAnnotation.class) == null) {
                throw new ServerFailure("answered without sentences");
            }
            return answer;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            throw new ServerFailure("sent an answer that is not a CoreNLP document (" + e.getMessage() + ")");
        }
    }

    private byte[] serialized(Annotation annotation) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            serializer.write(annotation, bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String describe(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return "did not answer within " + timeout.toSeconds() + " s";
        }
        String message = e.getMessage();
        return e instanceof java.net.ConnectException ? "connection refused"
                : e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** The pipeline settings plus the four that make the server read and write protocol buffers. */
    static String propertiesJson(Properties pipeline) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String name : pipeline.stringPropertyNames()) {
            settings.put(name, pipeline.getProperty(name));
        }
        settings.put("inputFormat", "serialized");
        settings.put("outputFormat", "serialized");
        settings.put("inputSerializer", ProtobufAnnotationSerializer.class.getName());
        settings.put("outputSerializer", ProtobufAnnotationSerializer.class.getName());
        return Json.MAPPER.writeValueAsString(settings);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void copy(Annotation from, Annotation to, Class key) {
        to.set(key, from.get(key));
    }

    private static String abbreviate(String message) {
        String firstLine = message.lines().findFirst().orElse("");
        return firstLine.length() > 200 ? firstLine.substring(0, 200) + "…" : firstLine;
    }

    private static URI withoutTrailingSlash(URI server) {
        String text = server.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : server;
    }

    /** One server's failure for one article; the pool then tries the next server. */
    private static final class ServerFailure extends Exception {
        ServerFailure(String message) {
            super(message, null, false, false);
        }
    }
}
