package org.goldset.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a schema YAML file and checks it completely before anything uses it: every error names the
 * file and the entry (e.g. {@code eventTypes[2].roles[0].accepts}) so a schema author can fix it.
 */
public final class SchemaLoader {

    public static final String DEFAULT_RESOURCE = "/schema/default-schema.yaml";
    /** Labels are stored in a column of this size and shown in narrow UI badges. */
    public static final int MAX_NAME_LENGTH = 40;

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private SchemaLoader() {
    }

    public static AnnotationSchema loadDefault() {
        try (InputStream in = SchemaLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new SchemaException("the built-in schema " + DEFAULT_RESOURCE + " is missing from the jar");
            }
            return load(new InputStreamReader(in, StandardCharsets.UTF_8), "built-in schema");
        } catch (IOException e) {
            throw new SchemaException("cannot read the built-in schema: " + e.getMessage(), e);
        }
    }

    public static AnnotationSchema load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SchemaException("schema file " + file + " does not exist or is not a file");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return load(reader, file.toString());
        } catch (IOException e) {
            throw new SchemaException("cannot read schema file " + file + ": " + e.getMessage(), e);
        }
    }

    static AnnotationSchema load(Reader reader, String source) {
        SchemaFile file;
        try {
            file = YAML.readValue(reader, SchemaFile.class);
        } catch (DatabindException e) {
            throw new SchemaException(source + ": " + where(e) + ": " + problem(e), e);
        } catch (JacksonException e) {
            throw new SchemaException(source + " is not valid YAML: " + e.getOriginalMessage(), e);
        }
        if (file == null) {
            throw new SchemaException(source + ": the top level: expected a mapping (key: value)");
        }
        return new Checker(source).check(file);
    }

    /** The entry Jackson stopped at, written as the schema author sees it: {@code eventTypes[2].roles[0].accepts}. */
    private static String where(DatabindException e) {
        StringBuilder where = new StringBuilder();
        for (JacksonException.Reference step : e.getPath()) {
            if (step.getPropertyName() != null) {
                where.append(where.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                where.append('[').append(step.getIndex()).append(']');
            }
        }
        return where.isEmpty() ? "the top level" : where.toString();
    }

    private static String problem(DatabindException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown key '" + unknown.getPropertyName() + "' (known: " + unknown.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", ")) + ")";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            return List.class.isAssignableFrom(target) ? "expected a list"
                    : target == String.class ? "expected text" : "expected a mapping (key: value)";
        }
        return e.getOriginalMessage();
    }

    /** Checks a read schema file entry by entry, naming each entry so that errors can say where. */
    private static final class Checker {
        private final String source;
        private final Set<String> hotkeys = new HashSet<>();

        Checker(String source) {
            this.source = source;
        }

        AnnotationSchema check(SchemaFile file) {
            List<SchemaFile.EntityTypeEntry> entityEntries = required(file.entityTypes(), "entityTypes");
            if (entityEntries.isEmpty()) {
                throw error("entityTypes", "at least one entity type is needed");
            }
            List<EntityType> entityTypes = new ArrayList<>();
            Set<String> entityNames = new HashSet<>();
            for (int i = 0; i < entityEntries.size(); i++) {
                String where = "entityTypes[" + i + "]";
                SchemaFile.EntityTypeEntry entry = entry(entityEntries.get(i), where);
                EntityType type = new EntityType(name(entry.name(), where), text(entry.description()),
                        colour(entry.colour(), where), hotkey(entry.hotkey(), where));
                if (!entityNames.add(type.name())) {
                    throw error(where, "entity type " + type.name() + " is defined twice");
                }
                entityTypes.add(type);
            }
            List<EventType> eventTypes = new ArrayList<>();
            Set<String> eventNames = new HashSet<>();
            List<SchemaFile.EventTypeEntry> eventEntries = Objects.requireNonNullElse(file.eventTypes(), List.of());
            for (int i = 0; i < eventEntries.size(); i++) {
                String where = "eventTypes[" + i + "]";
                EventType type = eventType(entry(eventEntries.get(i), where), where, entityNames);
                if (!eventNames.add(type.name()) || entityNames.contains(type.name())) {
                    throw error(where, "type name " + type.name() + " is used twice");
                }
                eventTypes.add(type);
            }
            return new AnnotationSchema(entityTypes, eventTypes);
        }

        private EventType eventType(SchemaFile.EventTypeEntry entry, String where, Set<String> entityNames) {
            String name = name(entry.name(), where);
            List<String> cameo = Objects.requireNonNullElse(entry.cameo(), List.of());
            for (int i = 0; i < cameo.size(); i++) {
                if (cameo.get(i) == null || !EventAttribute.CAMEO_CODE.matcher(cameo.get(i)).matches()) {
                    throw error(where + ".cameo[" + i + "]", "CAMEO codes are 2 to 4 digits, quoted; got " + cameo.get(i));
                }
            }
            List<RoleDefinition> roles = new ArrayList<>();
            Set<String> roleNames = new HashSet<>();
            List<SchemaFile.RoleEntry> roleEntries = required(entry.roles(), where + ".roles");
            for (int r = 0; r < roleEntries.size(); r++) {
                String roleWhere = where + ".roles[" + r + "]";
                SchemaFile.RoleEntry role = entry(roleEntries.get(r), roleWhere);
                String roleName = name(role.name(), roleWhere);
                if (!roleNames.add(roleName)) {
                    throw error(roleWhere, "role " + roleName + " is defined twice in " + name);
                }
                List<String> accepts = required(role.accepts(), roleWhere + ".accepts");
                if (accepts.isEmpty()) {
                    throw error(roleWhere + ".accepts", "a role must accept at least one entity type");
                }
                for (String label : accepts) {
                    if (!entityNames.contains(label)) {
                        throw error(roleWhere + ".accepts", "unknown entity type " + label
                                + " (known: " + String.join(", ", entityNames) + ")");
                    }
                }
                roles.add(new RoleDefinition(roleName, List.copyOf(accepts)));
            }
            return new EventType(name, text(entry.description()), colour(entry.colour(), where),
                    hotkey(entry.hotkey(), where), List.copyOf(cameo), roles);
        }

        private String name(String name, String where) {
            if (name == null || name.isBlank()) {
                throw error(where + ".name", "a name is required");
            }
            if (!NAME.matcher(name).matches() || name.length() > MAX_NAME_LENGTH) {
                throw error(where + ".name", "names are letters, digits, _ or -, starting with a letter, at most "
                        + MAX_NAME_LENGTH + " characters; got '" + name + "'");
            }
            return name;
        }

        private String colour(String value, String where) {
            String colour = text(value);
            if (!COLOUR.matcher(colour).matches()) {
                throw error(where + ".colour", "colours are written #rrggbb; got '" + colour + "'");
            }
            return colour.toLowerCase();
        }

        private String hotkey(String value, String where) {
            String hotkey = text(value);
            if (!hotkey.isEmpty() && !hotkeys.add(hotkey.toLowerCase())) {
                throw error(where + ".hotkey", "hotkey " + hotkey + " is already used by another type");
            }
            return hotkey;
        }

        private static String text(String value) {
            return value == null ? "" : value.strip();
        }

        private <T> List<T> required(List<T> list, String where) {
            if (list == null) {
                throw error(where, "this list is required");
            }
            return list;
        }

        /** An empty entry ("- " alone on its line) is read as nothing. */
        private <T> T entry(T value, String where) {
            if (value == null) {
                throw error(where, "expected a mapping (key: value)");
            }
            return value;
        }

        private SchemaException error(String where, String problem) {
            return new SchemaException(source + ": " + where + ": " + problem);
        }
    }
}
