package org.mtqa.report;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.mtqa.article.ArticleReader;

/**
 * The layout of the reports folder, and how reports are written. An input file {@code a/b.txt} gets
 * {@code a/b.json}, {@code a/b.html} and, if asked, {@code a/b.fixed.txt}; the run gets {@code summary.json} and
 * {@code index.html} at the top; mtqa's own files live in {@code .mtqa/}. A name too long for the file system is
 * shortened (see {@link #MAX_NAME_BYTES}). Reports are written atomically (temp files beside them, forced to disk, then
 * renamed), and never outside the reports folder, whatever an input file is called.
 */
public class ReportFiles {

    /**
     * The longest name of one path component, in UTF-8 bytes, that Linux file systems take (ext4, XFS, btrfs, tmpfs).
     * When the longest report name of an input ({@code .fixed.txt}) would be longer, all its reports get a shortened
     * stem: the first whole characters of its name, then {@code ~} and 16 hex digits of the SHA-256 of its full name,
     * so the stem is stable from run to run and names that begin alike stay apart. A name that already ends like that
     * is shortened too, so that no input can take another's report name.
     */
    public static final int MAX_NAME_BYTES = 255;

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
    /** Room for the longest extension, so that all reports of a file share one stem, shortened or not. */
    private static final int MAX_STEM_BYTES = MAX_NAME_BYTES - FIXED_TEXT.length();
    private static final String HASH_MARK = "~";
    private static final int HASH_DIGITS = 16;
    /** A stem that ends like a shortened one is shortened too, so that no input takes another's report name. */
    private static final Pattern SHORTENED = Pattern.compile(".*" + HASH_MARK + "[0-9a-f]{" + HASH_DIGITS + "}");

    /**
     * Opens the temporary file a report is first written to. {@link #DISK} is the real one; a test can put in one
     * that fails, as a full disk does.
     */
    @FunctionalInterface
    public interface Opener {
        /**
         * @param temp   the file to create; it does not exist yet
         * @param target the report it becomes once complete
         */
        OutputStream open(Path temp, Path target) throws IOException;
    }

    /** Creates the file and, on close, forces its bytes to the device, so that a full disk fails before the rename. */
    public static final Opener DISK = (temp, target) -> {
        FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new FilterOutputStream(Channels.newOutputStream(channel)) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                try (channel) {
                    flush();
                    channel.force(false);
                }
            }
        };
    };

    /** What a report writes; a long report is written as it is made rather than held in memory as one string. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** One file to write: where, and what. */
    public record Output(Path target, Content content) {
    }

    private final Path root;
    private final Opener opener;
    private final AtomicReference<ReportWriteException> firstFailure = new AtomicReference<>();

    public ReportFiles(Path root) {
        this(root, DISK);
    }

    public ReportFiles(Path root, Opener opener) {
        this.root = root.toAbsolutePath().normalize();
        this.opener = opener;
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
     * gets a trailing underscore, so it cannot overwrite the index or the summary; a name too long for the file system
     * is shortened.
     */
    private static String reportName(String inputFile, String extension) {
        String base = inputFile.endsWith(".txt") ? inputFile.substring(0, inputFile.length() - 4) : inputFile;
        int slash = base.lastIndexOf('/');
        String folders = slash < 0 ? "" : Arrays.stream(base.substring(0, slash).split("/", -1))
                .map(folder -> utf8Length(folder) <= MAX_NAME_BYTES ? folder : shortened(folder, MAX_NAME_BYTES))
                .collect(Collectors.joining("/", "", "/"));
        String stem = base.substring(slash + 1);
        if (utf8Length(stem) > MAX_STEM_BYTES || SHORTENED.matcher(stem).matches()) {
            stem = shortened(stem, MAX_STEM_BYTES);
        }
        return folders + (RUN_FILES.contains(folders + stem + extension) ? stem + "_" : stem) + extension;
    }

    /**
     * The name's first whole characters that fit into {@code maxBytes} of UTF-8 with the hash mark and 16 hex digits
     * of the name's SHA-256 after them.
     */
    static String shortened(String name, int maxBytes) {
        String hash = HASH_MARK + ArticleReader.sha256(name.getBytes(StandardCharsets.UTF_8)).substring(0, HASH_DIGITS);
        int budget = maxBytes - hash.length();
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            int length = utf8Length(Character.toString(codePoint));
            if (bytes + length > budget) {
                break;
            }
            kept.appendCodePoint(codePoint);
            bytes += length;
            i += Character.charCount(codePoint);
        }
        return kept + hash;
    }

    private static int utf8Length(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
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

    public void write(Path target, Content content) {
        write(List.of(new Output(target, content)));
    }

    /**
     * Writes files that belong together, such as a file's JSON and HTML reports: each to a temp file beside it, and
     * only when all are complete on the device are they renamed into place. When one cannot be written, none is
     * replaced (the earlier versions stay whole), the temp files are deleted, and a {@link ReportWriteException}
     * naming the file and the cause is thrown and remembered ({@link #writeFailure()}).
     */
    public void write(List<Output> outputs) {
        List<Path> temps = new ArrayList<>();
        try {
            for (Output output : outputs) {
                createFolders(output.target().getParent());
                // a hidden sibling, so the rename stays on one file system. Its name does not repeat the target's,
                // which may already be as long as a name can be.
                Path temp = output.target().resolveSibling(".mtqa-" + UUID.randomUUID() + ".tmp");
                temps.add(temp);
                writeTemp(temp, output);
            }
            for (int i = 0; i < outputs.size(); i++) {
                move(temps.get(i), outputs.get(i).target());
            }
        } finally {
            temps.forEach(ReportFiles::deleteQuietly);
        }
    }

    private void writeTemp(Path temp, Output output) {
        Watched stream = null;
        try {
            stream = new Watched(opener.open(temp, output.target()));
            try (Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
                output.content().writeTo(out);
            }
        } catch (IOException e) {
            throw failed(output.target(), e);
        } catch (RuntimeException e) {
            // Jackson and Mustache wrap the stream's IOException in their own unchecked exceptions
            if (stream != null && stream.failure != null) {
                throw failed(output.target(), stream.failure);
            }
            throw e;
        }
    }

    /** Remembers the first failure of the stream under a report, however the writer above it wraps it. */
    private static final class Watched extends FilterOutputStream {

        private IOException failure;

        Watched(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw remembered(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remembered(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw remembered(e);
            }
        }

        private IOException remembered(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }

    /** The first report this process could not write, if any: after it, the run stops checking files. */
    public Optional<ReportWriteException> writeFailure() {
        return Optional.ofNullable(firstFailure.get());
    }

    private ReportWriteException failed(Path target, IOException cause) {
        ReportWriteException failure = new ReportWriteException(target, cause);
        firstFailure.compareAndSet(null, failure);
        return failure;
    }

    /** Deletes the reports of an input file that no longer exists; true when there were any. */
    public boolean deleteReports(String inputFile) {
        boolean deleted = false;
        for (String extension : REPORT_EXTENSIONS) {
            Path report = reportPath(inputFile, extension);
            try {
                if (Files.isDirectory(report.getParent())) {
                    refuseLinkOutside(report.getParent());
                }
                deleted |= Files.deleteIfExists(report);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete report of removed input " + inputFile, e);
            }
        }
        return deleted;
    }

    /**
     * Creates a report's folder, refusing to do so through a symbolic link that leads out of the reports folder: the
     * nearest existing ancestor is checked before anything is created, the folder itself after.
     */
    private void createFolders(Path folder) {
        try {
            Files.createDirectories(root);
            Path existing = folder;
            while (!Files.exists(existing) && !existing.equals(root)) {
                existing = existing.getParent();
            }
            refuseLinkOutside(existing);
            Files.createDirectories(folder);
            refuseLinkOutside(folder);
        } catch (IOException e) {
            throw failed(folder, e);
        }
    }

    /** A folder inside the reports folder may be a symbolic link to somewhere else: never write through it. */
    private void refuseLinkOutside(Path folder) throws IOException {
        if (!folder.toRealPath().startsWith(root.toRealPath())) {
            throw new IllegalArgumentException("refusing to write outside the reports folder: " + folder
                    + " links to " + folder.toRealPath());
        }
    }

    private void move(Path temp, Path target) {
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw failed(target, e);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the write has failed or succeeded already; a leftover hidden temp file is no report
        }
    }
}
