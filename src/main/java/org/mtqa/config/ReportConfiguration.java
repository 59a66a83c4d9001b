package org.mtqa.config;

import javax.sql.DataSource;

import org.mtqa.history.HistoryFile;
import org.mtqa.history.HistoryRepository;
import org.mtqa.history.RunBackup;
import org.mtqa.report.ReportFiles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Where the reports go, where the history is kept, and its backups. */
@Configuration(proxyBeanMethods = false)
public class ReportConfiguration {

    @Bean
    ReportFiles reportFiles(MtqaProperties properties) {
        return new ReportFiles(properties.reports());
    }

    @Bean
    HistoryRepository historyRepository(JdbcClient jdbcClient) {
        return new HistoryRepository(jdbcClient);
    }

    @Bean
    RunBackup runBackup(DataSource dataSource, MtqaProperties properties, Environment environment) {
        return new RunBackup(dataSource, properties.history().backups(), HistoryFile.Login.of(environment));
    }
}
