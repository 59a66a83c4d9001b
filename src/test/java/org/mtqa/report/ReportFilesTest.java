package org.mtqa.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @TempDir
    Path root;

    @Test
    void reportPath_MirrorsTheInputPath() {
        ReportFiles files = new ReportFiles(root);

        assertThat(files.reportPath("a/b/c.txt", ".json")).isEqualTo(root.resolve("a/b/c.json"));
        assertThat(files.reportPath("notes.md", ".html")).isEqualTo(root.resolve("notes.md.html"));
        assertThat(files.reportPath("index.txt", ".html")).isEqualTo(root.resolve("index_.html"));
        assertThat(files.reportPath("summary.txt", ".json")).isEqualTo(root.resolve("summary_.json"));
        assertThat(files.reportPath("sub/index.txt", ".html")).isEqualTo(root.resolve("sub/index.html"));
    }

    @Test
    void resolve_RefusesPathsOutsideTheReportsFolder() {
        ReportFiles files = new ReportFiles(root.resolve("reports"));

        assertThatThrownBy(() -> files.reportPath("../../etc/passwd.txt", ".json"))
                .hasMessageContaining("outside the reports folder");
        assertThatThrownBy(() -> files.resolve("/tmp/x.json")).hasMessageContaining("outside the reports folder");
    }

    @Test
    void resolve_RefusesTraversalHoweverSpelled() {
        ReportFiles files = new ReportFiles(root.resolve("reports"));

        assertThatThrownBy(() -> files.reportPath("a/../../x.txt", ".html"))
                .hasMessageContaining("outside the reports folder");
        assertThatThrownBy(() -> files.reportPath(root.resolve("elsewhere/x.txt").toString(), ".json"))
                .hasMessageContaining("outside the reports folder");
        assertThatThrownBy(() -> files.resolve("..")).hasMessageContaining("outside the reports folder");
        assertThat(files.reportPath("a/../b.txt", ".json")).isEqualTo(root.resolve("reports/b.json"));
    }

    @Test
    void write_WhenASubfolderLinksOutsideTheReportsFolder_ThenRefuses() throws Exception {
        Path outside = Files.createDirectories(root.resolve("outside"));
        ReportFiles files = new ReportFiles(Files.createDirectories(root.resolve("reports")));
        Files.createSymbolicLink(root.resolve("reports/sub"), outside);

        assertThatThrownBy(() -> files.write(files.reportPath("sub/x.txt", ".json"), "{}"))
                .hasMessageContaining("outside the reports folder");
        try (var listing = Files.list(outside)) {
            assertThat(listing).isEmpty();
        }
    }

    @Test
    void write_WhenTheNameIsAsLongAsAllowed_ThenTheTempFileStillFits() {
        ReportFiles files = new ReportFiles(root);
        // 255 bytes is the longest file name most file systems take
        Path target = files.reportPath("n".repeat(250) + ".txt", ".json");

        files.write(target, "{}");

        assertThat(target).hasContent("{}");
    }

    @Test
    void write_ReplacesTheFileAndLeavesNoTempFile() throws Exception {
        ReportFiles files = new ReportFiles(root);
        Path target = files.resolve("sub/r.json");

        files.write(target, "one");
        files.write(target, "two");

        assertThat(target).hasContent("two");
        try (var listing = Files.list(target.getParent())) {
            assertThat(listing).containsExactly(target);
        }
    }
}
