package org.mtqa.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtqa.score.Verdict;

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
    void reports_OfNamesMadeOfDots_StayInsideTheReportsFolderBesideTheirInput() {
        ReportFiles files = new ReportFiles(root.resolve("reports"));

        // a file may be called "..txt" or "...txt"; its report is a file of that folder, not a step up
        assertThat(files.jsonReport("..txt")).isEqualTo(root.resolve("reports/..json"));
        assertThat(files.htmlReport("...txt")).isEqualTo(root.resolve("reports/...html"));
        assertThat(files.jsonReport("a/..txt")).isEqualTo(root.resolve("reports/a/..json"));
        assertThat(files.jsonReport(".txt")).isEqualTo(root.resolve("reports/.json"));
        assertThat(files.jsonReport("locked/")).isEqualTo(root.resolve("reports/locked/.json"));
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
        Path target = files.jsonReport("n".repeat(241) + ".txt");

        files.write(target, "{}");

        assertThat(target).hasFileName("n".repeat(241) + ".json").hasContent("{}");
    }

    @Test
    void reports_WhenTheInputNameHas255Bytes_ThenTheyHaveAShortenedStableNameThatFits() throws Exception {
        // names of 255 bytes, the longest Linux allows, in characters of one to four UTF-8 bytes
        for (String name : List.of(LongNames.of255Bytes("n"), LongNames.of255Bytes("ü"), LongNames.of255Bytes("€"),
                LongNames.of255Bytes("😀"), LongNames.of255Bytes("Bericht über den Gipfel in Genf – 🇩🇪 "))) {
            assertThat(name.getBytes(UTF_8)).as(name).hasSize(255);
            ReportFiles files = new ReportFiles(root);
            List<Path> reports = List.of(files.jsonReport("sub/" + name), files.htmlReport("sub/" + name),
                    files.fixedText("sub/" + name));

            for (Path report : reports) {
                files.write(report, "x");
                String written = report.getFileName().toString();
                assertThat(written.getBytes(UTF_8).length).as(written).isLessThanOrEqualTo(255);
                assertThat(written).matches(".*~[0-9a-f]{16}\\.(json|html|fixed\\.txt)")
                        .doesNotContain("\uFFFD");
                assertThat(name).startsWith(written.substring(0, written.indexOf('~')));
                assertThat(report).hasParent(root.resolve("sub")).hasContent("x");
            }
            // one stem for all reports of a file, the same in every run
            assertThat(reports).extracting(p -> p.getFileName().toString().replaceAll("\\..*", ""))
                    .containsOnly(new ReportFiles(root).jsonReport("sub/" + name).getFileName().toString()
                            .replace(".json", ""));
            assertThat(ReportFiles.htmlReportName("sub/" + name)).isEqualTo("sub/" + reports.get(1).getFileName());
        }
    }

    @Test
    void reports_WhenLongNamesBeginAlike_ThenTheirShortenedNamesDiffer() {
        ReportFiles files = new ReportFiles(root);
        String common = "ä".repeat(120);

        assertThat(files.jsonReport(common + "eins.txt")).isNotEqualTo(files.jsonReport(common + "zwei.txt"));
    }

    @Test
    void reports_WhenAShortNameLooksShortened_ThenItIsShortenedTooAndTakesNoOtherFilesName() {
        ReportFiles files = new ReportFiles(root);
        String longName = "l".repeat(250) + ".txt";
        String shortenedStem = files.jsonReport(longName).getFileName().toString().replace(".json", "");

        Path lookalike = files.jsonReport(shortenedStem + ".txt");

        assertThat(lookalike).isNotEqualTo(files.jsonReport(longName));
        assertThat(lookalike.getFileName().toString()).matches("l+~[0-9a-f]{16}\\.json");
        assertThat(files.jsonReport("plain~name.txt")).hasFileName("plain~name.json");
    }

    @Test
    void write_WhenOneOfAFilesReportsCannotBeWritten_ThenNoneIsReplacedAndNoTempFileIsLeft() throws Exception {
        // given whole reports of an earlier check, and a disk that fills up in the middle of the HTML page
        ReportFiles healthy = new ReportFiles(root);
        healthy.write(healthy.jsonReport("a.txt"), "old json");
        healthy.write(healthy.htmlReport("a.txt"), "old html");
        ReportFiles full = new ReportFiles(root, DiskFull.when(target -> target.toString().endsWith(".html")));

        // when both are written anew
        assertThatThrownBy(() -> full.write(List.of(
                new ReportFiles.Output(full.jsonReport("a.txt"), out -> out.write("new json")),
                new ReportFiles.Output(full.htmlReport("a.txt"), out -> out.write("new html ".repeat(1000))))))
                .isInstanceOf(ReportWriteException.class)
                .hasMessage("cannot write report " + root.resolve("a.html") + ": No space left on device");

        // then the earlier reports stand whole, side by side, and nothing else is there
        assertThat(root.resolve("a.json")).hasContent("old json");
        assertThat(root.resolve("a.html")).hasContent("old html");
        try (var listing = Files.list(root)) {
            assertThat(listing).containsExactlyInAnyOrder(root.resolve("a.json"), root.resolve("a.html"));
        }
        assertThat(full.writeFailure()).get().extracting(ReportWriteException::getMessage).asString()
                .contains(root.resolve("a.html").toString());
        assertThat(healthy.writeFailure()).isEmpty();
    }

    @Test
    void write_WhenTheDiskFillsUpUnderTheJsonOrHtmlWriter_ThenTheFailureNamesTheReportAndTheCause() {
        // Jackson and Mustache wrap the stream's IOException in exceptions of their own
        ReportFiles full = new ReportFiles(root, DiskFull.when(target -> true));
        String text = "Die Regierung hat am Montag neue Regeln beschlossen.\n".repeat(200);
        FileReport report = new FileReport("a.txt", "0".repeat(64), FileStatus.CHECKED, null, "UTF-8", "de-DE", 1400,
                200, 100.0, Verdict.PASS, Map.of(), List.of());

        assertThatThrownBy(() -> full.write(full.htmlReport("a.txt"), out -> HtmlReports.report(report, text, out)))
                .isInstanceOf(ReportWriteException.class)
                .hasMessage("cannot write report " + root.resolve("a.html") + ": No space left on device");
        assertThatThrownBy(() -> full.write(full.jsonReport("a.txt"), out -> JsonReports.write(
                new RunSummary.FailedFile("a.txt", text), out)))
                .isInstanceOf(ReportWriteException.class)
                .hasMessage("cannot write report " + root.resolve("a.json") + ": No space left on device");
        assertThat(root).isEmptyDirectory();
    }

    @Test
    void write_WhenTheContentFailsWithoutTheDiskFailing_ThenThatFailureIsThrownAndNoWriteFailureRemembered() {
        ReportFiles files = new ReportFiles(root);

        assertThatThrownBy(() -> files.write(files.jsonReport("a.txt"), out -> {
            throw new IllegalStateException("a bug in a report");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(files.writeFailure()).isEmpty();
    }

    @Test
    void write_WhenAFolderOnTheWayLinksOutside_ThenNothingIsCreatedThere() throws Exception {
        Path outside = Files.createDirectories(root.resolve("outside"));
        ReportFiles files = new ReportFiles(Files.createDirectories(root.resolve("reports")));
        Files.createSymbolicLink(root.resolve("reports/sub"), outside);

        assertThatThrownBy(() -> files.write(files.jsonReport("sub/deeper/x.txt"), "{}"))
                .hasMessageContaining("outside the reports folder");
        try (var listing = Files.list(outside)) {
            assertThat(listing).isEmpty();
        }
    }

    @Test
    void deleteReports_WhenTheirFolderLinksOutside_ThenRefusesAndDeletesNothingThere() throws Exception {
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("x.json"), "not a report");
        ReportFiles files = new ReportFiles(Files.createDirectories(root.resolve("reports")));
        Files.createSymbolicLink(root.resolve("reports/sub"), outside);

        assertThatThrownBy(() -> files.deleteReports("sub/x.txt")).hasMessageContaining("outside the reports folder");
        assertThat(outside.resolve("x.json")).hasContent("not a report");
    }

    @Test
    void write_WhenTheTargetIsALinkToAFileOutside_ThenTheLinkIsReplacedAndTheFileLeftAlone() throws Exception {
        Path outside = Files.writeString(root.resolve("outside.txt"), "keep");
        ReportFiles files = new ReportFiles(Files.createDirectories(root.resolve("reports")));
        Files.createSymbolicLink(root.resolve("reports/x.json"), outside);

        files.write(files.jsonReport("x.txt"), "{}");

        assertThat(outside).hasContent("keep");
        assertThat(Files.isSymbolicLink(root.resolve("reports/x.json"))).isFalse();
        assertThat(root.resolve("reports/x.json")).hasContent("{}");
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
