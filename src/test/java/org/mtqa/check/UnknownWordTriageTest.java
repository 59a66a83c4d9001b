package org.mtqa.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mtqa.artefact.TestLexicon;

class UnknownWordTriageTest {

    private final UnknownWordTriage triage = new UnknownWordTriage(TestLexicon.GERMAN, AllowList.of(List.of("TASS")));

    @Test
    void capitalisedWordOneEditFromASuggestion_IsATypo() {
        String text = "Die Regirung hat am Montag neue Regeln beschlossen.";

        Finding result = triageOne(text, "Regirung", List.of("Regierung", "Regelung"));

        assertThat(result.severity()).isEqualTo(Severity.MINOR);
        assertThat(result.message()).contains("Possible typo").contains("Regierung");
    }

    @Test
    void unknownSurnameAfterAFirstName_IsProbablyAName() {
        String text = "Das sagte Leif-Eric Easley, Professor in Seoul.";

        Finding result = triageOne(text, "Easley", List.of("Basler", "Eisler"));

        assertThat(result.severity()).isEqualTo(Severity.INFO);
        assertThat(result.message()).contains("probably a name");
        assertThat(result.suggestions()).isEmpty();
    }

    @Test
    void recurringWordNearAKnownWord_IsProbablyAName() {
        String text = "Kim Jong Un reiste ab. Später kam Jong zurück.";

        assertThat(triageOne(text, "Jong", List.of("Jung", "John")).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void lowercaseUnknownWord_StaysASpellingError() {
        String text = "Bei ihrem letzen Treffen stimmten sie zu.";
        Finding finding = speller(text, "letzen", List.of("letzten"));

        assertThat(triage.triage(text, List.of(finding))).containsExactly(finding);
    }

    @Test
    void allowListedWord_IsDropped() {
        String text = "Das meldete die Agentur TASS am Abend.";

        assertThat(triage.triage(text, List.of(speller(text, "TASS", List.of("SS"))))).isEmpty();
    }

    @Test
    void findingsOfOtherRules_AreKept() {
        String text = "Die Russische Invasion begann.";
        Finding casing = new Finding(Category.GRAMMAR, "DE_CASE", Source.LANGUAGETOOL, Severity.MINOR, 4, 13, "m",
                List.of("russische"));

        assertThat(triage.triage(text, List.of(casing))).containsExactly(casing);
    }

    private Finding triageOne(String text, String word, List<String> suggestions) {
        List<Finding> result = triage.triage(text, List.of(speller(text, word, suggestions)));
        assertThat(result).hasSize(1);
        return result.get(0);
    }

    private static Finding speller(String text, String word, List<String> suggestions) {
        int start = text.indexOf(word);
        return new Finding(Category.SPELLING, "GERMAN_SPELLER_RULE", Source.LANGUAGETOOL, Severity.MINOR, start,
                start + word.length(), "Möglicher Tippfehler gefunden.", suggestions);
    }
}
