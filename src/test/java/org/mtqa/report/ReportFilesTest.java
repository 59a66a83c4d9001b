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
