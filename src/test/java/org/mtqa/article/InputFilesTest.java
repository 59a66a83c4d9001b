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
    void list_WhenFolderMissing_ThenNamesIt() {
        assertThatThrownBy(() -> InputFiles.list(input.resolve("nope"), "**/*.txt"))
                .hasMessageContaining("input folder does not exist").hasMessageContaining("nope");
    }
}
