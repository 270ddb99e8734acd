package org.goldset.format.brat;

import java.util.ArrayList;
import java.util.List;

/**
 * A document's text as brat sees it. brat reads the .txt file with universal newlines, so a CRLF
 * counts as one character ("\n"); Python 3's {@code open()} does the same. Goldset writes the .txt
 * with its exact bytes (CRLF kept) and counts .ann offsets, in code points, in this view. A span
 * that crosses a line break becomes brat fragments ({@code 0 5;6 10}) split at the break, with the
 * fragments' texts joined by a space, as brat itself writes such spans.
 */
public final class BratText {

    private final String exact;
    private final String brat;
    private final int[] view;
    /** bratToExact[b] = code-point index in the exact text where brat character b starts. */
    private final int[] bratToExact;
    /** exactToBrat[e] = brat index of exact code point e (a CRLF's CR maps to its LF). */
    private final int[] exactToBrat;

    public BratText(String exactText) {
        this.exact = exactText;
        int[] codePoints = exactText.codePoints().toArray();
        StringBuilder view = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        exactToBrat = new int[codePoints.length + 1];
        for (int e = 0; e < codePoints.length; e++) {
            exactToBrat[e] = starts.size();
            boolean crBeforeLf = codePoints[e] == '\r' && e + 1 < codePoints.length && codePoints[e + 1] == '\n';
            if (crBeforeLf) {
                continue;
            }
            starts.add(codePoints[e] == '\n' && e > 0 && codePoints[e - 1] == '\r' ? e - 1 : e);
            view.appendCodePoint(codePoints[e] == '\r' ? '\n' : codePoints[e]);
        }
        exactToBrat[codePoints.length] = starts.size();
        bratToExact = new int[starts.size() + 1];
        for (int b = 0; b < starts.size(); b++) {
            bratToExact[b] = starts.get(b);
        }
        bratToExact[starts.size()] = codePoints.length;
        this.brat = view.toString();
        this.view = brat.codePoints().toArray();
    }

    public String exact() {
        return exact;
    }

    /** The text with every line break as one "\n", as brat and Python read the file. */
    public String bratView() {
        return brat;
    }

    public int bratLength() {
        return bratToExact.length - 1;
    }

    public int toBrat(int exactCodePoint) {
        return exactToBrat[exactCodePoint];
    }

    public int toExact(int bratOffset) {
        return bratToExact[bratOffset];
    }

    /** The brat fragments [start, end) of an exact span: split at line breaks, which they leave out. */
    public List<int[]> fragments(int exactStart, int exactEnd) {
        List<int[]> fragments = new ArrayList<>();
        int start = toBrat(exactStart);
        int end = toBrat(exactEnd);
        int fragmentStart = -1;
        for (int b = start; b <= end; b++) {
            boolean inside = b < end && view[b] != '\n';
            if (inside && fragmentStart < 0) {
                fragmentStart = b;
            } else if (!inside && fragmentStart >= 0) {
                fragments.add(new int[] {fragmentStart, b});
                fragmentStart = -1;
            }
        }
        return fragments;
    }

    /** brat's text field for fragments: their texts joined by a space. */
    public String textOf(List<int[]> fragments) {
        List<String> parts = new ArrayList<>();
        for (int[] fragment : fragments) {
            parts.add(slice(fragment[0], fragment[1]));
        }
        return String.join(" ", parts);
    }

    private String slice(int bratStart, int bratEnd) {
        return new String(view, bratStart, bratEnd - bratStart);
    }
}
