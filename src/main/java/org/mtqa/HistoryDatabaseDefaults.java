package org.mtqa;

import java.nio.file.Path;
import java.util.Map;

import org.mtqa.report.ReportFiles;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Unless {@code spring.datasource.url} is set, keeps the history in an H2 file inside the reports folder, so that the
 * history travels with the reports it describes: {@code <reports>/.mtqa/history.mv.db}. Commits are written at once
 * ({@code WRITE_DELAY=0}; H2 waits up to 500 ms by default), so that a killed run loses no file it has recorded and
 * its restart checks none of them again.
 */
public class HistoryDatabaseDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        Path reports = Path.of(environment.getProperty("mtqa.reports", "reports")).toAbsolutePath().normalize();
        String url = "jdbc:h2:file:" + ReportFiles.ownFolder(reports).resolve("history")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        environment.getPropertySources().addLast(new MapPropertySource("mtqaHistoryDatabase",
                Map.of("spring.datasource.url", url, "spring.datasource.username", "sa")));
    }
}
