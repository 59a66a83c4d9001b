package org.mtqa.history;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
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

    /**
     * Backs up the history after run {@code runId}; empty when no backup is kept here (none asked for, or the history
     * is not an H2 file). Throws as {@link HistoryBackups#backUp} does.
     */
    public Optional<Backup> afterRun(long runId) throws IOException, SQLException {
        if (keep == 0) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection()) {
            Optional<HistoryFile> file = HistoryFile.ofOpenDatabase(connection);
            if (file.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new HistoryBackups(file.get(), login).backUp(connection, runId, keep, Instant.now()));
        }
    }

    public int keep() {
        return keep;
    }
}
