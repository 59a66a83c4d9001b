package org.mtqa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import org.mtqa.report.ReportFiles;

/**
 * One run at a time per reports folder: an operating-system lock on {@code <reports>/.mtqa/run.lock}, held for the
 * life of the process. The system releases it when the process ends, even by kill -9, so a crashed run never blocks
 * the next one. The file says who holds it, for the message the second run prints.
 */
public final class RunLock {

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or throws {@link LockedException} naming the run that holds it. */
    public static RunLock acquire(Path reportsFolder) throws LockedException {
        Path file = ReportFiles.ownFolder(reportsFolder).resolve("run.lock");
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new LockedException("another mtqa run is using the reports folder "
                        + reportsFolder.toAbsolutePath().normalize() + (holder.isEmpty() ? "" : " (" + holder + ")"));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("process " + ProcessHandle.current().pid() + ", started "
                    + Instant.now()).getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
            return new RunLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the reports folder via " + file, e);
        }
    }

    /** Null when another process holds the lock, or another run in this process. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    public void release() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Another run holds the lock. */
    public static class LockedException extends Exception {
        public LockedException(String message) {
            super(message);
        }
    }
}
