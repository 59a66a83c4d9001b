package org.mtqa.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Backups after a run are made of H2 files only: not of an in-memory database, as not of PostgreSQL. */
class RunBackupTest {

    @TempDir
    Path folder;

    @Test
    void afterRun_OnAnH2File_MakesAVerifiedBackupBesideIt() throws Exception {
        HistoryFile history = HistoryFiles.migrated(folder);
        RunBackup backup = new RunBackup(new DriverManagerDataSource("jdbc:h2:file:" + folder.resolve("history"),
                "sa", ""), 2, HistoryFiles.SA);

        assertThat(backup.applies()).isTrue();
        assertThat(backup.afterRun(7).file()).hasParent(folder.resolve("backup"))
                .satisfies(zip -> assertThat(zip.getFileName().toString()).endsWith("-run7.zip"));
        assertThat(new HistoryBackups(history, HistoryFiles.SA).list()).hasSize(1);
    }

    @Test
    void applies_NotToADatabaseThatIsNoH2File_NorWhenNoBackupIsKept() throws Exception {
        HistoryFiles.migrated(folder);

        assertThat(new RunBackup(new DriverManagerDataSource("jdbc:h2:mem:run-backup", "sa", ""), 3,
                HistoryFiles.SA).applies()).isFalse();
        assertThat(new RunBackup(new DriverManagerDataSource("jdbc:h2:file:" + folder.resolve("history"), "sa", ""),
                0, HistoryFiles.SA).applies()).isFalse();
    }
}
