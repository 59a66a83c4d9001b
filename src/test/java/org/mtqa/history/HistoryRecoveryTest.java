package org.mtqa.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtqa.history.HistoryFile.State;
import org.mtqa.history.HistoryRecovery.Outcome;
import org.mtqa.history.HistoryRecovery.Recover;

/** What a start does with a sound, damaged or missing history, as {@code mtqa.history.recover} asks. */
class HistoryRecoveryTest {

    private static final Instant NOW = Instant.parse("2026-11-24T02:30:00Z");
    /** The run goes on with nothing to say. */
    private static final Outcome GO_ON = new Outcome(true, null, null);

    @TempDir
    Path folder;

    private HistoryFile history;
    private HistoryBackups backups;

    @Test
    void atStart_WhenSound_GoesOnSilently_WhateverIsAsked() throws Exception {
        withBackedUpRuns(2);
        for (Recover recover : Recover.values()) {
            assertThat(HistoryRecovery.atStart(history, backups, recover, NOW)).isEqualTo(GO_ON);
        }
        assertThat(HistoryFiles.runs(history)).containsExactly(1, 2);
        assertThat(backups.list()).hasSize(2);
    }

    @Test
    void atStart_WhenThereIsNoHistoryAndNoBackup_GoesOnSilently_AsAFirstRunDoes() throws Exception {
        history = new HistoryFile(folder.resolve("history"));
        backups = new HistoryBackups(history, HistoryFiles.SA);

        assertThat(HistoryRecovery.atStart(history, backups, Recover.NONE, NOW)).isEqualTo(GO_ON);
    }

    @Test
    void atStart_WhenTruncated_StopsWithOneLineNamingFileCauseAndRemedy() throws Exception {
        withBackedUpRuns(2);
        HistoryFiles.truncate(history.file(), HistoryFiles.HEADER_BYTES);

        Outcome outcome = HistoryRecovery.atStart(history, backups, Recover.NONE, NOW);

        assertThat(outcome.proceed()).isFalse();
        assertThat(outcome.message()).isEqualTo("the history database " + history.file() + " is damaged (none of the"
                + " history's tables are left in it: cut short, H2 fell back to an early state of the file); run again"
                + " with --mtqa.history.recover=restore to restore the newest backup,"
                + " history-20261123T023200.000Z-run2.zip (after run 2), or with --mtqa.history.recover=new to start"
                + " a new history; either keeps the damaged file beside it; exit code 1");
        assertThat(history.file()).hasSize(HistoryFiles.HEADER_BYTES);
    }

    @Test
    void atStart_WhenDamagedWithoutBackups_SaysThatOnlyANewHistoryIsLeft() throws Exception {
        history = HistoryFiles.migrated(folder);
        backups = new HistoryBackups(history, HistoryFiles.SA);
        HistoryFiles.scramble(history.file());

        Outcome outcome = HistoryRecovery.atStart(history, backups, Recover.NONE, NOW);

        assertThat(outcome.proceed()).isFalse();
        assertThat(outcome.message()).contains(history.file() + " is damaged (Store header is corrupt)",
                "there is no backup in " + backups.folder(), "--mtqa.history.recover=new").endsWith("exit code 1");
        assertThat(outcome.error()).isNotNull();
    }

    @Test
    void atStart_WhenH2FellBackToAStateOlderThanTheNewestBackup_ThenDamaged() throws Exception {
        history = HistoryFiles.migrated(folder);
        backups = new HistoryBackups(history, HistoryFiles.SA);
        byte[] afterRunOne;
        try (Connection connection = HistoryFiles.open(history)) {
            HistoryFiles.addRun(connection, 1);
        }
        afterRunOne = Files.readAllBytes(history.file());
        try (Connection connection = HistoryFiles.open(history)) {
            HistoryFiles.addRun(connection, 2);
            backups.backUp(connection, 2, 3, NOW.minusSeconds(60));
        }
        Files.write(history.file(), afterRunOne);

        Outcome outcome = HistoryRecovery.atStart(history, backups, Recover.NONE, NOW);

        assertThat(outcome.proceed()).isFalse();
        assertThat(outcome.message()).contains("is damaged (it has lost its latest writes: its last completed run is"
                + " run 1, but the backup history-20261124T022900.000Z-run2.zip was made after run 2 completed)");
    }

    @Test
    void atStart_Restore_PutsTheNewestBackupInPlace_AndGoesOn() throws Exception {
        withBackedUpRuns(2);
        HistoryFiles.truncate(history.file(), HistoryFiles.HEADER_BYTES);

        Outcome outcome = HistoryRecovery.atStart(history, backups, Recover.RESTORE, NOW);

        assertThat(outcome.proceed()).isTrue();
        assertThat(outcome.message()).contains(" is damaged (", "moved it to history-damaged-20261124T023000Z.mv.db and"
                + " restored the backup history-20261123T023200.000Z-run2.zip (after run 2); runs after it are not in"
                + " the history");
        assertThat(folder.resolve("history-damaged-20261124T023000Z.mv.db")).hasSize(HistoryFiles.HEADER_BYTES);
        assertThat(HistoryFiles.runs(history)).containsExactly(1, 2);
        assertThat(history.inspect(HistoryFiles.SA).state()).isEqualTo(State.SOUND);
    }

    @Test
    void atStart_RestoreWithoutABackupThatReads_StopsAndTouchesNothing() throws Exception {
        history = HistoryFiles.migrated(folder);
        backups = new HistoryBackups(history, HistoryFiles.SA);
        HistoryFiles.truncate(history.file(), HistoryFiles.HEADER_BYTES);

        Outcome outcome = HistoryRecovery.atStart(history, backups, Recover.RESTORE, NOW);

        assertThat(outcome.proceed()).isFalse();
        assertThat(outcome.message()).contains(", and there is no backup in " + backups.folder(),
                "--mtqa.history.recover=new");
        assertThat(history.file()).hasSize(HistoryFiles.HEADER_BYTES);
    }

    @Test
    void atStart_New_KeepsTheDamagedFileAndTheOldBackupsAside_AndGoesOnWithoutAHistory() throws Exception {
        withBackedUpRuns(1);
        HistoryFiles.truncate(history.file(), HistoryFiles.HEADER_BYTES);

        Outcome outcome = HistoryRecovery.atStart(history, backups, Recover.NEW, NOW);

        assertThat(outcome.proceed()).isTrue();
        assertThat(outcome.message()).contains("moved it to history-damaged-20261124T023000Z.mv.db and started a new"
                + " history", "every file is checked again", "the old history's backups are now in "
                + backups.folder().resolve("history-before-20261124T023000Z"));
        assertThat(history.file()).doesNotExist();
        assertThat(folder.resolve("history-damaged-20261124T023000Z.mv.db")).exists();
        assertThat(backups.list()).isEmpty();
    }

    @Test
    void atStart_WhenTheFileIsMissingButBackupsExist_StopsUnlessAskedToRestore() throws Exception {
        withBackedUpRuns(1);
        Files.delete(history.file());

        Outcome stop = HistoryRecovery.atStart(history, backups, Recover.NONE, NOW);
        assertThat(stop.proceed()).isFalse();
        assertThat(stop.message()).contains(history.file() + " is missing, but " + backups.folder()
                + " holds 1 backup", "--mtqa.history.recover=restore");

        Outcome restored = HistoryRecovery.atStart(history, backups, Recover.RESTORE, NOW);
        assertThat(restored.proceed()).isTrue();
        assertThat(restored.message()).doesNotContain("moved it to");
        assertThat(HistoryFiles.runs(history)).containsExactly(1);
    }

    /** A history with these runs, backed up after each, one minute apart from 02:31 on. */
    private void withBackedUpRuns(int runs) throws Exception {
        history = HistoryFiles.migrated(folder);
        backups = new HistoryBackups(history, HistoryFiles.SA);
        try (Connection connection = HistoryFiles.open(history)) {
            for (int run = 1; run <= runs; run++) {
                HistoryFiles.addRun(connection, run);
                backups.backUp(connection, run, 3, Instant.parse("2026-11-23T02:30:00Z").plusSeconds(60L * run));
            }
        }
    }
}
