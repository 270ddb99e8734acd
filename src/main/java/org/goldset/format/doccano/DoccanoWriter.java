package org.goldset.format.doccano;

import java.util.HashMap;
import java.util.Map;
import org.goldset.format.ExportWarnings;
import org.goldset.format.JsonLinesWriter;
import org.goldset.format.JsonSupport;
import org.goldset.gold.GoldDocument;
import org.goldset.gold.GoldEntity;
import org.goldset.gold.GoldEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * doccano's sequence-labelling-with-relations JSONL: {@code entities} with
 * {@code start_offset}/{@code end_offset} in code points (doccano's server is Python), and
 * {@code relations}. An event becomes its trigger as an entity labelled with the event type, and
 * one relation per argument from the trigger to the argument's entity, typed with the role.
 * Document id, title and metadata go to extra keys, which doccano keeps as metadata.
 */
final class DoccanoWriter extends JsonLinesWriter {

    private long documentNumber;

    DoccanoWriter(ExportWarnings warnings) {
        super(warnings);
    }

    @Override
    public JsonNode line(GoldDocument document) {
        ObjectNode line = JsonSupport.object();
        line.put("id", ++documentNumber);
        line.put("text", document.text());
        ArrayNode entities = line.putArray("entities");
        ArrayNode relations = line.putArray("relations");
        Map<String, Integer> numberOf = new HashMap<>();
        for (GoldEntity entity : document.entities()) {
            numberOf.put(entity.id(), entities.size() + 1);
            entities.add(entity(entities.size() + 1, entity.label(), entity.start(), entity.end()));
        }
        for (GoldEvent event : document.events()) {
            int trigger = entities.size() + 1;
            entities.add(entity(trigger, event.type(), event.triggerStart(), event.triggerEnd()));
            for (GoldEvent.GoldArgument argument : event.arguments()) {
                relations.addObject().put("id", relations.size() + 1).put("from_id", trigger)
                        .put("to_id", numberOf.get(argument.entity())).put("type", argument.role());
            }
        }
        line.put("document_id", document.id());
        line.set("meta", JsonSupport.documentMeta(document));
        return line;
    }

    private static ObjectNode entity(int id, String label, int start, int end) {
        return JsonSupport.object().put("id", id).put("label", label).put("start_offset", start).put("end_offset", end);
    }
}
