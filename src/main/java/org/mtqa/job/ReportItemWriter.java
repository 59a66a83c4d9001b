package org.mtqa.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.mtqa.history.HistoryRepository;
import org.mtqa.report.FileReport;
import org.mtqa.report.HtmlReports;
import org.mtqa.report.JsonReports;
import org.mtqa.report.RepairedText;
import org.mtqa.report.ReportFiles;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a file's JSON and HTML reports (and, if asked, its repaired text) together, then its history rows. The rows
 * commit with the step, so a file whose step did not finish (a kill, a full disk) is checked again on restart, and its
 * reports are simply replaced.
 */
public class ReportItemWriter implements ItemWriter<CheckResult> {

    private final ReportFiles reportFiles;
    private final HistoryRepository history;
    private final CheckFingerprint fingerprint;
    private final RunProgress progress;
    private final long runId;
    private final boolean writeFixed;

    public ReportItemWriter(ReportFiles reportFiles, HistoryRepository history, CheckFingerprint fingerprint,
            RunProgress progress, long runId, boolean writeFixed) {
        this.reportFiles = reportFiles;
        this.history = history;
        this.fingerprint = fingerprint;
        this.progress = progress;
        this.runId = runId;
        this.writeFixed = writeFixed;
    }

    @Override
    public void write(Chunk<? extends CheckResult> chunk) {
        for (CheckResult result : chunk) {
            FileReport report = result.report();
            List<ReportFiles.Output> outputs = new ArrayList<>();
            outputs.add(new ReportFiles.Output(reportFiles.jsonReport(report.file()),
                    out -> JsonReports.write(report, out)));
            outputs.add(new ReportFiles.Output(reportFiles.htmlReport(report.file()),
                    out -> HtmlReports.report(report, result.text(), out)));
            if (writeFixed && result.text() != null) {
                outputs.add(new ReportFiles.Output(reportFiles.fixedText(report.file()),
                        out -> out.write(RepairedText.apply(result.text(), report.findings()))));
            }
            // all or none: a JSON report never stands beside the HTML page of an earlier check
            reportFiles.write(outputs);
            history.recordFile(runId, report, fingerprint.value(), Instant.now());
            progress.fileDone(report.file(), report.words());
        }
    }
}
