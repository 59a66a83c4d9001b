package org.mtqa.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtqa.MtqaApplication;
import org.mtqa.report.ExitCode;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application as the command line does and checks the exit code schedulers see, and that it listens on no port. */
class ExitCodeTests {

    private static final String CLEAN_GERMAN = """
            Die Regierung hat am Montag neue Regeln für den Handel beschlossen. Sie sollen im kommenden Jahr gelten.
            """;

    @TempDir
    Path work;

    @Test
    void exitCode_WhenEveryFilePassesTheGate_ThenZero() {
        TestFolders.write(work.resolve("in/clean.txt"), CLEAN_GERMAN.getBytes(StandardCharsets.UTF_8));

        assertThat(run("--mtqa.input=" + work.resolve("in"))).isEqualTo(ExitCode.OK.code());
        assertThat(work.resolve("reports/clean.json")).exists();
    }

    @Test
    void exitCode_WhenAFileCannotBeChecked_ThenTwo() {
        TestFolders.write(work.resolve("in/clean.txt"), CLEAN_GERMAN.getBytes(StandardCharsets.UTF_8));
        TestFolders.write(work.resolve("in/binary.txt"), new byte[] {0x00, 0x01, (byte) 0xFF, 0x00});

        assertThat(run("--mtqa.input=" + work.resolve("in"))).isEqualTo(ExitCode.GATE_FAILED.code());
        assertThat(work.resolve("reports/binary.json")).content().contains("FAILED");
    }

    @Test
    void exitCode_WhenAFileIsAtTheGateVerdict_ThenTwo() {
        TestFolders.copySeeds(work.resolve("in"));

        assertThat(run("--mtqa.input=" + work.resolve("in"), "--mtqa.gate.fail-on=REVIEW"))
                .isEqualTo(ExitCode.GATE_FAILED.code());
    }

    @Test
    void standaloneRun_ListensOnNoPort() throws Exception {
        assumeTrue(ListeningSockets.visible(), "needs Linux's /proc to see which sockets the process listens on");
        TestFolders.write(work.resolve("in/clean.txt"), CLEAN_GERMAN.getBytes(StandardCharsets.UTF_8));
        Set<String> before = ListeningSockets.ofThisProcess();
        Set<String> opened = ConcurrentHashMap.newKeySet();
        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor();
        watch.scheduleWithFixedDelay(() -> opened.addAll(ListeningSockets.ofThisProcess()), 0, 50,
                TimeUnit.MILLISECONDS);
        try {
            // while the application starts, opens its history, runs the job, and after, with everything still open
            ConfigurableApplicationContext context = SpringApplication.run(MtqaApplication.class, arguments(
                    "--mtqa.input=" + work.resolve("in")));
            opened.addAll(ListeningSockets.ofThisProcess());
            assertThat(SpringApplication.exit(context)).isEqualTo(ExitCode.OK.code());
        } finally {
            watch.shutdownNow();
            watch.awaitTermination(10, TimeUnit.SECONDS);
        }

        assertThat(opened).isSubsetOf(before);
    }

    @Test
    void exitCode_WhenTheInputFolderIsMissing_ThenOne() {
        assertThat(run("--mtqa.input=" + work.resolve("does-not-exist"))).isEqualTo(ExitCode.JOB_FAILED.code());
        assertThat(Files.exists(work.resolve("reports/summary.json"))).isFalse();
    }

    @Test
    void exitCode_WhenInjecting_WritesTheCorpusInsteadOfRunningTheJob_ThenZero() {
        TestFolders.write(work.resolve("clean/a.txt"), CLEAN_GERMAN.getBytes(StandardCharsets.UTF_8));
        TestFolders.write(work.resolve("clean/b.txt"), CLEAN_GERMAN.getBytes(StandardCharsets.UTF_8));

        assertThat(run("--mtqa.inject.from=" + work.resolve("clean"), "--mtqa.inject.to=" + work.resolve("corpus"),
                "--mtqa.inject.files=1", "--mtqa.inject.controls=1")).isEqualTo(ExitCode.OK.code());
        assertThat(work.resolve("corpus/gold.tsv")).content().contains("\t1\n");
        assertThat(work.resolve("corpus/files.tsv")).content().contains("\tcontrol\t", "\tinjected\t");
        assertThat(Files.exists(work.resolve("reports/summary.json"))).isFalse();
    }

    @Test
    void exitCode_WhenInjectingWithoutASourceFolder_ThenOne() {
        assertThat(run("--mtqa.inject.to=" + work.resolve("corpus"))).isEqualTo(ExitCode.JOB_FAILED.code());
        assertThat(Files.exists(work.resolve("corpus"))).isFalse();
    }

    private int run(String... args) {
        ConfigurableApplicationContext context = SpringApplication.run(MtqaApplication.class, arguments(args));
        return SpringApplication.exit(context);
    }

    /** The arguments, with the reports in the test's folder and one thread. */
    private String[] arguments(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--mtqa.reports=" + work.resolve("reports");
        all[args.length + 1] = "--mtqa.threads=1";
        return all;
    }
}
