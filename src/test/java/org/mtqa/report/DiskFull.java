package org.mtqa.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * A full disk, played: the reports it picks are written up to their first kilobyte and then fail as the operating
 * system fails a write on a full device (a smaller one fits); the others are written to disk as usual.
 */
public final class DiskFull {

    /** Bytes written before the write fails, so that a half-written temp file is left to clean up. */
    private static final int BYTES_BEFORE_FAILING = 1024;

    private DiskFull() {
    }

    /** Fails the reports {@code full} picks, while it picks them; writes the others. */
    public static ReportFiles.Opener when(Predicate<Path> full) {
        return (temp, target) -> {
            OutputStream disk = ReportFiles.DISK.open(temp, target);
            return full.test(target) ? new FillingUp(disk) : disk;
        };
    }

    private static final class FillingUp extends FilterOutputStream {

        private int written;

        FillingUp(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            int room = Math.min(length, BYTES_BEFORE_FAILING - written);
            out.write(bytes, offset, room);
            written += room;
            if (room < length) {
                throw new IOException("No space left on device");
            }
        }
    }
}
