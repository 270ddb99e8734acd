package org.goldset.annotation;

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

    private Layers() {
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

    /** Whether this is an analyst's own layer rather than a shared one. */
    public static boolean isAnalysts(String layer) {
        return !layer.startsWith("@");
    }
}
