package org.mtqa.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The input folder's articles: every regular file matching the include glob, in a stable order. A folder is no
 * article, whatever its name; a symbolic link to a missing file is listed, so that the run reports it as unreadable
 * instead of silently leaving it out; symbolic links to folders are not followed. A subfolder that cannot be listed
 * (permission denied, an I/O error while reading it) does not stop the listing: it is named with the reason.
 */
public final class InputFiles {

    /** Ends the name of a folder entry, which no file name can end with. */
    public static final String FOLDER_MARK = "/";

    /**
     * What the input folder holds.
     *
     * @param files    paths relative to the input folder with '/' separators, sorted
     * @param unlisted subfolders that could not be listed, relative and ending in '/', with the reason, sorted; files
     *                 found in one before the error are in {@code files}
     */
    public record Listing(List<String> files, Map<String, String> unlisted) {

        /** Files and unlisted folders together, sorted: what a run reports on. */
        public List<String> entries() {
            return Stream.concat(files.stream(), unlisted.keySet().stream()).sorted().toList();
        }
    }

    /** Opens the listing of a folder. {@link #DISK} is the real one; a test can put in one that fails. */
    @FunctionalInterface
    public interface Folders {
        DirectoryStream<Path> open(Path folder) throws IOException;
    }

    public static final Folders DISK = Files::newDirectoryStream;

    private InputFiles() {
    }

    /**
     * Relative paths with '/' separators, sorted, so runs and reports list files the same way everywhere. Throws
     * UncheckedIOException naming the first folder that cannot be listed.
     */
    public static List<String> list(Path input, String includeGlob) {
        Listing listing = listing(input, includeGlob, DISK);
        listing.unlisted().entrySet().stream().findFirst().ifPresent(folder -> {
            throw new UncheckedIOException(new IOException(
                    "cannot list " + input.resolve(folder.getKey()) + ": " + folder.getValue()));
        });
        return listing.files();
    }

    /**
     * Lists the input folder. Throws IllegalArgumentException when it is no folder and UncheckedIOException when the
     * input folder itself cannot be listed; a subfolder that cannot be listed is in {@link Listing#unlisted()}.
     */
    public static Listing listing(Path input, String includeGlob, Folders folders) {
        if (!Files.isDirectory(input)) {
            throw new IllegalArgumentException("input folder does not exist or is not a folder: " + input.toAbsolutePath());
        }
        PathMatcher include = FileSystems.getDefault().getPathMatcher("glob:" + includeGlob);
        // "**/*.txt" should also match files directly in the input folder, as users expect from other tools.
        PathMatcher topLevel = includeGlob.startsWith("**/")
                ? FileSystems.getDefault().getPathMatcher("glob:" + includeGlob.substring(3))
                : include;
        // without "**" a glob matches no deeper than its slashes reach: folders below that are not opened, so that one
        // that cannot be listed is no error
        int deepestFolder = includeGlob.contains("**") ? Integer.MAX_VALUE
                : (int) includeGlob.chars().filter(c -> c == '/').count();
        List<String> files = new ArrayList<>();
        Map<String, String> unlisted = new TreeMap<>();
        Deque<Path> toList = new ArrayDeque<>(List.of(input));
        while (!toList.isEmpty()) {
            Path folder = toList.pop();
            try (DirectoryStream<Path> entries = folders.open(folder)) {
                for (Path entry : entries) {
                    BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    Path relative = input.relativize(entry);
                    if (attributes.isDirectory()) {
                        if (relative.getNameCount() <= deepestFolder) {
                            toList.push(entry);
                        }
                    } else if (isArticle(entry, attributes) && (include.matches(relative) || topLevel.matches(relative))) {
                        files.add(slashed(relative));
                    }
                }
            } catch (IOException | DirectoryIteratorException e) {
                IOException cause = e instanceof DirectoryIteratorException iteration ? iteration.getCause()
                        : (IOException) e;
                if (folder.equals(input)) {
                    throw new UncheckedIOException("cannot list input folder " + input.toAbsolutePath() + ": "
                            + reason(cause), cause);
                }
                unlisted.put(slashed(input.relativize(folder)) + FOLDER_MARK, "cannot list folder: " + reason(cause)
                        + "; files in it are missing from this run");
            }
        }
        files.sort(null);
        return new Listing(List.copyOf(files), unlisted);
    }

    /** A regular file, a link to one, or a link to nothing; not a folder, a link to one, a device or a pipe. */
    private static boolean isArticle(Path entry, BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            return Files.isRegularFile(entry) || !Files.exists(entry);
        }
        return attributes.isRegularFile();
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    static String slashed(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}
