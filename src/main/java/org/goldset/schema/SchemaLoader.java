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
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

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
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (YAMLException e) {
            throw new SchemaException(source + " is not valid YAML: " + e.getMessage(), e);
        }
        return new Parser(source).parse(root);
    }

    /** Walks the YAML tree, remembering where it is, so that errors can say so. */
    private static final class Parser {
        private final String source;
        private final Set<String> hotkeys = new HashSet<>();

        Parser(String source) {
            this.source = source;
        }

        AnnotationSchema parse(Object root) {
            Map<?, ?> top = map(root, "the top level");
            List<EntityType> entityTypes = new ArrayList<>();
            List<?> entityEntries = list(top.get("entityTypes"), "entityTypes");
            if (entityEntries.isEmpty()) {
                throw error("entityTypes", "at least one entity type is needed");
            }
            Set<String> entityNames = new HashSet<>();
            for (int i = 0; i < entityEntries.size(); i++) {
                String where = "entityTypes[" + i + "]";
                Map<?, ?> entry = map(entityEntries.get(i), where);
                EntityType type = new EntityType(name(entry, where), optionalText(entry, "description", where),
                        colour(entry, where), hotkey(entry, where));
                if (!entityNames.add(type.name())) {
                    throw error(where, "entity type " + type.name() + " is defined twice");
                }
                entityTypes.add(type);
            }
            List<EventType> eventTypes = new ArrayList<>();
            List<?> eventEntries = top.containsKey("eventTypes") ? list(top.get("eventTypes"), "eventTypes") : List.of();
            Set<String> eventNames = new HashSet<>();
            for (int i = 0; i < eventEntries.size(); i++) {
                String where = "eventTypes[" + i + "]";
                EventType type = eventType(map(eventEntries.get(i), where), where, entityNames);
                if (!eventNames.add(type.name()) || entityNames.contains(type.name())) {
                    throw error(where, "type name " + type.name() + " is used twice");
                }
                eventTypes.add(type);
            }
            return new AnnotationSchema(entityTypes, eventTypes);
        }

        private EventType eventType(Map<?, ?> entry, String where, Set<String> entityNames) {
            String name = name(entry, where);
            List<String> cameo = new ArrayList<>();
            if (entry.containsKey("cameo")) {
                List<?> codes = list(entry.get("cameo"), where + ".cameo");
                for (int i = 0; i < codes.size(); i++) {
                    String code = String.valueOf(codes.get(i));
                    if (!code.matches("\\d{2,4}")) {
                        throw error(where + ".cameo[" + i + "]", "CAMEO codes are 2 to 4 digits, quoted; got " + code);
                    }
                    cameo.add(code);
                }
            }
            List<RoleDefinition> roles = new ArrayList<>();
            Set<String> roleNames = new HashSet<>();
            List<?> roleEntries = list(entry.get("roles"), where + ".roles");
            for (int r = 0; r < roleEntries.size(); r++) {
                String roleWhere = where + ".roles[" + r + "]";
                Map<?, ?> roleEntry = map(roleEntries.get(r), roleWhere);
                String roleName = name(roleEntry, roleWhere);
                if (!roleNames.add(roleName)) {
                    throw error(roleWhere, "role " + roleName + " is defined twice in " + name);
                }
                List<?> accepted = list(roleEntry.get("accepts"), roleWhere + ".accepts");
                if (accepted.isEmpty()) {
                    throw error(roleWhere + ".accepts", "a role must accept at least one entity type");
                }
                List<String> accepts = new ArrayList<>();
                for (Object label : accepted) {
                    if (!entityNames.contains(String.valueOf(label))) {
                        throw error(roleWhere + ".accepts", "unknown entity type " + label
                                + " (known: " + String.join(", ", entityNames) + ")");
                    }
                    accepts.add(String.valueOf(label));
                }
                roles.add(new RoleDefinition(roleName, accepts));
            }
            return new EventType(name, optionalText(entry, "description", where), colour(entry, where),
                    hotkey(entry, where), cameo, roles);
        }

        private String name(Map<?, ?> entry, String where) {
            Object value = entry.get("name");
            if (!(value instanceof String name) || name.isBlank()) {
                throw error(where + ".name", "a name is required");
            }
            if (!NAME.matcher(name).matches() || name.length() > MAX_NAME_LENGTH) {
                throw error(where + ".name", "names are letters, digits, _ or -, starting with a letter, at most "
                        + MAX_NAME_LENGTH + " characters; got '" + name + "'");
            }
            return name;
        }

        private String colour(Map<?, ?> entry, String where) {
            String colour = optionalText(entry, "colour", where);
            if (!COLOUR.matcher(colour).matches()) {
                throw error(where + ".colour", "colours are written #rrggbb; got '" + colour + "'");
            }
            return colour.toLowerCase();
        }

        private String hotkey(Map<?, ?> entry, String where) {
            String hotkey = optionalText(entry, "hotkey", where);
            if (hotkey.isEmpty()) {
                return hotkey;
            }
            if (!hotkeys.add(hotkey.toLowerCase())) {
                throw error(where + ".hotkey", "hotkey " + hotkey + " is already used by another type");
            }
            return hotkey;
        }

        private String optionalText(Map<?, ?> entry, String key, String where) {
            Object value = entry.get(key);
            if (value == null) {
                return "";
            }
            if (value instanceof Map || value instanceof List) {
                throw error(where + "." + key, "expected text");
            }
            return String.valueOf(value).strip();
        }

        private Map<?, ?> map(Object value, String where) {
            if (value instanceof Map<?, ?> map) {
                return map;
            }
            throw error(where, "expected a mapping (key: value)");
        }

        private List<?> list(Object value, String where) {
            if (value instanceof List<?> list) {
                return list;
            }
            throw error(where, value == null ? "this list is required" : "expected a list");
        }

        private SchemaException error(String where, String problem) {
            return new SchemaException(source + ": " + where + ": " + problem);
        }
    }
}
