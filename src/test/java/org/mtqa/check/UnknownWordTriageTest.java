package org.mtqa.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mtqa.artefact.TestLexicon;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.finding.Source;
import org.mtqa.text.AnalysedText;

class UnknownWordTriageTest {

    private final UnknownWordTriage triage = new UnknownWordTriage(TestLexicon.GERMAN);

    @Test
    void capitalisedWordOneEditFromASuggestion_IsATypo() {
        String text = "Die Regirung hat am Montag neue Regeln beschlossen.";

        Finding result = triageOne(text, "Regirung", List.of("Regierung", "Regelung"));

        assertThat(result.severity()).isEqualTo(Severity.MINOR);
        assertThat(result.message()).contains("Possible typo").contains("Regierung");
    }

    @Test
    void letterGluedToAWordsEnd_IsAStrayCharacter() {
        String text = "Die Junge Kurie der Akademiex der Wissenschaften warnt vor Kürzungen.";

        Finding result = triageOne(text, "Akademiex", List.of("Akademie", "Akademien"));

        assertThat(result.category()).isEqualTo(Category.STRAY_CHARACTER);
        assertThat(result.severity()).isEqualTo(Severity.MINOR);
        assertThat(result.suggestions()).containsExactly("Akademie");
    }

    @Test
    void letterGluedOn_NotAnEndingADoubledLetterOrACasing() {
        assertThat(UnknownWordTriage.isLetterGluedOn("kleinenl", "kleinen")).isTrue();
        assertThat(UnknownWordTriage.isLetterGluedOn("wansehnliche", "ansehnliche")).isTrue();
        assertThat(UnknownWordTriage.isLetterGluedOn("Tunichtgute", "Tunichtgut")).isFalse();
        assertThat(UnknownWordTriage.isLetterGluedOn("sagenn", "sagen")).isFalse();
        assertThat(UnknownWordTriage.isLetterGluedOn("sRGB-Modus", "RGB-Modus")).isFalse();
        assertThat(UnknownWordTriage.isLetterGluedOn("iPlayer", "Player")).isFalse();
        assertThat(UnknownWordTriage.isLetterGluedOn("DAufnahmen", "Aufnahmen")).isTrue();
        assertThat(UnknownWordTriage.isLetterGluedOn("Regirung", "Regierung")).isFalse();
    }

    @Test
    void newCompoundOfKnownWords_IsInfoEvenOneSlipFromAnotherWord() {
        String text = "Der Konzern verordnet sich eine Schrumpfkur bei den Kosten.";

        Finding result = triageOne(text, "Schrumpfkur", List.of("Schrumpfkurs"));

        assertThat(result.severity()).isEqualTo(Severity.INFO);
        assertThat(result.message()).contains("compound of known words");
    }

    @Test
    void compoundWithAMissingLinkingElement_StaysATypo() {
        String text = "Die Staatanwaltschaft ermittelt gegen den Bürgermeister.";

        Finding result = triageOne(text, "Staatanwaltschaft", List.of("Staatsanwaltschaft"));

        assertThat(result.severity()).isEqualTo(Severity.MINOR);
        assertThat(result.message()).contains("Possible typo");
    }

    @Test
    void compoundWithASlipInsideAPart_StaysATypo() {
        String text = "Das Klimschutzabkommen wurde unterzeichnet.";

        assertThat(triageOne(text, "Klimschutzabkommen", List.of("Klimaschutzabkommen")).severity())
                .isEqualTo(Severity.MINOR);
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
    void brandWithItsInnerCapitalDropped_IsNoTypo() {
        Finding result = triageOne("Viele Youtubers verdienen damit Geld.", "Youtubers", List.of("YouTubers"));

        assertThat(result.severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void verbFormTheTaggerKnows_IsNoTypo() {
        Finding result = triageOne("Wenn ihn die Lust anwandelt, spielt er.", "anwandelt", List.of("abwandelt"));

        assertThat(result.severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void recurringWordNearAKnownWord_IsProbablyAName() {
        String text = "Kim Jong Un reiste ab. Später kam Jong zurück.";

        assertThat(triageOne(text, "Jong", List.of("Jung", "John")).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void lowercaseWordOneEditFromASuggestion_StaysASpellingError() {
        Finding result = triageOne("Bei ihrem letzen Treffen stimmten sie zu.", "letzen", List.of("letzten"));

        assertThat(result.severity()).isEqualTo(Severity.MINOR);
        assertThat(result.suggestions()).containsExactly("letzten");
    }

    @Test
    void lowercaseWordInAForeignPassage_IsInfo() {
        String text = "Er schrieb: „we were there and it was great“, dann ging er.";

        assertThat(triageOne(text, "were", List.of("wäre")).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void lowercaseWordFarFromEverySuggestion_IsInfo() {
        String text = "Das sei eine pseudomedizinische Behandlung.";

        assertThat(triageOne(text, "pseudomedizinische", List.of("pseudo medizinische")).severity())
                .isEqualTo(Severity.INFO);
    }

    @Test
    void shortCapitalisedWordOneEditFromANoun_IsProbablyAName() {
        String text = "Den Ausgleich erzielte Keita in der Nachspielzeit.";

        assertThat(triageOne(text, "Keita", List.of("Kita")).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void nameWrittenWithoutItsAccents_IsProbablyAName() {
        String text = "Das Tor schoss schließlich Ibrahimovic nach einer Flanke.";

        assertThat(triageOne(text, "Ibrahimovic", List.of("Ibrahimović")).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void shortLowercaseWordOneEditFromASuggestion_IsInfo() {
        String text = "Gemeldet wurde es zuerst (APA, sid, 1.12.2015), dann bestätigt.";

        assertThat(triageOne(text, "sid", List.of("sie", "sind")).severity()).isEqualTo(Severity.INFO);
        assertThat(triageOne("Glaubst i bin bled, fragte er.", "bled", List.of("blöd")).severity())
                .isEqualTo(Severity.INFO);
    }

    @Test
    void wordTheSpellerSplitsAnEndingOffOf_IsADerivationNotATypo() {
        String demonym = "Der Feldkircher Bischof Benno Elbs sprach.";
        String feminine = "Die Präfektin der Region trat zurück.";

        assertThat(triageOne(demonym, "Feldkircher", List.of("Feldkirch er", "Feldkirchen")).severity())
                .isEqualTo(Severity.INFO);
        assertThat(triageOne(feminine, "Präfektin", List.of("Präfekt in", "Präfekten")).severity())
                .isEqualTo(Severity.INFO);
    }

    @Test
    void splitIntoTwoRealWords_IsNoDerivation() {
        Finding result = triageOne("Sie trafen sich gestern in der Staatanwaltschaft.", "Staatanwaltschaft",
                List.of("Staatsanwaltschaft", "Staat anwaltschaft"));

        assertThat(result.severity()).isEqualTo(Severity.MINOR);
    }

    @Test
    void findingsOfOtherRules_AreKept() {
        String text = "Die Russische Invasion begann.";
        Finding casing = new Finding(Category.GRAMMAR, "DE_CASE", Source.LANGUAGETOOL, Severity.MINOR, 4, 13, "m",
                List.of("russische"));

        assertThat(triage.triage(AnalysedText.of(text), List.of(casing))).containsExactly(casing);
    }

    @Test
    void wordWhoseSuggestionsWereNotSearched_IsTriagedAsWithThem() {
        String text = "Den Ausgleich erzielte Keita in der Nachspielzeit.";

        assertThat(triageOne(text, "Keita", List.of())).isEqualTo(triageOne(text, "Keita", List.of("Kita")));
    }

    private Finding triageOne(String text, String word, List<String> suggestions) {
        List<Finding> result = triage.triage(AnalysedText.of(text), List.of(speller(text, word, suggestions)));
        assertThat(result).hasSize(1);
        return result.get(0);
    }

    private static Finding speller(String text, String word, List<String> suggestions) {
        int start = text.indexOf(word);
        return new Finding(Category.SPELLING, "GERMAN_SPELLER_RULE", Source.LANGUAGETOOL, Severity.MINOR, start,
                start + word.length(), "Möglicher Tippfehler gefunden.", suggestions);
    }
}
