package org.goldset.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.goldset.base.RowIds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Adds documents many at a time: rows are buffered and written in JDBC batches under ids handed out
 * by {@link RowIds}, with no persistence context that grows with the file. The lookups that keep an
 * import from storing a text twice read the database directly, so they never flush anything.
 * Runs in the caller's transaction.
 */
@Service
public class DocumentImport {

    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;

    DocumentImport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What the corpus already holds of a document to import, in one indexed query: the external id of
     * a stored document with the same text (by its SHA-256), and the id of one with the same external id.
     */
    public Clash clash(String textHash, String externalId) {
        Clash clash = new Clash(null, null, null);
        for (Object[] row : jdbc.query("SELECT external_id, text_hash, id FROM document WHERE text_hash = ? OR external_id = ?",
                (result, number) -> new Object[] {result.getString(1), result.getString(2), result.getLong(3)},
                textHash, externalId)) {
            boolean sameText = textHash.equals(row[1]);
            clash = new Clash(sameText ? (String) row[0] : clash.externalIdWithSameText(),
                    sameText ? (Long) row[2] : clash.idWithSameText(),
                    externalId.equals(row[0]) ? (Long) row[2] : clash.idWithSameExternalId());
        }
        return clash;
    }

    /** Either part is null when the corpus has no such document. */
    public record Clash(String externalIdWithSameText, Long idWithSameText, Long idWithSameExternalId) {
    }

    /** The id of the stored document with this external id, if any. */
    public Optional<Long> idOfExternalId(String externalId) {
        return jdbc.queryForList("SELECT id FROM document WHERE external_id = ?", Long.class, externalId)
                .stream().findFirst();
    }

    /** A buffer for one import; {@link Batch#write} writes what it holds. */
    public Batch batch(RowIds ids) {
        return new Batch(ids);
    }

    /** Documents waiting to be written. */
    public final class Batch {

        private final RowIds ids;
        private final List<Row> rows = new ArrayList<>();

        private Batch(RowIds ids) {
            this.ids = ids;
        }

        private record Row(long id, NewDocument document) {
        }

        /** Adds a document and returns the id it will have. */
        public long add(NewDocument document) {
            long id = ids.next("document");
            rows.add(new Row(id, document));
            return id;
        }

        public int size() {
            return rows.size();
        }

        public void write() {
            jdbc.batchUpdate("""
                    INSERT INTO document (id, external_id, title, text, text_hash, text_length, outlet, byline,
                        published_on, url, source_file, status, imported_at, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", rows, BATCH, (statement, row) -> {
                NewDocument document = row.document();
                statement.setLong(1, row.id());
                statement.setString(2, document.externalId());
                statement.setString(3, document.title());
                statement.setString(4, document.text());
                statement.setString(5, document.textHash());
                statement.setInt(6, document.text().codePointCount(0, document.text().length()));
                statement.setString(7, document.outlet());
                statement.setString(8, document.byline());
                statement.setString(9, document.publishedOn() == null ? null : document.publishedOn().toString());
                statement.setString(10, document.url());
                statement.setString(11, document.sourceFile());
                statement.setString(12, document.status().name());
                statement.setString(13, document.importedAt().toString());
            });
            List<Object[]> metadata = new ArrayList<>();
            rows.forEach(row -> row.document().extraMetadataJson()
                    .forEach((key, value) -> metadata.add(new Object[] {row.id(), key, value})));
            jdbc.batchUpdate("INSERT INTO document_metadata (document_id, meta_key, meta_value) VALUES (?, ?, ?)",
                    metadata);
            rows.clear();
        }
    }
}
