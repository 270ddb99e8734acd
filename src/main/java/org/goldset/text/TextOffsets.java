package org.goldset.text;

/**
 * Converts between the two ways of counting positions in a text: Java's UTF-16 {@code char}
 * indices (what {@link String}, CoreNLP and the browser use) and Unicode code points (what Goldset
 * stores, imports and exports, as Python counts). They differ after every character outside the
 * Basic Multilingual Plane, e.g. an emoji, which is two chars but one code point.
 * See docs/decisions/001-offsets-in-code-points.md.
 *
 * <p>Build one per text and reuse it; conversions are O(1) after an O(n) set-up, and texts without
 * supplementary characters need no tables at all.
 */
public final class TextOffsets {

    private final String text;
    private final int codePointLength;
    /** utf16IndexOfCodePoint[cp] = char index where code point cp starts; null when they coincide. */
    private final int[] utf16IndexOfCodePoint;
    /** codePointIndexOfUtf16[i] = code point index of the code point containing char i. */
    private final int[] codePointIndexOfUtf16;

    public TextOffsets(String text) {
        this.text = text;
        this.codePointLength = text.codePointCount(0, text.length());
        if (codePointLength == text.length()) {
            utf16IndexOfCodePoint = null;
            codePointIndexOfUtf16 = null;
            return;
        }
        utf16IndexOfCodePoint = new int[codePointLength + 1];
        codePointIndexOfUtf16 = new int[text.length() + 1];
        int charIndex = 0;
        for (int cp = 0; cp < codePointLength; cp++) {
            utf16IndexOfCodePoint[cp] = charIndex;
            int width = Character.charCount(text.codePointAt(charIndex));
            for (int k = 0; k < width; k++) {
                codePointIndexOfUtf16[charIndex + k] = cp;
            }
            charIndex += width;
        }
        utf16IndexOfCodePoint[codePointLength] = text.length();
        codePointIndexOfUtf16[text.length()] = codePointLength;
    }

    public String text() {
        return text;
    }

    public int codePointLength() {
        return codePointLength;
    }

    public int toUtf16(int codePointOffset) {
        checkRange(codePointOffset, codePointLength, "code point");
        return utf16IndexOfCodePoint == null ? codePointOffset : utf16IndexOfCodePoint[codePointOffset];
    }

    /**
     * The code point offset for a UTF-16 index. An index inside a surrogate pair maps to the code
     * point that contains it, so a start offset never splits an emoji.
     */
    public int toCodePoints(int utf16Offset) {
        checkRange(utf16Offset, text.length(), "UTF-16");
        return codePointIndexOfUtf16 == null ? utf16Offset : codePointIndexOfUtf16[utf16Offset];
    }

    /** The text between two code point offsets, end exclusive. */
    public String slice(int codePointStart, int codePointEnd) {
        return text.substring(toUtf16(codePointStart), toUtf16(codePointEnd));
    }

    public boolean isValidSpan(int codePointStart, int codePointEnd) {
        return 0 <= codePointStart && codePointStart < codePointEnd && codePointEnd <= codePointLength;
    }

    private static void checkRange(int offset, int length, String unit) {
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException(unit + " offset " + offset + " is outside 0.." + length);
        }
    }
}
