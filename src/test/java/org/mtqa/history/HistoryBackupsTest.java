package org.mtqa.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtqa.history.HistoryBackups.Backup;
import org.mtqa.history.HistoryBackups.Restored;
import org.mtqa.history.HistoryFile.State;

/** Backups of a real H2 history: made and read back, rotated, restored past one that does not read. */
class HistoryBackupsTest {

    private static final Instant T0 = Instant.parse("2026-11-23T02:30:00Z");

    @TempDir
    Path folder;

    @Test
    void backUp_AfterEachRun_KeepsTheNewestGenerations_AndLeavesOtherFilesAlone() throws Exception {
        HistoryFile history = HistoryFiles.migrated(folder);
        HistoryBackups backups = new HistoryBackups(history, HistoryFiles.SA);
        Files.createDirectories(backups.folder());
        Files.writeString(backups.folder().resolve("notes.txt"), "the operator's own");

        try (Connection connection = HistoryFiles.open(history)) {
            for (int run = 1; run <= 5; run++) {
                HistoryFiles.addRun(connection, run);
                Backup made = backups.backUp(connection, run, 3, T0.plusSeconds(60L * run));
                assertThat(made.file()).exists();
                assertThat(made.bytes()).isPositive();
            }
        }

        List<Backup> kept = backups.list();
        assertThat(kept).extracting(Backup::runId).containsExactly(5L, 4L, 3L);
        assertThat(kept.get(0).file().getFileName())
                .hasToString("history-20261123T023500.000Z-run5.zip");
        assertThat(kept.get(0).madeAt()).isEqualTo(T0.plusSeconds(300));
        for (Backup backup : kept) {
            assertThat(backups.verify(backup.file()).state()).isEqualTo(State.SOUND);
        }
        assertThat(names(backups.folder())).containsExactlyInAnyOrder("notes.txt",
                "history-20261123T023500.000Z-run5.zip", "history-20261123T023400.000Z-run4.zip",
                "history-20261123T023300.000Z-run3.zip");
    }

    @Test
    void backUp_HoldsTheHistoryAsItWas_AndSkipsLeftoversOfAnInterruptedBackup() throws Exception {
        HistoryFile history = HistoryFiles.migrated(folder);
        HistoryBackups backups = new HistoryBackups(history, HistoryFiles.SA);
        Files.createDirectories(backups.folder().resolve(".restore-123"));
        Files.write(backups.folder().resolve(".history-20261123T010000.000Z-run1.zip.part"), new byte[] {1, 2});

        try (Connection connection = HistoryFiles.open(history)) {
            HistoryFiles.addRun(connection, 1);
            HistoryFiles.addRun(connection, 2);
            backups.backUp(connection, 2, 3, T0);
            HistoryFiles.addRun(connection, 3);
        }
        HistoryFiles.truncate(history.file(), HistoryFiles.HEADER_BYTES);
        Restored restored = backups.restoreNewest(T0.plusSeconds(60)).orElseThrow();

        assertThat(HistoryFiles.runs(history)).containsExactly(1, 2);
        assertThat(restored.backup().runId()).isEqualTo(2);
        assertThat(names(backups.folder())).containsExactly("history-20261123T023000.000Z-run2.zip");
    }

    @Test
    void backUp_WhenNoneIsKept_IsRefused() throws Exception {
        HistoryFile history = HistoryFiles.migrated(folder);
        try (Connection connection = HistoryFiles.open(history)) {
            assertThatThrownBy(() -> new HistoryBackups(history, HistoryFiles.SA).backUp(connection, 1, 0, T0))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void restoreNewest_SkipsABackupThatDoesNotRead_AndKeepsTheDamagedFileBesideIt() throws Exception {
        HistoryFile history = HistoryFiles.migrated(folder);
        HistoryBackups backups = new HistoryBackups(history, HistoryFiles.SA);
        try (Connection connection = HistoryFiles.open(history)) {
            HistoryFiles.addRun(connection, 1);
            backups.backUp(connection, 1, 3, T0);
            HistoryFiles.addRun(connection, 2);
            backups.backUp(connection, 2, 3, T0.plusSeconds(60));
        }
        Path newest = backups.list().get(0).file();
        HistoryFiles.truncate(newest, (int) Files.size(newest) / 2);
        HistoryFiles.truncate(history.file(), HistoryFiles.HEADER_BYTES);
        byte[] damaged = Files.readAllBytes(history.file());

        Restored restored = backups.restoreNewest(T0.plusSeconds(120)).orElseThrow();

        assertThat(restored.backup().runId()).isEqualTo(1);
        assertThat(restored.movedAside()).isEqualTo(folder.resolve("history-damaged-20261123T023200Z.mv.db"))
                .hasBinaryContent(damaged);
        assertThat(history.inspect(HistoryFiles.SA).state()).isEqualTo(State.SOUND);
        assertThat(HistoryFiles.runs(history)).containsExactly(1);
        assertThat(Path.of(newest + ".unreadable")).exists();
        assertThat(backups.list()).extracting(Backup::runId).containsExactly(1L);
    }

    @Test
    void restoreNewest_WhenNoBackupReads_LeavesTheDatabaseFileAsItIs() throws Exception {
        HistoryFile history = HistoryFiles.migrated(folder);
        HistoryBackups backups = new HistoryBackups(history, HistoryFiles.SA);
        try (Connection connection = HistoryFiles.open(history)) {
            backups.backUp(connection, 1, 3, T0);
        }
        HistoryFiles.scramble(backups.list().get(0).file());
        HistoryFiles.truncate(history.file(), HistoryFiles.HEADER_BYTES);
        byte[] damaged = Files.readAllBytes(history.file());

        assertThat(backups.restoreNewest(T0)).isEmpty();
        assertThat(history.file()).hasBinaryContent(damaged);
    }

    @Test
    void verify_WhenTheZipIsCutShort_ThenDamaged() throws Exception {
        HistoryFile history = HistoryFiles.migrated(folder);
        HistoryBackups backups = new HistoryBackups(history, HistoryFiles.SA);
        Backup backup;
        try (Connection connection = HistoryFiles.open(history)) {
            backup = backups.backUp(connection, 1, 3, T0);
        }
        HistoryFiles.truncate(backup.file(), (int) backup.bytes() - 100);

        HistoryFile.Health health = backups.verify(backup.file());

        assertThat(health.state()).isEqualTo(State.DAMAGED);
        assertThat(health.cause()).startsWith("not a readable backup: ");
        assertThat(names(backups.folder())).containsExactly(backup.file().getFileName().toString());
    }

    @Test
    void retire_MovesTheBackupsOfAnOldHistoryOutOfTheRotation() throws Exception {
        HistoryFile history = HistoryFiles.migrated(folder);
        HistoryBackups backups = new HistoryBackups(history, HistoryFiles.SA);
        try (Connection connection = HistoryFiles.open(history)) {
            backups.backUp(connection, 1, 3, T0);
        }

        Path retired = backups.retire(T0.plusSeconds(60)).orElseThrow();

        assertThat(retired).isEqualTo(backups.folder().resolve("history-before-20261123T023100Z"));
        assertThat(names(retired)).containsExactly("history-20261123T023000.000Z-run1.zip");
        assertThat(backups.list()).isEmpty();
        assertThat(backups.retire(T0)).isEmpty();
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
