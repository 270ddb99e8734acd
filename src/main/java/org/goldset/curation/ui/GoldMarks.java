package org.goldset.curation.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.base.ui.AnnotatedText;
import org.goldset.curation.CurationSheet;
import org.goldset.curation.CurationSheet.UnitKind;
import org.goldset.schema.AnnotationSchema;

/**
 * The gold's entities marked in the article (accepted solid, undecided dashed, rejected hidden).
 * After the first time only the marks that changed are sent: an action changes a handful of
 * thousands, and sending them all cost a curator's every choice ≈ 40 ms more on a long article.
 */
final class GoldMarks {

    private final AnnotatedText text;
    private final Map<String, String> colours = new LinkedHashMap<>();
    /** What the article shows, by gold id: what the next sheet is compared with. */
    private Map<Long, AnnotatedText.ShownSpan> shown;

    GoldMarks(AnnotatedText text, AnnotationSchema schema) {
        this.text = text;
        schema.entityTypes().forEach(type -> colours.put(type.name(), type.colour()));
    }

    void show(CurationSheet sheet) {
        Map<Long, AnnotatedText.ShownSpan> now = new LinkedHashMap<>();
        sheet.units().stream().filter(unit -> unit.kind() == UnitKind.ENTITY && unit.status() != AnnotationStatus.REJECTED)
                .forEach(unit -> now.put(unit.goldId(), new AnnotatedText.ShownSpan(unit.goldId(), unit.span(),
                        unit.label(), unit.status().name(), colours.getOrDefault(unit.label(), "#888888"))));
        if (shown == null) {
            text.setSpans(List.copyOf(now.values()));
        } else {
            List<AnnotatedText.ShownSpan> changed = now.values().stream()
                    .filter(span -> !span.equals(shown.get(span.id()))).toList();
            List<Long> removed = shown.keySet().stream().filter(id -> !now.containsKey(id)).toList();
            if (!changed.isEmpty() || !removed.isEmpty()) {
                text.updateSpans(changed, removed);
            }
        }
        shown = now;
    }
}
