package org.mtqa.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Random;

import org.flywaydb.core.Flyway;
import org.mtqa.history.HistoryFile.Login;

/** Real H2 history files for tests: migrated as the application migrates them, with runs in them, and damaged. */
final class HistoryFiles {

    static final Login SA = new Login("sa", "");

    private HistoryFiles() {
    }

    /** A history at {@code <folder>/history.mv.db} with mtqa's and Spring Batch's tables and no runs. */
    static HistoryFile migrated(Path folder) {
        HistoryFile history = new HistoryFile(folder.resolve("history"));
        Flyway.configure().dataSource(url(history), SA.user(), SA.password()).load().migrate();
        return history;
    }

    static Connection open(HistoryFile history) throws SQLException {
        return DriverManager.getConnection(url(history), SA.user(), SA.password());
    }

    private static String url(HistoryFile history) {
        // as the application opens it: every commit written at once
        return "jdbc:h2:file:" + history.file().toString().replace(".mv.db", "")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    /** Records run {@code runId} as the job does when it starts one. */
    static void addRun(Connection connection, long runId) throws SQLException {
        connection.createStatement().execute("INSERT INTO mtqa_run (run_id, started_at, input_folder, language, status)"
                + " VALUES (" + runId + ", CURRENT_TIMESTAMP, '/in', 'de-DE', 'COMPLETED')");
    }

    /** The run ids in the history, in order. */
    static long[] runs(HistoryFile history) throws SQLException {
        try (Connection connection = open(history);
                ResultSet rows = connection.createStatement().executeQuery("SELECT run_id FROM mtqa_run ORDER BY 1")) {
            long[] ids = new long[0];
            while (rows.next()) {
                ids = Arrays.copyOf(ids, ids.length + 1);
                ids[ids.length - 1] = rows.getLong(1);
            }
            return ids;
        }
    }

    /**
     * The two copies of an H2 file's header at its start. A file cut anywhere after them loses data unless the cut
     * only takes space H2 no longer uses, which depends on how far H2 compacted the file when it was closed; a file
     * cut right after them has lost every chunk of data, whatever its layout.
     */
    static final int HEADER_BYTES = 8192;

    /** Cuts a file to its first {@code bytes} bytes, as a crash or a full disk can leave it. */
    static void truncate(Path file, int bytes) throws IOException {
        Files.write(file, Arrays.copyOf(Files.readAllBytes(file), bytes));
    }

    /** Overwrites a file with random bytes of the same length. */
    static void scramble(Path file) throws IOException {
        byte[] bytes = new byte[(int) Files.size(file)];
        new Random(13).nextBytes(bytes);
        Files.write(file, bytes);
    }
}
