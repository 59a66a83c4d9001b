package org.mtqa.job;

import org.mtqa.article.ArticleInput;
import org.mtqa.article.InputFiles;
import org.mtqa.check.AllowList;
import org.mtqa.check.ArticleChecker;
import org.mtqa.config.MtqaProperties;
import org.mtqa.history.HistoryRepository;
import org.mtqa.languagetool.LanguageToolPool;
import org.mtqa.report.ReportFiles;
import org.mtqa.score.QualityScorer;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The mtqa job: a partitioned step checks each input file in its own partition (read, check, score, write reports and
 * history), then a summary step writes the index and the run summary.
 */
@Configuration(proxyBeanMethods = false)
public class QualityJobConfiguration {

    public static final String JOB_NAME = "mtqaQualityJob";
    /** Job context keys through which the summary step hands the gate's outcome to the runner. */
    public static final String EXIT_CODE_KEY = "mtqa.exitCode";
    public static final String SUMMARY_KEY = "mtqa.summary";

    @Bean
    ThreadPoolTaskExecutor fileCheckExecutor(MtqaProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.effectiveThreads());
        executor.setMaxPoolSize(properties.effectiveThreads());
        executor.setThreadNamePrefix("mtqa-worker-");
        return executor;
    }

    @Bean
    @StepScope
    SingleArticleReader articleReader(MtqaProperties properties, ReportFiles reportFiles,
            @Value("#{stepExecutionContext['" + ArticlePartitioner.FILE_KEY + "']}") String file,
            @Value("#{stepExecutionContext['" + ArticlePartitioner.LISTING_ERROR_KEY + "']}") String listingError) {
        return new SingleArticleReader(properties.input(), file, properties.fallbackCharset(), listingError,
                reportFiles);
    }

    @Bean
    @StepScope
    ReportItemWriter reportWriter(ReportFiles reportFiles, HistoryRepository history, CheckFingerprint fingerprint,
            RunProgress progress, @Value("#{stepExecution.jobExecution.jobInstanceId}") long runId,
            MtqaProperties properties) {
        return new ReportItemWriter(reportFiles, history, fingerprint, progress, runId, properties.writeFixed());
    }

    @Bean
    RunProgress runProgress(MtqaProperties properties) {
        return new RunProgress(properties.progressInterval());
    }

    @Bean
    CheckFingerprint checkFingerprint(MtqaProperties properties, AllowList allowList) {
        return CheckFingerprint.of(properties, allowList);
    }

    @Bean
    RunPlanner runPlanner(MtqaProperties properties, HistoryRepository history, ReportFiles reportFiles,
            CheckFingerprint fingerprint) {
        return new RunPlanner(properties, history, reportFiles, fingerprint, InputFiles.DISK);
    }

    @Bean
    @StepScope
    ArticlePartitioner articlePartitioner(RunPlanner planner, RunProgress progress, LanguageToolPool languageTool,
            @Value("#{stepExecution.jobExecution.jobInstanceId}") long runId) {
        return new ArticlePartitioner(planner, progress, languageTool, runId);
    }

    @Bean
    Step checkFileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            SingleArticleReader articleReader, ReportItemWriter reportWriter, ArticleChecker checker,
            QualityScorer scorer, MtqaProperties properties, RunProgress progress) {
        return new StepBuilder("checkFile", jobRepository)
                .<ArticleInput, CheckResult>chunk(1)
                .transactionManager(transactionManager)
                .reader(articleReader)
                .processor(new ArticleCheckProcessor(checker, scorer, properties.language(), progress))
                .writer(reportWriter)
                .build();
    }

    @Bean
    Step checkAllFilesStep(JobRepository jobRepository, Step checkFileStep, MtqaProperties properties,
            ThreadPoolTaskExecutor fileCheckExecutor, ArticlePartitioner articlePartitioner) {
        return new StepBuilder("checkAllFiles", jobRepository)
                .partitioner("checkFile", articlePartitioner)
                .step(checkFileStep)
                .gridSize(properties.effectiveThreads())
                .taskExecutor(fileCheckExecutor)
                .build();
    }

    @Bean
    Step summaryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            MtqaProperties properties, HistoryRepository history, ReportFiles reportFiles) {
        return new StepBuilder("summary", jobRepository)
                .tasklet(new RunSummaryTasklet(properties, history, reportFiles), transactionManager)
                .build();
    }

    @Bean
    Job qualityJob(JobRepository jobRepository, Step checkAllFilesStep, Step summaryStep, MtqaProperties properties,
            HistoryRepository history) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(new RunHistoryListener(properties, history))
                .start(checkAllFilesStep)
                .next(summaryStep)
                .build();
    }
}
