package org.goldset.browser;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.goldset.base.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One analyst's Vaadin UI driven over HTTP, as the browser's Flow client drives it, without a
 * browser: it opens a route (Vaadin's {@code v-r=init} bootstrap, then the {@code ui-navigate}
 * event), and presses keys by sending the {@code keydown} event whose shortcut filter matches, with
 * the CSRF token and the sync and client ids the server expects. What it cannot do is run the
 * JavaScript the server sends back: nothing is drawn, so the time of a key press is the request's
 * round trip, all of it server work and transfer. Used by {@link TeamHttpBenchmark}.
 */
final class VaadinHttpClient {

    /** A modifier the shortcut requires (not preceded by "!"): "a" alone has none. */
    private static final Pattern REQUIRED_MODIFIER = Pattern.compile("(?<!!)event\\.getModifierState");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String sessionCookie;
    private final Map<String, JsonNode> constants = new HashMap<>();
    /** node → DOM event → the constant describing its listener's filters. */
    private final Map<Integer, Map<String, String>> listeners = new HashMap<>();
    private int uiId;
    private String csrfToken;
    private int syncId;
    private int clientId;

    VaadinHttpClient(String base, String sessionCookie) {
        this.base = base;
        this.sessionCookie = sessionCookie;
    }

    /** Opens the route (e.g. "review/3") in a new UI of the session. */
    void open(String location) throws IOException, InterruptedException {
        String query = "v-r=init&location=" + URLEncoder.encode(location, StandardCharsets.UTF_8) + "&query="
                + "&v-sh=900&v-sw=1440&v-wh=900&v-ww=1440&v-bh=900&v-bw=1440&v-curdate=" + System.currentTimeMillis()
                + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-" + Math.random()
                + "&v-td=false&v-pr=1&v-np=Linux&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary"
                + "&v-soa=0&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";
        HttpResponse<String> response = http.send(request(base + "/?" + query).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        check(response);
        JsonNode config = Json.MAPPER.readTree(response.body()).get("appConfig");
        uiId = config.get("v-uiId").asInt();
        absorb(config.get("uidl"));
        ObjectNode data = Json.MAPPER.createObjectNode().put("route", "/" + location).put("query", "")
                .put("appShellTitle", "").put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        send(event(1, "ui-navigate", data));
    }

    /** Presses a key with no modifier, as the page would report it to the server; returns the answer. */
    String press(String key) throws IOException, InterruptedException {
        String hash = listeners.getOrDefault(1, Map.of()).get("keydown");
        if (hash == null) {
            throw new IllegalStateException("the page listens to no key");
        }
        ObjectNode data = Json.MAPPER.createObjectNode();
        boolean matched = false;
        for (Iterator<String> names = constants.get(hash).propertyNames().iterator(); names.hasNext(); ) {
            String filter = names.next();
            if (!filter.startsWith("(")) {
                continue; // debounce settings and plain event data
            }
            boolean matches = filter.startsWith("(['" + key + "'].indexOf(event.code)")
                    && !REQUIRED_MODIFIER.matcher(filter).find();
            matched |= matches;
            data.put(filter, matches);
        }
        if (!matched) {
            throw new IllegalStateException("no shortcut for \"" + key + "\"");
        }
        return send(event(1, "keydown", data));
    }

    private static ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode rpc = Json.MAPPER.createObjectNode().put("type", "event").put("node", node).put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    /** Sends one RPC and takes in the answer's changes; returns the answer's text. */
    private String send(ObjectNode rpc) throws IOException, InterruptedException {
        ObjectNode body = Json.MAPPER.createObjectNode().put("csrfToken", csrfToken);
        ArrayNode calls = body.putArray("rpc");
        calls.add(rpc);
        body.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> response = http.send(request(base + "/?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        check(response);
        String text = response.body().startsWith("for(;;);") ? response.body().substring("for(;;);".length())
                : response.body();
        JsonNode answer = Json.MAPPER.readTree(text);
        absorb(answer.isArray() ? answer.get(0) : answer);
        return text;
    }

    private void absorb(JsonNode uidl) {
        if (uidl.has("Vaadin-Security-Key")) {
            csrfToken = uidl.get("Vaadin-Security-Key").asString();
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        if (uidl.has("constants")) {
            for (Map.Entry<String, JsonNode> constant : uidl.get("constants").properties()) {
                constants.put(constant.getKey(), constant.getValue());
            }
        }
        if (uidl.has("changes")) {
            for (JsonNode change : uidl.get("changes")) {
                if ("put".equals(change.path("type").asString()) && change.path("feat").asInt() == 4) {
                    listeners.computeIfAbsent(change.get("node").asInt(), node -> new HashMap<>())
                            .put(change.get("key").asString(), change.get("value").asString());
                }
            }
        }
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Cookie", sessionCookie);
    }

    private static void check(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " for " + response.uri() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
    }
}
