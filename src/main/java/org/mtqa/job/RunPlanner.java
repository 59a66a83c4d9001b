package org.mtqa.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mtqa.article.ArticleReader;
import org.mtqa.article.InputFiles;
import org.mtqa.config.MtqaProperties;
import org.mtqa.history.HistoryRepository.PreviousCheck;
import org.mtqa.history.HistoryRepository;
import org.mtqa.report.ReportFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which input files a run checks. A file is skipped when its content hash, its language and mtqa's
 * fingerprint are those of its last successful check and its reports are still there (the repaired text too, when
 * it is asked for): the run records it as unchanged
 * and its report stands. Files the run already recorded (before a crash) are skipped too, so a restart continues where
 * the run stopped. Reports of input files that disappeared since the previous run are deleted.
 */
public class RunPlanner {

    private static final Logger log = LoggerFactory.getLogger(RunPlanner.class);

    private final MtqaProperties properties;
    private final HistoryRepository history;
    private final ReportFiles reportFiles;
    private final CheckFingerprint fingerprint;
    private final InputFiles.Folders folders;

    public RunPlanner(MtqaProperties properties, HistoryRepository history, ReportFiles reportFiles,
            CheckFingerprint fingerprint, InputFiles.Folders folders) {
        this.properties = properties;
        this.history = history;
        this.reportFiles = reportFiles;
        this.fingerprint = fingerprint;
        this.folders = folders;
    }

    /**
     * A file to check, or a subfolder that could not be listed ({@code file} ends in '/'), which becomes a FAILED entry
     * with {@code listingError} as its reason.
     */
    public record ToCheck(String file, String listingError) {
    }

    /** Records unchanged and removed files in the run's history and returns the files to check, in file order. */
    public List<ToCheck> filesToCheck(long runId) {
        String inputFolder = properties.inputFolder();
        InputFiles.Listing listing = InputFiles.listing(properties.input(), properties.include(), folders);
        List<String> files = listing.entries();
        Set<String> recorded = history.filesOfRunSoFar(runId);
        Map<String, PreviousCheck> latest = properties.full() ? Map.of() : history.latestChecks(inputFolder, runId);
        List<ToCheck> toCheck = new ArrayList<>();
        int unchanged = 0;
        for (String file : files) {
            if (recorded.contains(file)) {
                continue;
            }
            String listingError = listing.unlisted().get(file);
            PreviousCheck previous = latest.get(file);
            if (listingError == null && previous != null && isUnchanged(file, previous)) {
                history.recordUnchanged(runId, previous);
                unchanged++;
            } else {
                toCheck.add(new ToCheck(file, listingError));
            }
        }
        int removed = removeReportsOfVanishedFiles(runId, inputFolder, new HashSet<>(files));
        log.info("mtqa: {} input files: {} to check, {} unchanged, {} already checked before a restart, {} removed",
                files.size(), toCheck.size(), unchanged, files.size() - toCheck.size() - unchanged, removed);
        return toCheck;
    }

    private boolean isUnchanged(String file, PreviousCheck previous) {
        return properties.language().equals(previous.language())
                && fingerprint.value().equals(previous.fingerprint())
                && Files.exists(reportFiles.jsonReport(file))
                && Files.exists(reportFiles.htmlReport(file))
                && (!properties.writeFixed() || Files.exists(reportFiles.fixedText(file)))
                && sha256(properties.input().resolve(file)).map(previous.sha256()::equals).orElse(false);
    }

    /** Unreadable files have no hash; they are checked, which reports why they cannot be read. */
    private static Optional<String> sha256(Path file) {
        try {
            return Optional.of(ArticleReader.sha256(Files.readAllBytes(file)));
        } catch (IOException | OutOfMemoryError e) {
            return Optional.empty();
        }
    }

    private int removeReportsOfVanishedFiles(long runId, String inputFolder, Set<String> present) {
        int removed = 0;
        for (String file : history.filesOfPreviousRun(inputFolder, runId)) {
            if (!present.contains(file)) {
                reportFiles.deleteReports(file);
                history.recordRemoved(runId, file);
                removed++;
            }
        }
        return removed;
    }
}
