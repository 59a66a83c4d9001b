package org.mtqa.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.h2.tools.Restore;
import org.mtqa.history.HistoryFile.Health;
import org.mtqa.history.HistoryFile.Login;
import org.mtqa.history.HistoryFile.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verified, rotated backups of an H2 history in {@code <folder>/backup/}, one zip per completed run, named
 * {@code <name>-<UTC time>-run<id>.zip}, made with H2's {@code BACKUP TO}: a transactionally consistent copy of the
 * open database. A new backup counts only once it has been restored into a temporary folder and read through (as
 * {@link HistoryFile#inspect} reads); only then are the oldest beyond the number kept deleted. Other files in the
 * folder are left alone.
 */
public final class HistoryBackups {

    private static final Logger log = LoggerFactory.getLogger(HistoryBackups.class);
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String PART = ".part";
    private static final String WORK_FOLDER = ".restore-";

    /**
     * One backup.
     *
     * @param file   the zip
     * @param madeAt when it was made, to the millisecond
     * @param runId  the run after which it was made: the newest run it holds
     * @param bytes  its size
     */
    public record Backup(Path file, Instant madeAt, long runId, long bytes) {

        @Override
        public String toString() {
            return file.getFileName() + " (after run " + runId + ")";
        }
    }

    /** A backup put in place of the database file, and where the file it replaced went (null if there was none). */
    public record Restored(Backup backup, Path movedAside) {
    }

    private final HistoryFile database;
    private final Login login;
    private final Pattern names;

    /**
     * @param database the history backed up
     * @param login    user and password of the history, which its backups share
     */
    public HistoryBackups(HistoryFile database, Login login) {
        this.database = database;
        this.login = login;
        this.names = Pattern.compile(Pattern.quote(database.name()) + "-(\\d{8}T\\d{6}\\.\\d{3}Z)-run(\\d+)\\.zip");
    }

    public Login login() {
        return login;
    }

    public Path folder() {
        return database.backupFolder();
    }

    /** The backups, newest first; none when the folder does not exist. */
    public List<Backup> list() throws IOException {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder())) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher name = names.matcher(file.getFileName().toString());
                if (name.matches() && Files.isRegularFile(file)) {
                    backups.add(new Backup(file, NAME_TIME.parse(name.group(1), Instant::from),
                            Long.parseLong(name.group(2)), Files.size(file)));
                }
            }
        }
        backups.sort(Comparator.comparing(Backup::madeAt).thenComparing(Backup::runId).reversed());
        return backups;
    }

    /**
     * Backs up the database open on {@code connection} after run {@code runId}, checks that the backup restores and
     * reads, then deletes the oldest backups beyond the newest {@code keep} (at least 1). Throws IOException when the
     * backup cannot be written or does not read back (it is then deleted, and the older backups all stay),
     * SQLException when H2 refuses it.
     */
    public Backup backUp(Connection connection, long runId, int keep, Instant now) throws IOException, SQLException {
        if (keep < 1) {
            throw new IllegalArgumentException("a backup keeps at least itself, not " + keep);
        }
        Files.createDirectories(folder());
        deleteLeftovers();
        Path target = folder().resolve(database.name() + "-" + NAME_TIME.format(now) + "-run" + runId + ".zip");
        Path part = target.resolveSibling("." + target.getFileName() + PART);
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + part.toString().replace("'", "''") + "'");
            }
            Health health = verify(part);
            if (health.state() != State.SOUND) {
                throw new IOException("the new backup does not read back: " + health.cause(), health.error());
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        List<Backup> all = list();
        for (Backup old : all.subList(Math.min(keep, all.size()), all.size())) {
            Files.delete(old.file());
        }
        return new Backup(target, now, runId, Files.size(target));
    }

    /** Whether a backup restores into a temporary folder and reads through; the folder is deleted again. */
    public Health verify(Path zip) throws IOException {
        Path work = Files.createTempDirectory(folder(), WORK_FOLDER);
        try {
            return extract(zip, work);
        } finally {
            deleteFolder(work);
        }
    }

    /**
     * Puts the newest backup that restores and reads in place of the database file, moving the file there aside
     * first (see {@link HistoryFile#moveAside}). Backups that do not read are skipped with a warning and renamed to
     * {@code <backup>.unreadable}, out of the rotation. Empty, with the database file untouched, when no backup reads.
     */
    public Optional<Restored> restoreNewest(Instant now) throws IOException {
        for (Backup backup : list()) {
            Path work = Files.createTempDirectory(folder(), WORK_FOLDER);
            try {
                Health health = extract(backup.file(), work);
                if (health.state() != State.SOUND) {
                    Path unreadable = backup.file().resolveSibling(backup.file().getFileName() + ".unreadable");
                    Files.move(backup.file(), unreadable);
                    log.warn("mtqa: the backup {} does not read ({}); renamed it to {} and trying the one before it",
                            backup.file(), health.cause(), unreadable.getFileName());
                    continue;
                }
                Path aside = Files.exists(database.file()) ? database.moveAside(now) : null;
                Files.move(new HistoryFile(work.resolve(database.name())).file(), database.file(),
                        StandardCopyOption.ATOMIC_MOVE);
                return Optional.of(new Restored(backup, aside));
            } finally {
                deleteFolder(work);
            }
        }
        return Optional.empty();
    }

    /**
     * Moves the backups out of the rotation into {@code backup/<name>-before-<UTC time>/}, when a new history starts
     * and they belong to the old one. Returns that folder, or empty when there were no backups.
     */
    public Optional<Path> retire(Instant now) throws IOException {
        List<Backup> all = list();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Path retired = Files.createDirectories(folder().resolve(database.name() + "-before-"
                + HistoryFile.FILE_TIME.format(now)));
        for (Backup backup : all) {
            Files.move(backup.file(), retired.resolve(backup.file().getFileName()));
        }
        return Optional.of(retired);
    }

    /** Unzips a backup into {@code work} with H2's Restore tool and inspects what came out. */
    private Health extract(Path zip, Path work) {
        try {
            Restore.execute(zip.toString(), work.toString(), database.name());
        } catch (RuntimeException e) {
            // H2 reports a zip cut short or a wrong checksum as its own unchecked exception
            return Health.damaged("not a readable backup: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        Health health = new HistoryFile(work.resolve(database.name())).inspect(login);
        return health.state() == State.MISSING
                ? Health.damaged("holds no database named " + database.name(), null) : health;
    }

    /** What a backup interrupted by a crash left: a partial zip, a restore folder. */
    private void deleteLeftovers() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.startsWith(WORK_FOLDER) && Files.isDirectory(file)) {
                    deleteFolder(file);
                } else if (name.startsWith("." + database.name() + "-") && name.endsWith(PART)) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        }
    }
}
