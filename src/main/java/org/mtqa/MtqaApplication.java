package org.mtqa;

import org.mtqa.report.ExitCode;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MtqaApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(MtqaApplication.class);
        application.addListeners(new RunLockListener());
        try {
            System.exit(SpringApplication.exit(application.run(args)));
        } catch (HistoryGuard.Stopped e) {
            System.exit(ExitCode.JOB_FAILED.code());
        }
    }
}
