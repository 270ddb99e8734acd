package org.goldset.format.brat;

import java.util.stream.Collectors;
import org.goldset.schema.AnnotationSchema;
import org.goldset.schema.EntityType;
import org.goldset.schema.EventType;
import org.goldset.schema.RoleDefinition;

/** brat's annotation.conf for the schema: entity types, event types with their roles, Goldset's attributes. */
final class BratConfiguration {

    private BratConfiguration() {
    }

    static String of(AnnotationSchema schema) {
        StringBuilder conf = new StringBuilder();
        conf.append("# Made by Goldset from its annotation schema. Offsets in the .ann files count Unicode code\n")
                .append("# points of the .txt files as brat reads them: with universal newlines, a CRLF is one.\n")
                .append("[entities]\n");
        for (EntityType type : schema.entityTypes()) {
            conf.append(type.name()).append('\n');
        }
        conf.append("\n[relations]\n")
                .append("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n")
                .append("\n[events]\n");
        for (EventType type : schema.eventTypes()) {
            conf.append(type.name());
            String separator = "\t";
            for (RoleDefinition role : type.roles()) {
                conf.append(separator).append(role.name()).append("*:").append(String.join("|", role.accepts()));
                separator = ", ";
            }
            conf.append('\n');
        }
        conf.append("\n[attributes]\n")
                .append(BratConventions.STATUS_ATTRIBUTE).append("\tArg:<ENTITY>|<EVENT>, Value:ACCEPTED|PENDING|REJECTED\n")
                .append(BratConventions.MODALITY_ATTRIBUTE).append("\tArg:<EVENT>, Value:")
                .append(BratConventions.MODALITIES.stream().collect(Collectors.joining("|"))).append('\n');
        return conf.toString();
    }
}
