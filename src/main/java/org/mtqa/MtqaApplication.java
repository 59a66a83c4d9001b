package org.mtqa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MtqaApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(MtqaApplication.class, args)));
    }
}
