package org.mtqa.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A report could not be written: the disk is full, the reports folder is read-only, a device failed. Names the report
 * and the operating system's reason in one line, for example
 * {@code cannot write report /data/reports/a.html: No space left on device}.
 */
public class ReportWriteException extends UncheckedIOException {

    public ReportWriteException(Path target, IOException cause) {
        super("cannot write report " + target + ": " + reason(cause), cause);
    }

    /** The system's words without the path it puts before them, which the message gives once already. */
    private static String reason(IOException cause) {
        if (cause instanceof FileSystemException fileSystem) {
            return fileSystem.getReason() != null ? fileSystem.getReason() : cause.getClass().getSimpleName();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }
}
