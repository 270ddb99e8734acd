package org.goldset.format.txt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goldset.base.Json;
import org.goldset.format.GoldFormatReader;
import org.goldset.format.ImportFileException;
import org.goldset.format.ImportProblem;
import org.goldset.format.InputLimits;
import org.goldset.format.StrictUtf8;
import org.goldset.gold.GoldDocument;
import org.goldset.gold.GoldDocumentStatus;
import org.goldset.gold.GoldMetadata;

/**
 * One plain-text article per file. The text is the file's content unchanged (only a UTF-8
 * byte-order mark is removed), so offsets into the stored text are offsets into the file; the
 * title, byline, date, outlet and dateline are read from its first lines, the id is the file name.
 */
final class TextReader implements GoldFormatReader {

    @Override
    public void read(Path file, InputLimits limits, List<ImportProblem> problems, DocumentSink sink) throws IOException {
        long size = Files.size(file);
        if (size > limits.articleFileBytes()) {
            throw new ImportFileException(0, "the file is " + String.format("%,d", size) + " bytes, more than an article "
                    + "of " + String.format("%,d", limits.articleCharacters()) + " characters can be "
                    + "(goldset.limits.article-characters)");
        }
        String text = StrictUtf8.decode(Files.readAllBytes(file));
        if (text.isBlank()) {
            throw new ImportFileException(0, "the file is empty");
        }
        TextArticleReader.ArticleHeader header = TextArticleReader.read(text);
        Map<String, String> extra = new LinkedHashMap<>();
        if (header.dateline() != null) {
            extra.put("dateline", Json.MAPPER.writeValueAsString(header.dateline()));
        }
        GoldMetadata meta = new GoldMetadata(header.outlet(), header.byline(), header.date(), null, extra);
        sink.accept(new GoldDocument(idOf(file), header.title(), text, meta, GoldDocumentStatus.NEW, List.of(),
                List.of(), null), file, 0);
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
