package org.mtqa.report;

/** Whether a file could be checked. */
public enum FileStatus {
    CHECKED,
    FAILED
}
