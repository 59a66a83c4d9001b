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
    void reports_MirrorTheInputPath() {
        ReportFiles files = new ReportFiles(root);

        assertThat(files.jsonReport("a/b/c.txt")).isEqualTo(root.resolve("a/b/c.json"));
        assertThat(files.htmlReport("notes.md")).isEqualTo(root.resolve("notes.md.html"));
        assertThat(files.htmlReport("index.txt")).isEqualTo(root.resolve("index_.html"));
        assertThat(files.jsonReport("summary.txt")).isEqualTo(root.resolve("summary_.json"));
        assertThat(files.htmlReport("sub/index.txt")).isEqualTo(root.resolve("sub/index.html"));
        assertThat(files.fixedText("a/b/c.txt")).isEqualTo(root.resolve("a/b/c.fixed.txt"));
    }

    @Test
    void runFiles_AreAtTheTopOfTheReportsFolder() {
        ReportFiles files = new ReportFiles(root);

        assertThat(files.summary()).isEqualTo(root.resolve("summary.json"));
        assertThat(files.index()).isEqualTo(root.resolve("index.html"));
        assertThat(ReportFiles.ownFolder(root)).isEqualTo(root.resolve(".mtqa"));
    }

    @Test
    void links_AreRelativeToTheReportsFolderOrToTheFilesPage() {
        assertThat(ReportFiles.htmlReportName("a/b.txt")).isEqualTo("a/b.html");
        assertThat(ReportFiles.htmlReportName("index.txt")).isEqualTo("index_.html");
        assertThat(ReportFiles.indexFrom("b.txt")).isEqualTo("index.html");
        assertThat(ReportFiles.indexFrom("a/b/c.txt")).isEqualTo("../../index.html");
    }

    @Test
    void resolve_RefusesPathsOutsideTheReportsFolder() {
        ReportFiles files = new ReportFiles(root.resolve("reports"));

        assertThatThrownBy(() -> files.jsonReport("../../etc/passwd.txt"))
                .hasMessageContaining("outside the reports folder");
        assertThatThrownBy(() -> files.resolve("/tmp/x.json")).hasMessageContaining("outside the reports folder");
    }

    @Test
    void resolve_RefusesTraversalHoweverSpelled() {
        ReportFiles files = new ReportFiles(root.resolve("reports"));

        assertThatThrownBy(() -> files.htmlReport("a/../../x.txt"))
                .hasMessageContaining("outside the reports folder");
        assertThatThrownBy(() -> files.jsonReport(root.resolve("elsewhere/x.txt").toString()))
                .hasMessageContaining("outside the reports folder");
        assertThatThrownBy(() -> files.resolve("..")).hasMessageContaining("outside the reports folder");
        assertThat(files.jsonReport("a/../b.txt")).isEqualTo(root.resolve("reports/b.json"));
    }

    @Test
    void write_WhenASubfolderLinksOutsideTheReportsFolder_ThenRefuses() throws Exception {
        Path outside = Files.createDirectories(root.resolve("outside"));
        ReportFiles files = new ReportFiles(Files.createDirectories(root.resolve("reports")));
        Files.createSymbolicLink(root.resolve("reports/sub"), outside);

        assertThatThrownBy(() -> files.write(files.jsonReport("sub/x.txt"), "{}"))
                .hasMessageContaining("outside the reports folder");
        try (var listing = Files.list(outside)) {
            assertThat(listing).isEmpty();
        }
    }

    @Test
    void write_WhenTheNameIsAsLongAsAllowed_ThenTheTempFileStillFits() {
        ReportFiles files = new ReportFiles(root);
        // 255 bytes is the longest file name most file systems take
        Path target = files.jsonReport("n".repeat(250) + ".txt");

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
