package org.mtqa.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InjectedCorpusTest {

    @TempDir
    Path temp;

    private Path source() throws IOException {
        Path from = temp.resolve("clean");
        Files.createDirectories(from.resolve("sub"));
        String[] leads = {"Der Landtag beschließt das Budget.", "Die Polizei sucht Zeugen.",
                "Ein Verein feiert sein Jubiläum.", "Die Preise für Strom steigen.", "Neue Radwege für Graz."};
        for (int i = 0; i < leads.length; i++) {
            Files.writeString(from.resolve((i == 4 ? "sub/" : "") + "a" + i + ".txt"), leads[i] + " "
                    + ArtefactInjectorTest.TEXT);
        }
        Files.writeString(from.resolve("notes.md"), "not an article");
        return from;
    }

    @Test
    void write_InjectsSomeFilesCopiesControlsAndWritesGoldRowsThatMatch() throws IOException {
        Path from = source();
        Path to = temp.resolve("corpus");

        InjectedCorpus.Summary summary = InjectedCorpus.write(from, to, 3, 1, 7);

        assertThat(summary.injectedFiles()).isEqualTo(3);
        assertThat(summary.controlFiles()).isEqualTo(1);
        List<GoldRow> rows = GoldRow.read(to.resolve("gold.tsv"));
        assertThat(rows).hasSize(summary.artefacts());
        for (GoldRow row : rows) {
            assertThat(row.startIn(Files.readString(to.resolve(row.file())))).as(row.toString()).isNotNegative();
        }
        Set<String> injected = rows.stream().map(GoldRow::file).collect(Collectors.toSet());
        assertThat(injected).hasSize(3);
        List<String> written = Files.readAllLines(to.resolve("files.tsv")).stream().skip(1).toList();
        assertThat(written).hasSize(4);
        String control = written.stream().filter(l -> l.contains("\tcontrol\t")).findFirst().orElseThrow()
                .split("\t")[0];
        assertThat(injected).doesNotContain(control);
        assertThat(Files.readString(to.resolve(control))).isEqualTo(Files.readString(from.resolve(control)));
        assertThat(Files.readAllLines(to.resolve("injections.tsv"))).hasSize(rows.size() + 1);
        assertThat(summary.describe()).contains("3 files with " + rows.size() + " artefacts, 1 controls")
                .containsPattern("\n" + rows.get(0).category() + " +\\d+  [a-z]");
    }

    @Test
    void write_SameSeedSameCorpus() throws IOException {
        Path from = source();

        InjectedCorpus.write(from, temp.resolve("one"), 3, 1, 11);
        InjectedCorpus.write(from, temp.resolve("two"), 3, 1, 11);

        assertThat(Files.readString(temp.resolve("two/gold.tsv")))
                .isEqualTo(Files.readString(temp.resolve("one/gold.tsv")));
        assertThat(Files.readString(temp.resolve("two/files.tsv")))
                .isEqualTo(Files.readString(temp.resolve("one/files.tsv")));
    }

    @Test
    void write_RefusesAFolderThatAlreadyHoldsArticles() throws IOException {
        Path from = source();

        assertThatThrownBy(() -> InjectedCorpus.write(from, from, 1, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already holds .txt files");
    }

    @Test
    void escaped_ShowsInvisibleCharactersAsCodePoints() {
        assertThat(InjectedCorpus.escaped("Unter\u00ADnehmen\u200B Ã\u009F"))
                .isEqualTo("Unter\\u00ADnehmen\\u200B Ã\\u009F");
    }
}
