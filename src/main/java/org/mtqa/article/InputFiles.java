package org.mtqa.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/**
 * The input folder's articles: every regular file matching the include glob, in a stable order. A folder is no
 * article, whatever its name; a symbolic link to a missing file is listed, so that the run reports it as unreadable
 * instead of silently leaving it out.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /** Relative paths with '/' separators, sorted, so runs and reports list files the same way everywhere. */
    public static List<String> list(Path input, String includeGlob) {
        if (!Files.isDirectory(input)) {
            throw new IllegalArgumentException("input folder does not exist or is not a folder: " + input.toAbsolutePath());
        }
        PathMatcher include = FileSystems.getDefault().getPathMatcher("glob:" + includeGlob);
        // "**/*.txt" should also match files directly in the input folder, as users expect from other tools.
        PathMatcher topLevel = includeGlob.startsWith("**/")
                ? FileSystems.getDefault().getPathMatcher("glob:" + includeGlob.substring(3))
                : include;
        try (Stream<Path> paths = Files.walk(input)) {
            return paths.filter(p -> Files.isRegularFile(p) || isDanglingLink(p))
                    .map(input::relativize)
                    .filter(p -> include.matches(p) || topLevel.matches(p))
                    .map(InputFiles::slashed)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list input folder " + input.toAbsolutePath(), e);
        }
    }

    private static boolean isDanglingLink(Path path) {
        return Files.isSymbolicLink(path) && !Files.exists(path);
    }

    static String slashed(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}
