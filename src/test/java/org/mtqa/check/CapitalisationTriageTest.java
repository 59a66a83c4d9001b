package org.mtqa.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtqa.artefact.TestLexicon;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.finding.Source;
import org.mtqa.text.AnalysedText;

class CapitalisationTriageTest {

    private final CapitalisationTriage triage = new CapitalisationTriage(TestLexicon.GERMAN);

    /** Headings run into the text and titles: a capitalised function word. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Lockerung bei Budgetregeln Der Präsident des Parlaments sagte das. | Der",
            "Aufregung um den Plan Zuvor hatte ein Bericht das angekündigt. | Zuvor",
            "Die Sendung zeigt Die Politiker-WG am Montag. | Die",
            "Gutachten liegen noch nicht vor Beim Gipfel am Montag wurde verhandelt. | Beim"})
    void capitalisedFunctionWordMidSentence_IsInfo(String text, String word) {
        Finding result = triageOne(text, word);

        assertThat(result.severity()).isEqualTo(Severity.INFO);
        assertThat(result.category()).isEqualTo(Category.SENTENCE_BOUNDARY);
        assertThat(result.message()).contains("heading run into the text");
    }

    /** Capitalised adjectives that agree with their article: part of a name. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Die Sammlung zieht in die Räume der Neuen Burg. | Neuen",
            "Das meldete das Nationale Gesundheitsinstitut am Montag. | Nationale",
            "Er sprach vor dem Europäischen Gerichtshof. | Europäischen",
            "Nordkorea will die Rückkehr des Nördlichen Dreiecks. | Nördlichen",
            "Der Film war als Bester Film nominiert. | Bester",
            "Das wollen die Mitglieder von Weißer Flügel forcieren. | Weißer"})
    void capitalisedAdjectiveAgreeingWithItsArticle_IsProbablyAName(String text, String word) {
        Finding result = triageOne(text, word);

        assertThat(result.severity()).isEqualTo(Severity.INFO);
        assertThat(result.message()).contains("part of a name");
    }

    /** Nominalised adjectives and participles with no noun after them are correct German. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Am Dienstag war die Zahl der bei dem Anschlag Getöteten mit vier angegeben worden. | Getöteten",
            "Das Gericht sprach von einem Status zwischen Zeugen und Beschuldigtem. | Beschuldigtem",
            "Auf dem Kongress gab es immer wieder auch Skurriles. | Skurriles"})
    void nominalisedAdjectiveWithoutNoun_IsInfo(String text, String word) {
        Finding result = triageOne(text, word);

        assertThat(result.severity()).isEqualTo(Severity.INFO);
        assertThat(result.message()).contains("nominalised");
    }

    @Test
    void wordFlaggedTwiceInTheText_IsAName() {
        String text = "Der Stürmer wechselt zu Admira Wacker in Mödling. Dort hat Admira Wacker große Pläne.";
        List<Finding> findings = List.of(caseFinding(text, text.indexOf("Wacker"), "Wacker"),
                caseFinding(text, text.lastIndexOf("Wacker"), "Wacker"));

        assertThat(triage.triage(AnalysedText.of(text), findings)).extracting(Finding::severity)
                .containsExactly(Severity.INFO, Severity.INFO);
    }

    /** Machine-translation slips: the capitalised adjective does not agree, or no article stands before it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Das war insbesondere nach dem Russische Invasion in der Ukraine so. | Russische",
            "Amerikanische und südkoreanische Offizielle Nordkorea wieder. | Offizielle",
            "Der Einsatz ist dokumentiert hat Nordkoreanische Waffen gegen die Ukraine. | Nordkoreanische",
            "Es geht darum, einen Tisch zu Reservieren und mehr. | Reservieren",
            "Die Lage an der Grenze bleibt Schwierig, sagte der Minister. | Schwierig"})
    void otherCapitalisationErrors_StayMinor(String text, String word) {
        assertThat(triageOne(text, word).severity()).isEqualTo(Severity.MINOR);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Lockerung bei Budgetregeln Der Präsident sagte das. | Der | UPPERCASE_SENTENCE_START"})
    void findingsOfOtherRules_AreKept(String text, String word, String rule) {
        int start = text.indexOf(word);
        Finding other = new Finding(Category.GRAMMAR, rule, Source.LANGUAGETOOL, Severity.MINOR, start,
                start + word.length(), "m", List.of());

        assertThat(triage.triage(AnalysedText.of(text), List.of(other))).containsExactly(other);
    }

    @Test
    void capitalisedFunctionWordAlreadyInfo_IsNamedSentenceBoundary() {
        String text = "Geimpft wird an Bahnhöfen Der Impfstoff ist kostenlos.";
        Finding info = caseFinding(text, text.indexOf("Der"), "Der").rated(Severity.INFO, "hint");
        Finding adjective = caseFinding("Er sah Schwierige Lagen.", 7, "Schwierige").rated(Severity.INFO, "hint");

        assertThat(triage.triage(AnalysedText.of(text), List.of(info))).singleElement()
                .satisfies(f -> assertThat(f.category()).isEqualTo(Category.SENTENCE_BOUNDARY));
        assertThat(triage.triage(AnalysedText.of("Er sah Schwierige Lagen."), List.of(adjective))).singleElement()
                .satisfies(f -> assertThat(f.category()).isEqualTo(Category.GRAMMAR));
    }

    private Finding triageOne(String text, String word) {
        List<Finding> result = triage.triage(AnalysedText.of(text),
                List.of(caseFinding(text, text.indexOf(word), word)));
        assertThat(result).hasSize(1);
        assertThat(result.get(0).suggestions()).containsExactly(word.toLowerCase());
        return result.get(0);
    }

    private static Finding caseFinding(String text, int start, String word) {
        return new Finding(Category.GRAMMAR, CapitalisationTriage.CASE_RULE, Source.LANGUAGETOOL, Severity.MINOR,
                start, start + word.length(), "Möglicherweise fehlerhafte Großschreibung.",
                List.of(word.toLowerCase()));
    }
}
