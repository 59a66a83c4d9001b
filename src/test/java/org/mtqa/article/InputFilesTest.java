package org.mtqa.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @TempDir
    Path input;

    @Test
    void list_FindsMatchingFilesRecursivelyInStableOrder() throws Exception {
        for (String name : new String[] {"b.txt", "a.txt", "notes.md", "sub/z.txt", "sub/deeper/a b.txt"}) {
            Files.createDirectories(input.resolve(name).getParent());
            Files.writeString(input.resolve(name), "x");
        }

        assertThat(InputFiles.list(input, "**/*.txt"))
                .containsExactly("a.txt", "b.txt", "sub/deeper/a b.txt", "sub/z.txt");
        assertThat(InputFiles.list(input, "*.md")).containsExactly("notes.md");
    }

    @Test
    void list_FindsFilesFortyFoldersDeep() throws Exception {
        String deep = "d/".repeat(40) + "deep.txt";
        Files.createDirectories(input.resolve(deep).getParent());
        Files.writeString(input.resolve(deep), "x");

        assertThat(InputFiles.list(input, "**/*.txt")).containsExactly(deep);
    }

    @Test
    void list_ListsADanglingLinkButNoFolder() throws Exception {
        Files.writeString(input.resolve("real.txt"), "x");
        Files.createSymbolicLink(input.resolve("dangling.txt"), input.resolve("missing.txt"));
        Files.createSymbolicLink(input.resolve("linked.txt"), input.resolve("real.txt"));
        Files.createDirectories(input.resolve("folder.txt"));

        // the dangling link is listed so that the run reports it; a folder is no article whatever its name
        assertThat(InputFiles.list(input, "**/*.txt")).containsExactly("dangling.txt", "linked.txt", "real.txt");
    }

    @Test
    void list_KeepsNamesWithSpacesUmlautsAndMarkupCharacters() throws Exception {
        String name = "Bericht über <b> & \"Zitate\".txt";
        Files.writeString(input.resolve(name), "x");

        assertThat(InputFiles.list(input, "**/*.txt")).containsExactly(name);
    }

    @Test
    void listing_WhenASubfolderCannotBeOpened_ThenItIsNamedWithItsReasonAndTheRestIsListed() throws Exception {
        write("a.txt", "sub/b.txt", "sub/locked/c.txt", "sub/locked/deeper/d.txt", "z.txt");
        InputFiles.Folders lockedOut = lockedOut("locked");

        InputFiles.Listing listing = InputFiles.listing(input, "**/*.txt", lockedOut);

        assertThat(listing.files()).containsExactly("a.txt", "sub/b.txt", "z.txt");
        assertThat(listing.unlisted()).containsExactly(Map.entry("sub/locked/",
                "cannot list folder: permission denied; files in it are missing from this run"));
        assertThat(listing.entries()).containsExactly("a.txt", "sub/b.txt", "sub/locked/", "z.txt");
    }

    @Test
    void listing_WhenTheGlobCannotReachAFolder_ThenItIsNotOpened() throws Exception {
        write("a.txt", "sub/b.txt", "sub/locked/c.txt");
        InputFiles.Folders lockedOut = lockedOut("locked");

        assertThat(InputFiles.listing(input, "*.txt", lockedOut))
                .isEqualTo(new InputFiles.Listing(List.of("a.txt"), Map.of()));
        assertThat(InputFiles.listing(input, "sub/*.txt", lockedOut))
                .isEqualTo(new InputFiles.Listing(List.of("sub/b.txt"), Map.of()));
        assertThat(InputFiles.listing(input, "sub/**.txt", lockedOut).unlisted()).containsOnlyKeys("sub/locked/");
    }

    @Test
    void listing_WhenReadingAFolderFailsHalfway_ThenTheFilesReadSoFarAreListedAndTheFolderNamed() throws Exception {
        write("a.txt", "flaky/one.txt", "flaky/two.txt", "flaky/three.txt");
        InputFiles.Folders failingAfterOne = folder -> {
            DirectoryStream<Path> real = InputFiles.DISK.open(folder);
            return folder.endsWith("flaky") ? new FailingAfterFirstEntry(real) : real;
        };

        InputFiles.Listing listing = InputFiles.listing(input, "**/*.txt", failingAfterOne);

        assertThat(listing.files()).hasSize(2).contains("a.txt").anyMatch(file -> file.startsWith("flaky/"));
        assertThat(listing.unlisted()).containsExactly(Map.entry("flaky/",
                "cannot list folder: Input/output error; files in it are missing from this run"));
    }

    @Test
    void listing_WhenTheInputFolderItselfCannotBeListed_ThenNamesItAndTheReason() {
        InputFiles.Folders lockedOut = folder -> {
            throw new AccessDeniedException(folder.toString());
        };

        assertThatThrownBy(() -> InputFiles.listing(input, "**/*.txt", lockedOut))
                .hasMessage("cannot list input folder " + input.toAbsolutePath() + ": permission denied");
    }

    @Test
    void listing_WhenASubfolderIsNotReadable_ThenItIsNamedAndTheRestIsListed() throws Exception {
        write("a.txt", "locked/b.txt");
        Path locked = input.resolve("locked");
        Files.setPosixFilePermissions(locked, Set.of());
        try {
            assumeFalse(Files.isReadable(locked), "runs as root, whom chmod 000 does not stop: "
                    + "listing_WhenASubfolderCannotBeOpened covers the same through an injected failure");

            InputFiles.Listing listing = InputFiles.listing(input, "**/*.txt", InputFiles.DISK);

            assertThat(listing.files()).containsExactly("a.txt");
            assertThat(listing.unlisted()).containsOnlyKeys("locked/");
            assertThat(listing.unlisted().get("locked/")).startsWith("cannot list folder: permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void list_WhenASubfolderCannotBeListed_ThenNamesIt() throws Exception {
        write("locked/b.txt");
        Path locked = input.resolve("locked");
        Files.setPosixFilePermissions(locked, Set.of());
        try {
            assumeFalse(Files.isReadable(locked), "runs as root, whom chmod 000 does not stop");

            assertThatThrownBy(() -> InputFiles.list(input, "**/*.txt"))
                    .hasMessageContaining("cannot list " + locked).hasMessageContaining("permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Folders as on disk, but a folder of that name may not be read. */
    private static InputFiles.Folders lockedOut(String name) {
        return folder -> {
            if (folder.endsWith(name)) {
                throw new AccessDeniedException(folder.toString());
            }
            return InputFiles.DISK.open(folder);
        };
    }

    private void write(String... names) throws IOException {
        for (String name : names) {
            Files.createDirectories(input.resolve(name).getParent());
            Files.writeString(input.resolve(name), "x");
        }
    }

    /** A folder listing that gives one entry, then fails as a damaged disk does. */
    private record FailingAfterFirstEntry(DirectoryStream<Path> real) implements DirectoryStream<Path> {

        @Override
        public Iterator<Path> iterator() {
            Iterator<Path> entries = real.iterator();
            return new Iterator<>() {
                private boolean first = true;

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public Path next() {
                    if (first) {
                        first = false;
                        return entries.next();
                    }
                    throw new DirectoryIteratorException(new IOException("Input/output error"));
                }
            };
        }

        @Override
        public void close() throws IOException {
            real.close();
        }
    }

    @Test
    void list_WhenFolderMissing_ThenNamesIt() {
        assertThatThrownBy(() -> InputFiles.list(input.resolve("nope"), "**/*.txt"))
                .hasMessageContaining("input folder does not exist").hasMessageContaining("nope");
    }
}
