package org.mtqa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MtqaApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(MtqaApplication.class);
        application.addListeners(new RunLockListener());
        System.exit(SpringApplication.exit(application.run(args)));
    }
}
