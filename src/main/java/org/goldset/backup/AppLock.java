package org.goldset.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The sign that a web app is serving a database: it holds a lock on {@code FILE.lock} beside it for as
 * long as it runs (the operating system drops the lock when the process dies, even by kill -9).
 * {@code restore} refuses to replace a database under a running web app. Not SQLite's own file:
 * closing any other handle on a file would release SQLite's POSIX locks on it.
 */
final class AppLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private AppLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFile(Path database) {
        Path absolute = database.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    /** The lock, or empty when another process holds it. */
    static Optional<AppLock> tryTake(Path database) throws IOException {
        FileChannel channel = FileChannel.open(lockFile(database), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new AppLock(channel, lock));
            }
        } catch (OverlappingFileLockException e) {
            // this very process holds it (a test context beside another): taken
        }
        channel.close();
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
