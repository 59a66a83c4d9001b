package org.mtqa.job;

import java.time.Instant;
import java.util.List;

import org.mtqa.config.MtqaProperties;
import org.mtqa.history.HistoryRepository;
import org.mtqa.report.HtmlReports;
import org.mtqa.report.JsonReports;
import org.mtqa.report.ReportFiles;
import org.mtqa.report.RunSummary;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * After every file is checked: writes the run's index and summary from the run's history, and leaves the gate's exit
 * code in the job's context for the runner.
 */
public class RunSummaryTasklet implements Tasklet {

    /** Runs shown in the index's trend chart. */
    private static final int TREND_RUNS = 20;

    private final MtqaProperties properties;
    private final HistoryRepository history;
    private final ReportFiles reportFiles;

    public RunSummaryTasklet(MtqaProperties properties, HistoryRepository history, ReportFiles reportFiles) {
        this.properties = properties;
        this.history = history;
        this.reportFiles = reportFiles;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long runId = jobExecution.getJobInstanceId();
        RunSummary summary = RunSummary.of(runId, properties.inputFolder(),
                reportFiles.root().toString(), properties.language(), history.runStartedAt(runId), Instant.now(),
                properties.gate().failOn(), history.filesOfRun(runId), history.removedFiles(runId),
                history.trend(runId, TREND_RUNS));
        String index = HtmlReports.index(summary);
        reportFiles.write(List.of(new ReportFiles.Output(reportFiles.summary(), out -> JsonReports.write(summary, out)),
                new ReportFiles.Output(reportFiles.index(), out -> out.write(index))));
        jobExecution.getExecutionContext().putInt(QualityJobConfiguration.EXIT_CODE_KEY,
                summary.gate().exitCode().code());
        jobExecution.getExecutionContext().putString(QualityJobConfiguration.SUMMARY_KEY, String.format(
                "%d files (%d checked, %d unchanged, %d could not be checked, %d removed): %d PASS, %d REVIEW,"
                        + " %d REJECT; %d at or worse than %s",
                summary.totals().files(), summary.totals().checked(), summary.totals().unchanged(),
                summary.totals().failed(), summary.totals().removed(), summary.totals().pass(),
                summary.totals().review(), summary.totals().reject(), summary.gate().failingFiles(),
                summary.gate().failOn()));
        return RepeatStatus.FINISHED;
    }
}
