package org.mtqa.report;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The process exit code a run ends with, which schedulers rely on. The run's summary carries it as its number, and the
 * job leaves that number in its context for the runner.
 */
public enum ExitCode {

    /** 0: every file passes the gate. */
    OK(0),
    /** 1: the job itself failed (or did not start), so there is no verdict on the files. */
    JOB_FAILED(1),
    /** 2: a file fails the gate or could not be checked. */
    GATE_FAILED(2);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** The number the process exits with, and the one in the summary's JSON. */
    @JsonValue
    public int code() {
        return code;
    }

    /** The exit code with this number; throws IllegalArgumentException for any other. */
    public static ExitCode of(int code) {
        return Arrays.stream(values()).filter(exitCode -> exitCode.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such exit code: " + code));
    }
}
