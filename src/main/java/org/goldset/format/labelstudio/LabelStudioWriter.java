package org.goldset.format.labelstudio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.goldset.format.ExportWarnings;
import org.goldset.format.GoldFormatWriter;
import org.goldset.format.JsonSupport;
import org.goldset.gold.GoldDocument;
import org.goldset.gold.GoldEntity;
import org.goldset.gold.GoldEvent;
import org.goldset.gold.GoldOrigin;
import org.goldset.gold.GoldStatus;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Label Studio JSON tasks, streamed as one JSON array. ACCEPTED annotations go into the task's
 * {@code annotations}, PENDING ones into its {@code predictions} (with the engine's score), each as
 * {@code labels} regions ({@code from_name} "label", {@code to_name} "text"); event triggers are
 * regions labelled with the event type and arguments are {@code relation}s from trigger to entity
 * labelled with the role. Offsets count code points, as Label Studio stores them since its emoji
 * fix (label-studio-frontend#308); see docs/decisions/008-export-formats.md. REJECTED annotations
 * have no place in Label Studio and are left out, counted as warnings.
 */
public final class LabelStudioWriter implements GoldFormatWriter {

    public static final String REJECTED = "REJECTED annotation (Label Studio has no rejected regions; left out)";
    public static final String MIXED = "argument linking an ACCEPTED and a PENDING annotation (a Label Studio "
            + "relation stays inside one annotation or prediction; left out)";

    private final ExportWarnings warnings;
    private OutputStream out;
    private boolean first = true;

    LabelStudioWriter(ExportWarnings warnings) {
        this.warnings = warnings;
    }

    @Override
    public void begin(OutputStream stream) throws IOException {
        out = stream;
        out.write('[');
    }

    @Override
    public void writeDocument(GoldDocument document) throws IOException {
        ObjectNode task = JsonSupport.object();
        ObjectNode data = task.putObject("data");
        data.put("text", document.text());
        data.set("meta", JsonSupport.documentMeta(document));
        ArrayNode accepted = JsonSupport.array();
        ArrayNode pending = JsonSupport.array();
        Map<String, GoldStatus> statusOf = new HashMap<>();
        for (GoldEntity entity : document.entities()) {
            statusOf.put(entity.id(), entity.status());
            region(listFor(entity.status(), accepted, pending), entity.id(), entity.start(), entity.end(),
                    entity.text(), entity.label(), entity.origin());
        }
        for (GoldEvent event : document.events()) {
            region(listFor(event.status(), accepted, pending), event.id(), event.triggerStart(), event.triggerEnd(),
                    event.triggerText(), event.type(), event.origin());
            for (GoldEvent.GoldArgument argument : event.arguments()) {
                GoldStatus entityStatus = statusOf.get(argument.entity());
                if (argument.status() != event.status() || entityStatus != event.status()) {
                    warnings.add(argument.status() == GoldStatus.REJECTED ? REJECTED : MIXED);
                    continue;
                }
                ArrayNode list = listFor(event.status(), accepted, pending);
                if (list != null) {
                    ObjectNode relation = list.addObject();
                    relation.put("type", "relation").put("from_id", event.id()).put("to_id", argument.entity())
                            .put("direction", "right").putArray("labels").add(argument.role());
                }
            }
        }
        if (!accepted.isEmpty()) {
            task.putArray("annotations").addObject().set("result", accepted);
        } else {
            task.putArray("annotations");
        }
        ArrayNode predictions = task.putArray("predictions");
        if (!pending.isEmpty()) {
            predictions.addObject().put("model_version", "goldset").set("result", pending);
        }
        if (!first) {
            out.write(',');
        }
        first = false;
        out.write('\n');
        out.write(JsonSupport.JSON.writeValueAsBytes(task));
    }

    private ArrayNode listFor(GoldStatus status, ArrayNode accepted, ArrayNode pending) {
        return switch (status) {
            case ACCEPTED -> accepted;
            case PENDING -> pending;
            case REJECTED -> {
                warnings.add(REJECTED);
                yield null;
            }
        };
    }

    private static void region(ArrayNode list, String id, int start, int end, String text, String label,
                               GoldOrigin origin) {
        if (list == null) {
            return;
        }
        ObjectNode region = list.addObject();
        region.put("id", id).put("from_name", "label").put("to_name", "text").put("type", "labels");
        ObjectNode value = region.putObject("value");
        value.put("start", start).put("end", end).put("text", text).putArray("labels").add(label);
        if (origin.score() != null) {
            region.put("score", origin.score());
        }
    }

    @Override
    public void end() throws IOException {
        out.write("\n]\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
