package org.goldset.annotation;

import java.util.regex.Pattern;

/**
 * The layers of a document's annotations (decision 016): the shared {@link #BASE} (engine
 * suggestions and imported annotations), the {@link #GOLD} that export writes, and one layer per
 * analyst, named by their user name. User names start with a letter or digit, so they never clash
 * with the two shared layers.
 */
public final class Layers {

    /** Engine suggestions and imported annotations: where every analyst's layer starts from. */
    public static final String BASE = "@base";
    /** The gold: the finished layer of a document, or what curation made of several. */
    public static final String GOLD = "@gold";

    /** A user name, which names that user's layer: never starting with '@' like the shared layers. */
    private static final Pattern ANALYST_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}");

    private Layers() {
    }

    /** Whether the text can be a user's name, and so the name of their layer. */
    public static boolean isAnalystName(String name) {
        return name != null && ANALYST_NAME.matcher(name).matches();
    }

    /**
     * An analyst's layer is changed by that analyst only; the shared layers by whoever the services
     * let in (suggestion runs, imports, the curator).
     */
    static void checkDecider(String layer, String actor) {
        if (isAnalysts(layer) && !layer.equals(actor)) {
            throw new IllegalArgumentException("that annotation is in " + layer + "'s own layer: only they change it");
        }
    }

    /**
     * SQL for the layer that stands for a document (its gold if it is DONE and has one, else its
     * shared layer), given the SQL of its id and status: what export writes by default and what the
     * documents list counts for a reader without a layer of their own.
     */
    public static String documentsLayerSql(String documentId, String status) {
        return "CASE WHEN " + status + " = 'DONE' AND EXISTS (SELECT 1 FROM document_tally g WHERE g.document_id = "
                + documentId + " AND g.layer = '" + GOLD + "') THEN '" + GOLD + "' ELSE '" + BASE + "' END";
    }

    /** Whether this is an analyst's own layer rather than a shared one. */
    public static boolean isAnalysts(String layer) {
        return !layer.startsWith("@");
    }
}
