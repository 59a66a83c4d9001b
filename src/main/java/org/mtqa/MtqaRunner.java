package org.mtqa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.mtqa.check.ArticleChecker;
import org.mtqa.config.MtqaProperties;
import org.mtqa.evaluation.EvaluationReport;
import org.mtqa.evaluation.InjectedCorpus;
import org.mtqa.history.HistoryBackups.Backup;
import org.mtqa.history.RunBackup;
import org.mtqa.job.QualityJobConfiguration;
import org.mtqa.report.ExitCode;
import org.mtqa.report.ReportFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs the job once at start-up and turns its outcome into the process {@link ExitCode} schedulers rely on. With
 * {@code mtqa.inject.to} set it writes an injected evaluation corpus instead (exit code 0, or 1 when it cannot).
 */
@Component
@ConditionalOnProperty(name = "mtqa.run-on-startup", havingValue = "true", matchIfMissing = true)
public class MtqaRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(MtqaRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final MtqaProperties properties;
    private final ReportFiles reportFiles;
    private final ArticleChecker checker;
    private final RunBackup backup;
    private ExitCode exitCode = ExitCode.JOB_FAILED;

    public MtqaRunner(JobOperator jobOperator, JobRepository jobRepository, Job job, MtqaProperties properties,
            ReportFiles reportFiles, ArticleChecker checker, RunBackup backup) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
        this.properties = properties;
        this.reportFiles = reportFiles;
        this.checker = checker;
        this.backup = backup;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.inject().requested()) {
            exitCode = inject(properties.inject());
            return;
        }
        if (!Files.isDirectory(properties.input())) {
            log.error("mtqa: input folder {} does not exist or is not a folder; exit code {}",
                    properties.input().toAbsolutePath(), ExitCode.JOB_FAILED.code());
            exitCode = ExitCode.JOB_FAILED;
            return;
        }
        try {
            JobExecution execution = interruptedRun().map(this::resume).orElseGet(this::startNewRun);
            if (properties.evaluation().enabled() && execution.getStatus() == BatchStatus.COMPLETED) {
                System.out.print(EvaluationReport.render(properties.input(),
                        properties.fallbackCharset(), properties.evaluation().gold(), reportFiles, checker.timings()));
            }
            backUpHistory(execution);
            exitCode = exitCodeOf(execution);
        } catch (Exception e) {
            log.error("mtqa: the job could not run: {}", e.toString());
            exitCode = ExitCode.JOB_FAILED;
        }
    }

    private static ExitCode inject(MtqaProperties.Inject inject) {
        if (inject.from() == null) {
            log.error("mtqa: mtqa.inject.from (the folder of clean articles) is not set; exit code {}",
                    ExitCode.JOB_FAILED.code());
            return ExitCode.JOB_FAILED;
        }
        try {
            System.out.print(InjectedCorpus.write(inject.from(), inject.to(), inject.files(), inject.controls(),
                    inject.seed()).describe());
            return ExitCode.OK;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            log.error("mtqa: the injection failed: {}; exit code {}", e.getMessage(), ExitCode.JOB_FAILED.code());
            return ExitCode.JOB_FAILED;
        }
    }

    /**
     * The latest run, if it did not complete and checked the same folder in the same language: a crash or kill -9
     * leaves it marked as running (no other run can be running, the {@link RunLock} sees to that), a failure leaves it
     * FAILED. {@code mtqa.full} starts afresh instead.
     */
    private Optional<JobExecution> interruptedRun() {
        JobInstance last = jobRepository.getLastJobInstance(QualityJobConfiguration.JOB_NAME);
        JobExecution execution = last == null ? null : jobRepository.getLastJobExecution(last);
        if (execution == null) {
            return Optional.empty();
        }
        if (execution.isRunning()) {
            execution = jobOperator.recover(execution);
        }
        JobParameters parameters = execution.getJobParameters();
        boolean sameRun = properties.inputFolder().equals(parameters.getString("input"))
                && properties.language().equals(parameters.getString("language"));
        return execution.getStatus() == BatchStatus.FAILED && sameRun && !properties.full()
                ? Optional.of(execution) : Optional.empty();
    }

    private JobExecution resume(JobExecution interrupted) {
        log.info("mtqa: continuing run {}, which stopped before it finished; files it checked are not checked again",
                interrupted.getJobInstanceId());
        try {
            return jobOperator.restart(interrupted);
        } catch (JobRestartException e) {
            throw new IllegalStateException("cannot continue run " + interrupted.getJobInstanceId(), e);
        }
    }

    private JobExecution startNewRun() {
        try {
            return jobOperator.start(job, newRunParameters());
        } catch (JobExecutionException e) {
            throw new IllegalStateException("cannot start the job", e);
        }
    }

    private JobParameters newRunParameters() {
        return new JobParametersBuilder()
                .addLong("run.id", System.currentTimeMillis())
                .addString("input", properties.inputFolder(), false)
                .addString("language", properties.language(), false)
                .toJobParameters();
    }

    /**
     * A verified backup of the history after a completed run, whatever its verdicts; none after a run that did not
     * complete, whose history the next run continues. A backup that fails leaves the run's outcome as it is.
     */
    private void backUpHistory(JobExecution execution) {
        long started = System.nanoTime();
        try {
            if (!backup.applies()) {
                return;
            }
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                log.info("mtqa: no backup of the history, as the run did not complete; the backups stay as they were");
                return;
            }
            Backup made = backup.afterRun(execution.getJobInstanceId());
            log.info("mtqa: history backed up to {} ({} KB, restored and read back; the newest {} kept) in {} ms",
                    made.file(), (made.bytes() + 1023) / 1024, backup.keep(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | SQLException | RuntimeException e) {
            log.warn("mtqa: the history could not be backed up: {}; the older backups stay, the run's outcome stands",
                    e.getMessage());
            log.debug("mtqa: why the backup failed", e);
        }
    }

    private ExitCode exitCodeOf(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            log.error("mtqa: job {}: {}; exit code {}", execution.getStatus(), failureOf(execution),
                    ExitCode.JOB_FAILED.code());
            execution.getAllFailureExceptions().forEach(e -> log.debug("mtqa: the job's failure", e));
            return ExitCode.JOB_FAILED;
        }
        var context = execution.getExecutionContext();
        ExitCode code = ExitCode.of(context.getInt(QualityJobConfiguration.EXIT_CODE_KEY));
        log.info("mtqa: job COMPLETED; {}; exit code {}", context.getString(QualityJobConfiguration.SUMMARY_KEY),
                code.code());
        return code;
    }

    /**
     * What stopped the job, in one line: the report that could not be written and why (a full disk), or else the
     * job's own failures, each with its cause. Stack traces are logged at DEBUG.
     */
    private String failureOf(JobExecution execution) {
        return reportFiles.writeFailure().map(failure -> failure.getMessage() + "; reports written before are whole,"
                + " the others keep their earlier version. Free space and run again: the next run continues where"
                + " this one stopped").orElseGet(() -> {
                    List<Throwable> failures = execution.getAllFailureExceptions();
                    // Spring Batch's "Partition handler returned an unsuccessful step" says only that a file failed
                    List<Throwable> own = failures.stream().filter(e -> !(e instanceof JobExecutionException))
                            .toList();
                    return (own.isEmpty() ? failures : own).stream().map(MtqaRunner::withCauses).distinct()
                            .collect(Collectors.joining("; "));
                });
    }

    /** The message of an exception and of each cause that says something new. */
    private static String withCauses(Throwable failure) {
        StringBuilder line = new StringBuilder();
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            if (!line.toString().contains(message)) {
                line.append(line.isEmpty() ? "" : ": ").append(message);
            }
        }
        return line.toString();
    }

    @Override
    public int getExitCode() {
        return exitCode.code();
    }
}
