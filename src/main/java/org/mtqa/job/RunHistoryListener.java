package org.mtqa.job;

import java.time.Instant;

import org.mtqa.config.MtqaProperties;
import org.mtqa.history.HistoryRepository;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** Opens and closes the run's row in the history; a run is one Spring Batch job instance. */
public class RunHistoryListener implements JobExecutionListener {

    private final MtqaProperties properties;
    private final HistoryRepository history;

    public RunHistoryListener(MtqaProperties properties, HistoryRepository history) {
        this.properties = properties;
        this.history = history;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        history.startRun(jobExecution.getJobInstanceId(), Instant.now(),
                properties.inputFolder(), properties.language());
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        history.finishRun(jobExecution.getJobInstanceId(), Instant.now(),
                jobExecution.getStatus() == BatchStatus.COMPLETED ? "COMPLETED" : "FAILED");
    }
}
