package org.mtqa.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtqa.history.HistoryFile.Health;
import org.mtqa.history.HistoryFile.State;

/** Damage as a crash or a full disk leaves it, found on real H2 files; the one-line causes it is reported with. */
class HistoryFileTest {

    @TempDir
    Path folder;

    @Test
    void inspect_WhenTheFileIsNotThere_ThenMissing() {
        assertThat(new HistoryFile(folder.resolve("history")).inspect(HistoryFiles.SA).state())
                .isEqualTo(State.MISSING);
        assertThat(folder.resolve("history.mv.db")).doesNotExist();
    }

    @Test
    void inspect_WhenItOpensAndReads_ThenSound() throws Exception {
        HistoryFile history = withRuns(3);

        assertThat(history.inspect(HistoryFiles.SA)).isEqualTo(new Health(State.SOUND, null, null, 3));
    }

    @Test
    void inspect_WhenCutAfterItsHeader_ThenDamaged_ThoughH2OpensItAsAnEmptyDatabase() throws Exception {
        HistoryFile history = withRuns(3);
        HistoryFiles.truncate(history.file(), HistoryFiles.HEADER_BYTES);

        Health health = history.inspect(HistoryFiles.SA);

        // H2 finds no chunk and falls back to an empty database, where Flyway would silently start a new history
        assertThat(health.state()).isEqualTo(State.DAMAGED);
        assertThat(health.cause()).isEqualTo("none of the history's tables are left in it: cut short, H2 fell back"
                + " to an early state of the file");
    }

    @Test
    void inspect_WhenItOpensWithoutTheHistorysTables_ThenDamaged() throws Exception {
        // an earlier state H2 may fall back to: a database, but not yet or no longer mtqa's
        try (Connection other = java.sql.DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("history"),
                "sa", "")) {
            other.createStatement().execute("CREATE TABLE scratch (id INT)");
        }

        Health health = new HistoryFile(folder.resolve("history")).inspect(HistoryFiles.SA);

        assertThat(health.state()).isEqualTo(State.DAMAGED);
        assertThat(health.cause()).startsWith("none of the history's tables are left in it");
    }

    @Test
    void inspect_WhenCutInsideItsHeader_ThenDamagedAsTruncated() throws Exception {
        HistoryFile history = withRuns(1);
        HistoryFiles.truncate(history.file(), 100);

        Health health = history.inspect(HistoryFiles.SA);

        assertThat(health.state()).isEqualTo(State.DAMAGED);
        assertThat(health.cause()).isEqualTo("truncated: the file ends before its data does");
    }

    @Test
    void inspect_WhenRandomBytes_ThenDamaged() throws Exception {
        HistoryFile history = withRuns(1);
        HistoryFiles.scramble(history.file());

        Health health = history.inspect(HistoryFiles.SA);

        assertThat(health.state()).isEqualTo(State.DAMAGED);
        assertThat(health.cause()).isEqualTo("Store header is corrupt");
    }

    @Test
    void inspect_WhenEmpty_ThenDamaged_WhereH2WouldStartANewDatabase() throws Exception {
        HistoryFile history = withRuns(1);
        Files.write(history.file(), new byte[0]);

        assertThat(history.inspect(HistoryFiles.SA).cause()).isEqualTo("empty file (0 bytes)");
        assertThat(history.file()).isEmptyFile();
    }

    @Test
    void inspect_WhenAnotherProgramHoldsIt_ThenUnusable_NotDamaged() throws Exception {
        HistoryFile history = withRuns(1);
        try (FileChannel channel = FileChannel.open(history.file(), StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            Health health = history.inspect(HistoryFiles.SA);

            assertThat(health.state()).isEqualTo(State.UNUSABLE);
            assertThat(health.cause()).isEqualTo("another program has it open (an H2 shell, a SQL client?)");
        }
        assertThat(history.inspect(HistoryFiles.SA).state()).isEqualTo(State.SOUND);
    }

    @Test
    void moveAside_KeepsTheFileBesideItUnderATimestampedName() throws Exception {
        HistoryFile history = withRuns(2);
        byte[] bytes = Files.readAllBytes(history.file());

        Path aside = history.moveAside(Instant.parse("2026-11-23T02:35:12Z"));

        assertThat(aside).isEqualTo(folder.resolve("history-damaged-20261123T023512Z.mv.db")).hasBinaryContent(bytes);
        assertThat(history.file()).doesNotExist();
        Files.write(history.file(), bytes);
        assertThat(history.moveAside(Instant.parse("2026-11-23T02:35:12Z")))
                .isEqualTo(folder.resolve("history-damaged-20261123T023512Z-2.mv.db"));
    }

    @Test
    void ofUrl_FindsTheFileOfH2FileUrlsOnly() {
        assertThat(HistoryFile.ofUrl("jdbc:h2:file:/r/.mtqa/history;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"))
                .hasValueSatisfying(h -> assertThat(h.file()).isEqualTo(Path.of("/r/.mtqa/history.mv.db")));
        assertThat(HistoryFile.ofUrl("jdbc:h2:/data/h")).hasValueSatisfying(
                h -> assertThat(h.backupFolder()).isEqualTo(Path.of("/data/backup")));
        assertThat(HistoryFile.ofUrl("jdbc:h2:~/mtqa")).hasValueSatisfying(
                h -> assertThat(h.file()).isEqualTo(Path.of(System.getProperty("user.home"), "mtqa.mv.db")));
        assertThat(HistoryFile.ofUrl("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(HistoryFile.ofUrl("jdbc:h2:tcp://host/~/mtqa")).isEmpty();
        assertThat(HistoryFile.ofUrl("jdbc:postgresql://host:5432/mtqa")).isEmpty();
        assertThat(HistoryFile.ofUrl(null)).isEmpty();
    }

    @Test
    void ofOpenDatabase_IsTheFileOfAFileDatabase_AndNothingInMemory() throws Exception {
        HistoryFile history = withRuns(1);
        try (Connection connection = HistoryFiles.open(history)) {
            assertThat(HistoryFile.ofOpenDatabase(connection)).hasValueSatisfying(
                    h -> assertThat(h.file()).isEqualTo(history.file()));
        }
        try (Connection memory = java.sql.DriverManager.getConnection("jdbc:h2:mem:", "sa", "")) {
            assertThat(HistoryFile.ofOpenDatabase(memory)).isEmpty();
        }
    }

    private HistoryFile withRuns(int runs) throws Exception {
        HistoryFile history = HistoryFiles.migrated(folder);
        try (Connection connection = HistoryFiles.open(history)) {
            for (int run = 1; run <= runs; run++) {
                HistoryFiles.addRun(connection, run);
            }
        }
        return history;
    }
}
