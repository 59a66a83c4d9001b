package org.mtqa.config;

import org.mtqa.history.HistoryRepository;
import org.mtqa.report.ReportFiles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Where the reports go and where the history is kept. */
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
}
