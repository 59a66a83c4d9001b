package org.mtqa.history;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.h2.api.ErrorCode;
import org.h2.mvstore.MVStoreException;
import org.springframework.core.env.PropertyResolver;

/**
 * A history kept in an H2 file, {@code <folder>/<name>.mv.db}: whether it opens and reads, and moving it aside when it
 * does not. Its backups live in {@code <folder>/backup/}.
 */
public final class HistoryFile {

    private static final String SUFFIX = ".mv.db";
    private static final String URL_PREFIX = "jdbc:h2:";
    /** Flyway's table, there from the first start on. */
    private static final String SCHEMA_TABLE = "flyway_schema_history";
    private static final String RUN_TABLE = "MTQA_RUN";
    private static final String TABLES_GONE = "none of the history's tables are left in it: cut short, H2 fell back"
            + " to an early state of the file";
    /** Sortable UTC time in file names, as in {@code 20261123T023512Z}. */
    static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** The user and password the history is opened with ({@code spring.datasource.username} and {@code password}). */
    public record Login(String user, String password) {

        /** From {@code spring.datasource.username} and {@code password}, with H2's default user {@code sa}. */
        public static Login of(PropertyResolver settings) {
            return new Login(settings.getProperty("spring.datasource.username", "sa"),
                    settings.getProperty("spring.datasource.password", ""));
        }
    }

    /** What {@link #inspect} found. */
    public enum State {
        /** No file: a first run starts a new history. */
        MISSING,
        /** It opens and every table reads to its end. */
        SOUND,
        /** Truncated, overwritten or otherwise not an H2 database any more. */
        DAMAGED,
        /** It cannot be opened for another reason: in use by another program, a wrong password. */
        UNUSABLE
    }

    /**
     * @param state     what was found
     * @param cause     for DAMAGED and UNUSABLE, the cause in a few words (H2's message without its error code); else
     *                  null
     * @param error     H2's exception, for the debug log; null unless the database did not open or read
     * @param lastCompletedRun for SOUND, the id of the last run that completed, 0 for none
     */
    public record Health(State state, String cause, Exception error, long lastCompletedRun) {

        static Health missing() {
            return new Health(State.MISSING, null, null, 0);
        }

        static Health sound(long lastCompletedRun) {
            return new Health(State.SOUND, null, null, lastCompletedRun);
        }

        static Health damaged(String cause, Exception error) {
            return new Health(State.DAMAGED, cause, error, 0);
        }

        static Health unusable(String cause, Exception error) {
            return new Health(State.UNUSABLE, cause, error, 0);
        }
    }

    private final Path base;

    /** The history whose file is {@code base + ".mv.db"}, as an H2 URL names it. */
    public HistoryFile(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    /**
     * The H2 file a JDBC URL opens: {@code jdbc:h2:file:/path/name;…} or {@code jdbc:h2:/path/name}, {@code ~} for the
     * home folder. Empty for other databases, in-memory and server URLs.
     */
    public static Optional<HistoryFile> ofUrl(String url) {
        if (url == null || !url.startsWith(URL_PREFIX)) {
            return Optional.empty();
        }
        String name = url.substring(URL_PREFIX.length()).split(";", 2)[0];
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (name.matches("^[a-zA-Z]{2,}:.*")) {
            return Optional.empty(); // mem:, tcp:, ssl:, zip:, …
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return name.isBlank() ? Optional.empty() : Optional.of(new HistoryFile(Path.of(name)));
    }

    /** The H2 file of an open database, empty when it is not H2 or not a file (PostgreSQL, {@code jdbc:h2:mem:}). */
    public static Optional<HistoryFile> ofOpenDatabase(Connection connection) throws SQLException {
        if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
            return Optional.empty();
        }
        try (Statement statement = connection.createStatement();
                ResultSet path = statement.executeQuery("SELECT DATABASE_PATH()")) {
            path.next();
            return Optional.ofNullable(path.getString(1)).map(Path::of).map(HistoryFile::new);
        }
    }

    /** The database file, {@code <name>.mv.db}. */
    public Path file() {
        return Path.of(base + SUFFIX);
    }

    /** The database name H2 gives the file, {@code history} for {@code history.mv.db}. */
    public String name() {
        return base.getFileName().toString();
    }

    /** Where its backups are kept: {@code backup/} beside the file. */
    public Path backupFolder() {
        return base.resolveSibling("backup");
    }

    /**
     * Opens the database and reads every table to its end, which touches every page of data: a file cut short, a
     * header or a page overwritten shows as DAMAGED. So does an empty file, and one that has lost the history's
     * tables: on a file cut short H2 may fall back to an old state of it, as early as the empty database, rather than
     * fail (with no error, and Flyway would then create an empty history in it). Opens it read-only, so a damaged file
     * stays as it was found.
     */
    public Health inspect(Login login) {
        try {
            if (!Files.exists(file())) {
                return Health.missing();
            }
            if (Files.size(file()) == 0) {
                return Health.damaged("empty file (0 bytes)", null);
            }
        } catch (IOException e) {
            return Health.unusable("cannot read: " + e, e);
        }
        try (Connection connection = DriverManager.getConnection(
                URL_PREFIX + "file:" + base + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r", login.user(), login.password())) {
            Set<String> tables = readEveryTable(connection);
            if (!tables.contains(SCHEMA_TABLE)) {
                return Health.damaged(TABLES_GONE, null);
            }
            return Health.sound(tables.contains(RUN_TABLE) ? lastCompletedRun(connection) : 0);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
                // H2 fell back to the empty database and, opening it read-only, cannot create its catalogue in it
                return Health.damaged(TABLES_GONE, e);
            }
            return damaged(e) ? Health.damaged(cause(e), e) : Health.unusable(cause(e), e);
        }
    }

    /** Reads every row of every table and returns the tables' names. */
    private static Set<String> readEveryTable(Connection connection) throws SQLException {
        Map<String, String> tables = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT TABLE_SCHEMA, TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE TABLE_TYPE = 'BASE TABLE' AND TABLE_SCHEMA <> 'INFORMATION_SCHEMA'")) {
            while (rows.next()) {
                tables.put(rows.getString(2), quoted(rows.getString(1)) + "." + quoted(rows.getString(2)));
            }
        }
        for (String table : tables.values()) {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int column = 1; column <= columns; column++) {
                        rows.getObject(column);
                    }
                }
            }
        }
        return tables.keySet();
    }

    private static long lastCompletedRun(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT COALESCE(MAX(run_id), 0) FROM " + RUN_TABLE + " WHERE status = 'COMPLETED'")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** The file is bad, as opposed to being locked or refusing the login. */
    private static boolean damaged(SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1 -> true;
            case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2, ErrorCode.GENERAL_ERROR_1 -> endsEarly(e);
            default -> false;
        };
    }

    private static boolean endsEarly(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof EOFException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cause in a few words: for a damaged file, H2's store message ("File is corrupted - unable to recover a valid
     * set of chunks"), not the SQL wrapper around it; never H2's error code or version.
     */
    private String cause(SQLException e) {
        if (endsEarly(e)) {
            return "truncated: the file ends before its data does";
        }
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return "another program has it open (an H2 shell, a SQL client?)";
        }
        Throwable store = e;
        while (store.getCause() != null && !(store instanceof MVStoreException)) {
            store = store.getCause();
        }
        String message = store instanceof MVStoreException ? store.getMessage() : e.getMessage();
        message = message.lines().findFirst().orElse("").replaceAll("\\s*\\[[0-9./-]+]$", "")
                .replace(": " + file(), "").replace(" \"" + file() + "\"", "").strip();
        return message.isEmpty() ? e.getClass().getSimpleName() : message;
    }

    /**
     * Renames the file to {@code <name>-damaged-<UTC time>.mv.db} beside it ({@code -2}, {@code -3}, … added to a
     * name already taken), where H2's Recover tool can still be pointed at it, and returns the new path. Throws
     * IOException when it cannot be moved.
     */
    public Path moveAside(Instant now) throws IOException {
        String aside = name() + "-damaged-" + FILE_TIME.format(now);
        Path target = base.resolveSibling(aside + SUFFIX);
        for (int taken = 2; Files.exists(target); taken++) {
            target = base.resolveSibling(aside + "-" + taken + SUFFIX);
        }
        return Files.move(file(), target);
    }

    @Override
    public String toString() {
        return file().toString();
    }
}
