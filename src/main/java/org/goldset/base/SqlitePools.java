package org.goldset.base;

import java.io.Closeable;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * The SQLite data source: a write pool and a read pool behind Spring's lazy proxy, which fetches the
 * physical connection only at the first statement, from the read pool when the transaction is
 * read-only (see {@link DatabaseConfiguration}). Closing it closes both pools.
 */
public class SqlitePools extends LazyConnectionDataSourceProxy implements Closeable {

    private final HikariDataSource writer;
    private final HikariDataSource reader;

    SqlitePools(HikariDataSource writer, HikariDataSource reader) {
        super(writer);
        setReadOnlyDataSource(reader);
        this.writer = writer;
        this.reader = reader;
    }

    /** The pool whose connections take the write lock at BEGIN (also what Flyway and tests of the settings use). */
    public HikariDataSource writer() {
        return writer;
    }

    @Override
    public void close() {
        reader.close();
        writer.close();
    }
}
