package org.goldset.format;

import org.goldset.base.GoldsetProperties;

/**
 * The largest input an import accepts, so that one hostile or mistaken file is refused with a
 * clear reason instead of taking the whole heap (a 200 MB "article", a 50 MB line, a zip bomb) or
 * hanging the review screen (a million entities in one article).
 *
 * @param articleCharacters      the longest article text, in code points
 * @param annotationsPerDocument the most entities plus events one document may carry
 * @param lineCharacters         the longest line of a JSON Lines file (counted in bytes, which is at least
 *                               the characters)
 * @param zipEntries             the most entries a zip may hold
 * @param zipBytes               the most bytes a zip's entries may hold, uncompressed, all together
 * @param zipRatio               the highest compression ratio of an entry (text compresses about 3–10×; a
 *                               bomb of zeros about 1000×)
 */
public record InputLimits(int articleCharacters, int annotationsPerDocument, int lineCharacters, int zipEntries,
                          long zipBytes, int zipRatio) {

    public static final InputLimits DEFAULT = of(new GoldsetProperties.Limits(5_000_000, 20_000, 20_000_000));

    public static InputLimits of(GoldsetProperties.Limits limits) {
        return new InputLimits(limits.articleCharacters(), limits.annotationsPerDocument(), limits.lineCharacters(),
                200_000, 4L << 30, 200);
    }

    /** The largest file that can hold an article within the limit: UTF-8 takes at most four bytes a character. */
    public long articleFileBytes() {
        return 4L * articleCharacters + 4096;
    }
}
