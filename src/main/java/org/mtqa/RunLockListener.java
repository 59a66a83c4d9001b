package org.mtqa;

import java.nio.file.Path;

import org.mtqa.report.ExitCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Takes the {@link RunLock} as soon as the settings are known, before the history database is opened: a second run
 * on the same reports folder exits at once with {@link ExitCode#JOB_FAILED} and touches nothing.
 */
class RunLockListener implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(RunLockListener.class);

    /** Held until the process ends. */
    private static RunLock held;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (!environment.getProperty("mtqa.run-on-startup", Boolean.class, true) || held != null) {
            return;
        }
        try {
            held = RunLock.acquire(Path.of(environment.getProperty("mtqa.reports", "reports")));
        } catch (RunLock.LockedException e) {
            log.error("mtqa: {}; this run stops without touching anything; exit code {}", e.getMessage(),
                    ExitCode.JOB_FAILED.code());
            System.exit(ExitCode.JOB_FAILED.code());
        }
    }

    /** Before the {@link HistoryGuard}, which may move the history's file. */
    @Override
    public int getOrder() {
        return HistoryGuard.ORDER - 1;
    }
}
