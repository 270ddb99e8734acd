package org.goldset.format;

import java.util.ArrayList;
import java.util.List;

/**
 * The chunk logic of CoNLL's conlleval.pl in Java: reads lines "token ... gold guess", refuses what
 * conlleval refuses (a line with a different number of columns), and scores chunks as it does.
 * Also refuses tags that are not IOB2 (an I- that does not continue a chunk of its type).
 */
final class Conlleval {

    record Score(int goldChunks, int guessedChunks, int correctChunks) {
        double f1() {
            double precision = guessedChunks == 0 ? 0 : 100.0 * correctChunks / guessedChunks;
            double recall = goldChunks == 0 ? 0 : 100.0 * correctChunks / goldChunks;
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    private record Chunk(int start, int end, String type) {
    }

    private Conlleval() {
    }

    static Score score(List<String> lines) {
        List<String> gold = new ArrayList<>();
        List<String> guess = new ArrayList<>();
        int columns = -1;
        for (String line : lines) {
            if (line.isBlank()) {
                gold.add("O");
                guess.add("O");
                continue;
            }
            String[] fields = line.split(" ");
            if (columns >= 0 && fields.length != columns) {
                throw new AssertionError("conlleval: unexpected number of features in line " + line);
            }
            columns = fields.length;
            if (fields[0].equals("-DOCSTART-")) {
                gold.add("O");
                guess.add("O");
                continue;
            }
            gold.add(checkIob2(fields[fields.length - 2], gold));
            guess.add(fields[fields.length - 1]);
        }
        List<Chunk> goldChunks = chunks(gold);
        List<Chunk> guessedChunks = chunks(guess);
        int correct = (int) guessedChunks.stream().filter(goldChunks::contains).count();
        return new Score(goldChunks.size(), guessedChunks.size(), correct);
    }

    private static String checkIob2(String tag, List<String> before) {
        if (tag.startsWith("I-")) {
            String previous = before.isEmpty() ? "O" : before.getLast();
            if (previous.equals("O") || !previous.substring(2).equals(tag.substring(2))) {
                throw new AssertionError("not IOB2: " + tag + " after " + previous);
            }
        } else if (!tag.equals("O") && !tag.startsWith("B-")) {
            throw new AssertionError("not a BIO tag: " + tag);
        }
        return tag;
    }

    /** conlleval's startOfChunk / endOfChunk rules, for B-, I- and O tags. */
    private static List<Chunk> chunks(List<String> tags) {
        List<Chunk> chunks = new ArrayList<>();
        int start = -1;
        String type = "";
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String prefix = tag.equals("O") ? "O" : tag.substring(0, 1);
            String tagType = tag.equals("O") ? "" : tag.substring(2);
            boolean startsChunk = prefix.equals("B") || (prefix.equals("I") && (start < 0 || !type.equals(tagType)));
            boolean endsPrevious = start >= 0 && (prefix.equals("O") || prefix.equals("B") || !type.equals(tagType));
            if (endsPrevious) {
                chunks.add(new Chunk(start, i, type));
                start = -1;
            }
            if (startsChunk) {
                start = i;
                type = tagType;
            }
        }
        return chunks;
    }
}
