package org.goldset.base.ui;

import java.util.List;
import java.util.function.Consumer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import org.goldset.base.Json;
import org.goldset.text.Span;
import org.goldset.text.TextOffsets;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Java side of the {@code goldset-annotated-text} web component (frontend/annotated-text.ts). The
 * browser counts UTF-16 units; this class converts to and from Goldset's code points, so nothing
 * else in the screens showing an article have to (review, curation).
 */
@Tag("goldset-annotated-text")
@JsModule("./annotated-text.ts")
public class AnnotatedText extends Component {

    private static final JsonMapper JSON = Json.MAPPER;

    private TextOffsets offsets = new TextOffsets("");
    /** True once updateSpans changed the spans in the browser: the property no longer says what it shows. */
    private boolean changedInBrowser;

    public void setText(String text) {
        offsets = new TextOffsets(text);
        getElement().setProperty("text", text);
    }

    /**
     * Annotations to show, in code points; converted to the browser's UTF-16 offsets here.
     * {@link #updateSpans} changes the list in the browser only, so from then on the server's copy
     * of the property may equal a new list while the browser shows another, and Vaadin sends nothing
     * for a property that did not change on the server: after accept → undo the browser kept the
     * accepted mark while the database said pending. So once the browser's list has diverged, a whole
     * new list goes as a call, which is always sent.
     */
    public void setSpans(List<ShownSpan> spans) {
        List<BrowserSpan> browser = spans.stream().map(this::toBrowser).toList();
        if (changedInBrowser) {
            ArrayNode json = JSON.valueToTree(browser);
            getElement().executeJs("this.spans = $0", json);
        } else {
            getElement().setPropertyList("spans", browser);
        }
    }

    private BrowserSpan toBrowser(ShownSpan span) {
        return new BrowserSpan(span.id(), offsets.toUtf16(span.span().start()), offsets.toUtf16(span.span().end()),
                span.label(), span.status(), span.colour());
    }

    /** Sends only what changed; see updateSpans in annotated-text.ts. */
    public void updateSpans(List<ShownSpan> changed, List<Long> removedIds) {
        changedInBrowser = true;
        ArrayNode changedJson = JSON.valueToTree(changed.stream().map(this::toBrowser).toList());
        ArrayNode removedJson = JSON.valueToTree(removedIds);
        getElement().callJsFunction("updateSpans", changedJson, removedJson);
    }

    public void setSelectedId(long id) {
        getElement().setProperty("selectedId", id);
    }

    /**
     * Shows the current event in the text: its trigger outlined and scrolled to, its arguments
     * outlined with their roles; null for none.
     */
    public void setEventFocus(EventFocus focus) {
        if (focus == null) {
            getElement().setPropertyJson("eventFocus", tools.jackson.databind.node.JsonNodeFactory.instance.nullNode());
            return;
        }
        getElement().setPropertyBean("eventFocus", new BrowserFocus(offsets.toUtf16(focus.trigger().start()),
                offsets.toUtf16(focus.trigger().end()), focus.arguments().stream()
                        .map(argument -> new BrowserArgument(offsets.toUtf16(argument.span().start()),
                                offsets.toUtf16(argument.span().end()), argument.role()))
                        .toList()));
    }

    public void setShowRejected(boolean show) {
        getElement().setProperty("showRejected", show);
    }

    public Registration addSpanClickListener(Consumer<Long> listener) {
        return addListener(SpanClickEvent.class, event -> listener.accept(event.id));
    }

    /** Mouse selections, as code-point spans with surrounding whitespace left out. */
    public Registration addTextSelectListener(Consumer<Span> listener) {
        return addListener(TextSelectEvent.class, event -> {
            String text = offsets.text();
            int start = event.start;
            int end = Math.min(event.end, text.length());
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                listener.accept(new Span(offsets.toCodePoints(start), offsets.toCodePoints(end)));
            }
        });
    }

    /** An annotation to show: code-point span, label, status name and colour. */
    public record ShownSpan(long id, Span span, String label, String status, String colour) {
    }

    /** An event to show in the text: trigger and role-tagged arguments, in code points. */
    public record EventFocus(Span trigger, List<RoleMark> arguments) {
    }

    public record RoleMark(Span span, String role) {
    }

    /** The event focus as the browser gets it, in UTF-16 offsets. Public for JSON serialisation. */
    public record BrowserFocus(int triggerStart, int triggerEnd, List<BrowserArgument> arguments) {
    }

    public record BrowserArgument(int start, int end, String role) {
    }

    /** What the browser gets: the same with UTF-16 offsets. Public for JSON serialisation. */
    public record BrowserSpan(long id, int start, int end, String label, String status, String colour) {
    }

    @DomEvent("span-click")
    public static class SpanClickEvent extends ComponentEvent<AnnotatedText> {
        private final long id;

        public SpanClickEvent(AnnotatedText source, boolean fromClient, @EventData("event.detail.id") long id) {
            super(source, fromClient);
            this.id = id;
        }
    }

    @DomEvent("text-select")
    public static class TextSelectEvent extends ComponentEvent<AnnotatedText> {
        private final int start;
        private final int end;

        public TextSelectEvent(AnnotatedText source, boolean fromClient,
                               @EventData("event.detail.start") int start, @EventData("event.detail.end") int end) {
            super(source, fromClient);
            this.start = start;
            this.end = end;
        }
    }
}
