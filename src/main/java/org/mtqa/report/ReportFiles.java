package org.mtqa.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The layout of the reports folder, and how reports are written. An input file {@code a/b.txt} gets
 * {@code a/b.json}, {@code a/b.html} and, if asked, {@code a/b.fixed.txt}; the run gets {@code summary.json} and
 * {@code index.html} at the top; mtqa's own files live in {@code .mtqa/}. Each report is written atomically (a temp
 * file beside it, then a rename), and never outside the reports folder, whatever an input file is called.
 */
public class ReportFiles {

    private static final String JSON = ".json";
    private static final String HTML = ".html";
    private static final String FIXED_TEXT = ".fixed.txt";
    private static final String SUMMARY = "summary.json";
    private static final String INDEX = "index.html";
    private static final String OWN_FOLDER = ".mtqa";
    /** Names at the top of the reports folder that belong to the run, not to an input file. */
    private static final Set<String> RUN_FILES = Set.of(INDEX, SUMMARY);
    /** What mtqa writes for one input file. */
    private static final List<String> REPORT_EXTENSIONS = List.of(JSON, HTML, FIXED_TEXT);

    private final Path root;

    public ReportFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /**
     * mtqa's own folder inside a reports folder, for the run lock and the default history database; static because
     * both are needed before the application is up.
     */
    public static Path ownFolder(Path reportsFolder) {
        return reportsFolder.resolve(OWN_FOLDER);
    }

    /** The run's summary, {@code <root>/summary.json}. */
    public Path summary() {
        return root.resolve(SUMMARY);
    }

    /** The run's index page, {@code <root>/index.html}. */
    public Path index() {
        return root.resolve(INDEX);
    }

    /**
     * The JSON report of an input file given relative to the input folder: {@code a/b.txt} gives
     * {@code <root>/a/b.json}. Throws IllegalArgumentException for a name that would leave the reports folder.
     */
    public Path jsonReport(String inputFile) {
        return reportPath(inputFile, JSON);
    }

    /** The HTML report of an input file, as {@link #jsonReport} but {@code .html}. */
    public Path htmlReport(String inputFile) {
        return reportPath(inputFile, HTML);
    }

    /** The repaired text of an input file, as {@link #jsonReport} but {@code .fixed.txt}. */
    public Path fixedText(String inputFile) {
        return reportPath(inputFile, FIXED_TEXT);
    }

    /** The HTML report of an input file relative to the reports folder, '/'-separated and not URL-encoded. */
    public static String htmlReportName(String inputFile) {
        return reportName(inputFile, HTML);
    }

    /** The index relative to an input file's HTML report: {@code a/b.txt} gives {@code ../index.html}. */
    public static String indexFrom(String inputFile) {
        return "../".repeat((int) inputFile.chars().filter(c -> c == '/').count()) + INDEX;
    }

    private Path reportPath(String inputFile, String extension) {
        return resolve(reportName(inputFile, extension));
    }

    /**
     * The report's path relative to the reports folder. A top-level input named like a run file ({@code index.txt})
     * gets a trailing underscore, so it cannot overwrite the index or the summary.
     */
    private static String reportName(String inputFile, String extension) {
        String base = inputFile.endsWith(".txt") ? inputFile.substring(0, inputFile.length() - 4) : inputFile;
        return RUN_FILES.contains(base + extension) ? base + "_" + extension : base + extension;
    }

    /** Resolves a relative path inside the reports folder, refusing any that would leave it. */
    public Path resolve(String relative) {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("refusing to write outside the reports folder: " + relative);
        }
        return path;
    }

    public void write(Path target, String content) {
        write(target, out -> out.write(content));
    }

    /** What a report writes; a long report is written as it is made rather than held in memory as one string. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    public void write(Path target, Content content) {
        try {
            Files.createDirectories(target.getParent());
            refuseLinkOutside(target.getParent());
            // a hidden sibling, so the rename stays on one file system; written with the usual permissions, unlike
            // createTempFile. Its name does not repeat the target's, which may already be as long as a name can be.
            Path temp = target.resolveSibling(".mtqa-" + UUID.randomUUID() + ".tmp");
            try {
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    content.writeTo(out);
                }
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + target, e);
        }
    }

    /** Deletes the reports of an input file that no longer exists; true when there were any. */
    public boolean deleteReports(String inputFile) {
        boolean deleted = false;
        for (String extension : REPORT_EXTENSIONS) {
            try {
                deleted |= Files.deleteIfExists(reportPath(inputFile, extension));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete report of removed input " + inputFile, e);
            }
        }
        return deleted;
    }

    /** A folder inside the reports folder may be a symbolic link to somewhere else: never write through it. */
    private void refuseLinkOutside(Path folder) throws IOException {
        if (!folder.toRealPath().startsWith(root.toRealPath())) {
            throw new IllegalArgumentException("refusing to write outside the reports folder: " + folder
                    + " links to " + folder.toRealPath());
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
