package org.mtqa.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Temporary input folders for job tests, filled from the project's own {@code seeds/}. */
final class TestFolders {

    static final Path SEEDS = Path.of("seeds");

    private TestFolders() {
    }

    static Path newTempFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> seedNames() {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copySeeds(Path target) {
        for (String name : seedNames()) {
            try {
                write(target.resolve(name), Files.readAllBytes(SEEDS.resolve(name)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
