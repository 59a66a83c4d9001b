package org.mtqa.history;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

import org.mtqa.history.HistoryBackups.Backup;
import org.mtqa.history.HistoryFile.Login;

/**
 * The backup after a completed run: a verified one of the history (see {@link HistoryBackups}) when it is an H2 file;
 * nothing for other databases, which their operators back up.
 */
public class RunBackup {

    private final DataSource dataSource;
    private final int keep;
    private final Login login;

    /**
     * @param dataSource the history
     * @param keep       backups kept; 0 for none
     * @param login      user and password of the history
     */
    public RunBackup(DataSource dataSource, int keep, Login login) {
        this.dataSource = dataSource;
        this.keep = keep;
        this.login = login;
    }

    /** Whether backups are made: some are to be kept, and the history is an H2 file. */
    public boolean applies() throws SQLException {
        if (keep == 0) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            return HistoryFile.ofOpenDatabase(connection).isPresent();
        }
    }

    /**
     * Backs up the history after run {@code runId}, when {@link #applies()}. Throws as {@link HistoryBackups#backUp}
     * does, and IllegalStateException when the history is not an H2 file.
     */
    public Backup afterRun(long runId) throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection()) {
            HistoryFile file = HistoryFile.ofOpenDatabase(connection)
                    .orElseThrow(() -> new IllegalStateException("the history is not an H2 file"));
            return new HistoryBackups(file, login).backUp(connection, runId, keep, Instant.now());
        }
    }

    public int keep() {
        return keep;
    }
}
