package org.mtqa.history;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.mtqa.history.HistoryBackups.Backup;
import org.mtqa.history.HistoryBackups.Restored;
import org.mtqa.history.HistoryFile.Health;
import org.mtqa.history.HistoryFile.State;
import org.mtqa.report.ExitCode;

/**
 * What a run does at its start, before anything opens the history, when the history file is damaged, or missing
 * while backups of it exist: stop with one line that names the file, the cause and the remedy, or recover as
 * {@code mtqa.history.recover} asks. A sound history, or none at all on a first run, goes on untouched.
 */
public final class HistoryRecovery {

    /** The property an operator sets to recover. */
    public static final String PROPERTY = "mtqa.history.recover";

    /** What {@code mtqa.history.recover} asks for when the history is damaged or missing. */
    public enum Recover {
        /** Stop with a message that says what to do (the default). */
        NONE,
        /** Restore the newest backup that reads, keep the damaged file beside it, and go on. */
        RESTORE,
        /** Keep the damaged file beside it, start a new history and go on. */
        NEW
    }

    /**
     * How the start goes on.
     *
     * @param proceed whether the run goes on; if not, it exits with code 1
     * @param message the line to log (a warning when the run goes on, an error when it stops); null for none
     * @param error   H2's exception behind the damage, for the debug log; null when there was none
     */
    public record Outcome(boolean proceed, String message, Exception error) {
    }

    private static final String NEW_HISTORY = "started a new history: the trends start again, and every file is"
            + " checked again, as the new history knows none; every report stays in the reports folder";

    private HistoryRecovery() {
    }

    /**
     * Inspects the history and acts on what it finds. A history that opens, but whose last completed run is older than
     * the one its newest backup was made after, has lost writes (H2 falls back to an earlier state of a file cut
     * short, where it can) and counts as damaged. Throws IOException when a recovery that was asked
     * for fails half-way (a file that cannot be moved).
     */
    public static Outcome atStart(HistoryFile history, HistoryBackups backups, Recover recover, Instant now)
            throws IOException {
        Health health = history.inspect(backups.login());
        List<Backup> available = backups.list();
        if (health.state() == State.SOUND && !available.isEmpty()
                && available.get(0).runId() > health.lastCompletedRun()) {
            health = Health.damaged("it has lost its latest writes: its last completed run is run "
                    + health.lastCompletedRun() + ", but the backup " + available.get(0).file().getFileName()
                    + " was made after run " + available.get(0).runId() + " completed", null);
        }
        String problem = switch (health.state()) {
            case SOUND -> null;
            case MISSING -> available.isEmpty() ? null : "the history database " + history.file() + " is missing, but "
                    + backups.folder() + " holds " + available.size()
                    + (available.size() == 1 ? " backup" : " backups");
            case DAMAGED -> "the history database " + history.file() + " is damaged (" + health.cause() + ")";
            case UNUSABLE -> "the history database " + history.file() + " cannot be opened: " + health.cause();
        };
        if (problem == null) {
            return new Outcome(true, null, null);
        }
        if (health.state() == State.UNUSABLE) {
            return stop(problem, health.error());
        }
        return switch (recover) {
            case NONE -> stop(problem + "; " + remedy(backups, available), health.error());
            case RESTORE -> restore(history, backups, problem, available, now, health.error());
            case NEW -> startNew(history, backups, problem, now, health.error());
        };
    }

    private static String remedy(HistoryBackups backups, List<Backup> available) {
        if (available.isEmpty()) {
            return "there is no backup in " + backups.folder() + ": run again with --" + PROPERTY
                    + "=new to keep the damaged file beside it and start a new history";
        }
        return "run again with --" + PROPERTY + "=restore to restore the newest backup, " + available.get(0)
                + ", or with --" + PROPERTY + "=new to start a new history; either keeps the damaged file beside it";
    }

    private static Outcome restore(HistoryFile history, HistoryBackups backups, String problem,
            List<Backup> available, Instant now, Exception error) throws IOException {
        Optional<Restored> restored = backups.restoreNewest(now);
        if (restored.isEmpty()) {
            return stop(problem + ", and " + (available.isEmpty() ? "there is no backup in " + backups.folder()
                    : "no backup in " + backups.folder() + " reads") + "; run again with --" + PROPERTY
                    + "=new to start a new history", error);
        }
        Restored done = restored.get();
        return new Outcome(true, problem + "; " + (done.movedAside() == null ? ""
                : "moved it to " + done.movedAside().getFileName() + " and ")
                + "restored the backup " + done.backup() + "; runs after it are not in the history, and files"
                + " changed since are checked again", error);
    }

    private static Outcome startNew(HistoryFile history, HistoryBackups backups, String problem, Instant now,
            Exception error) throws IOException {
        String moved = Files.exists(history.file())
                ? "moved it to " + history.moveAside(now).getFileName() + " and " : "";
        Optional<String> retired = backups.retire(now).map(folder -> "; the old history's backups are now in "
                + folder);
        return new Outcome(true, problem + "; " + moved + NEW_HISTORY + retired.orElse(""), error);
    }

    private static Outcome stop(String message, Exception error) {
        return new Outcome(false, message + "; exit code " + ExitCode.JOB_FAILED.code(), error);
    }
}
