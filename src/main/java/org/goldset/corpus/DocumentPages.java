package org.goldset.corpus;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads documents a page at a time in id order (keyset paging: each page starts after the last id of
 * the one before), in two queries a page whatever its size: what a streaming export of any corpus size
 * needs, with memory bounded by the page.
 */
@Service
public class DocumentPages {

    private final NamedParameterJdbcTemplate jdbc;

    DocumentPages(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Up to {@code limit} documents with one of these statuses and an id above {@code afterId}, by id. */
    @Transactional(readOnly = true)
    public List<StoredDocument> after(long afterId, Collection<DocumentStatus> statuses, int limit) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("after", afterId)
                .addValue("statuses", statuses.stream().map(Enum::name).toList())
                .addValue("limit", limit);
        List<Object[]> rows = jdbc.query("""
                SELECT id, external_id, title, text, status, outlet, byline, published_on, url FROM document
                WHERE id > :after AND status IN (:statuses) ORDER BY id LIMIT :limit""", parameters,
                (row, number) -> new Object[] {row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9)});
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, String>> metadata = new HashMap<>();
        jdbc.query("""
                SELECT document_id, meta_key, meta_value FROM document_metadata
                WHERE document_id BETWEEN :first AND :last ORDER BY document_id, meta_key""",
                new MapSqlParameterSource("first", rows.getFirst()[0]).addValue("last", rows.getLast()[0]),
                row -> {
                    metadata.computeIfAbsent(row.getLong(1), id -> new LinkedHashMap<>())
                            .put(row.getString(2), row.getString(3));
                });
        return rows.stream().map(row -> new StoredDocument((Long) row[0], (String) row[1], (String) row[2],
                (String) row[3], DocumentStatus.valueOf((String) row[4]), (String) row[5], (String) row[6],
                row[7] == null ? null : LocalDate.parse((String) row[7]), (String) row[8],
                metadata.getOrDefault((Long) row[0], Map.of()))).toList();
    }
}
