package org.mtqa.job;

import org.mtqa.report.FileReport;

/** A file's report and, when it could be read, its text, which the HTML report shows. */
public record CheckResult(FileReport report, String text) {
}
