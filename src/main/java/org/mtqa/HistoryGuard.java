package org.mtqa;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import org.mtqa.config.MtqaProperties;
import org.mtqa.history.HistoryBackups;
import org.mtqa.history.HistoryFile;
import org.mtqa.history.HistoryRecovery;
import org.mtqa.history.HistoryRecovery.Outcome;
import org.mtqa.report.ExitCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Looks at an H2 history before anything opens it (Flyway, Spring Batch's job repository): a damaged file stops the
 * application with one line that names the file, the cause and the remedy, and {@link ExitCode#JOB_FAILED}, or is
 * recovered as {@code mtqa.history.recover} asks (see {@link HistoryRecovery}). H2's own exception goes to the debug
 * log only. Runs after the {@link RunLock} is taken, so that no other run has the file open while it is moved.
 */
public class HistoryGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    /** After every other listener of the prepared settings, the run lock's included. */
    static final int ORDER = Ordered.LOWEST_PRECEDENCE;

    private static final Logger log = LoggerFactory.getLogger(HistoryGuard.class);

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        Optional<HistoryFile> history = HistoryFile.ofUrl(environment.getProperty("spring.datasource.url"));
        if (history.isEmpty()) {
            return;
        }
        Outcome outcome;
        try {
            MtqaProperties.History settings = Binder.get(environment)
                    .bindOrCreate("mtqa.history", MtqaProperties.History.class);
            outcome = HistoryRecovery.atStart(history.get(),
                    new HistoryBackups(history.get(), HistoryFile.Login.of(environment)), settings.recover(),
                    Instant.now());
        } catch (BindException e) {
            String setting = e.getProperty() == null ? "a setting of mtqa.history"
                    : e.getProperty().getName() + "=" + e.getProperty().getValue();
            outcome = new Outcome(false, setting + " is not valid: mtqa.history.recover is none, restore or new, and"
                    + " mtqa.history.backups a number from 0; exit code " + ExitCode.JOB_FAILED.code(), e);
        } catch (IOException e) {
            outcome = new Outcome(false, "the history database " + history.get() + " could not be recovered: " + e
                    + "; exit code " + ExitCode.JOB_FAILED.code(), e);
        }
        if (outcome.error() != null) {
            log.debug("mtqa: the error behind it, on {}", history.get(), outcome.error());
        }
        if (!outcome.proceed()) {
            log.error("mtqa: {}", outcome.message());
            throw new Stopped();
        }
        if (outcome.message() != null) {
            log.warn("mtqa: {}", outcome.message());
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    /** Ends the start quietly: the line above has said why. The application exits with code 1. */
    public static class Stopped extends SpringApplication.AbandonedRunException {
    }
}
