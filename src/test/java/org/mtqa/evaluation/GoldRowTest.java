package org.mtqa.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.mtqa.finding.Category;

class GoldRowTest {

    @Test
    void startIn_FindsTheNthOccurrence() {
        String text = "Titel\nTitel\nTitel";
        GoldRow third = new GoldRow("a.txt", Category.DUPLICATE_TEXT, "Titel", 3, true);

        assertThat(third.startIn(text)).isEqualTo(12);
        assertThat(new GoldRow("a.txt", Category.DUPLICATE_TEXT, "Titel", 4, true).startIn(text)).isEqualTo(-1);
    }

    @Test
    void read_ParsesTheProjectsSeedGold() {
        var rows = GoldRow.read(Path.of("src/test/resources/gold/seeds-artefacts.tsv"));

        assertThat(rows).hasSizeGreaterThan(40)
                .contains(new GoldRow("000_ed383d653d7603f8.txt", Category.FUSED_WORD, "anwo", 1, true));
    }

    @Test
    void read_SkipsAHeaderLine(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        Path tsv = dir.resolve("gold.tsv");
        java.nio.file.Files.writeString(tsv, "file\tcategory\tsurface\toccurrence\trequired\n"
                + "a.txt\tFUSED_WORD\timParlament\t1\t1\n");

        assertThat(GoldRow.read(tsv)).containsExactly(new GoldRow("a.txt", Category.FUSED_WORD, "imParlament", 1, true));
    }
}
