package org.mtqa.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

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
    void list_WhenFolderMissing_ThenNamesIt() {
        assertThatThrownBy(() -> InputFiles.list(input.resolve("nope"), "**/*.txt"))
                .hasMessageContaining("input folder does not exist").hasMessageContaining("nope");
    }
}
