package org.mtqa.artefact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.text.AnalysedText;

class DuplicateTextDetectorTest {

    private static final String BODY = "Der russische Präsident, der Nordkorea zum ersten Mal seit 24 Jahren "
            + "besuchte, landete in Pjöngjang. Die Hauptstraßen waren mit Porträts von Putin geschmückt.";

    private final DuplicateTextDetector detector = new DuplicateTextDetector();

    private List<Finding> detect(String text) {
        return detector.detect(AnalysedText.of(text));
    }

    private static List<String> flagged(String text, List<Finding> findings) {
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @Test
    void flagsTheSecondAndThirdCopyOfATitle() {
        String title = "Putin kommt mit einem neuen Vertrag in Nordkorea an";
        String text = title + "\n\n" + title + "\n" + title + "\n-\nSEOUL –\n\n" + BODY + "\n";

        List<Finding> findings = detect(text);

        assertThat(findings).extracting(Finding::start)
                .containsExactly(title.length() + 2, 2 * title.length() + 3);
        assertThat(flagged(text, findings)).containsExactly(title, title);
        assertThat(findings.get(0).category()).isEqualTo(Category.DUPLICATE_TEXT);
        assertThat(findings.get(0).severity()).isEqualTo(Severity.MAJOR);
        assertThat(findings.get(0).suggestions()).containsExactly("");
    }

    @Test
    void flagsATruncatedRepeatBehindAnIdNumber() {
        String text = "Kim Jong Un pflegt nach dem Krieg in der Ukraine engere Beziehungen zu Wladimir Putin\n\n"
                + "1662611347 Kim Jong Un pflegt nach dem Krieg in der Ukraine\n\n\n" + BODY + "\n";

        assertThat(flagged(text, detect(text))).containsExactly("Kim Jong Un pflegt nach dem Krieg in der Ukraine");
    }

    @Test
    void flagsACopyCutOffInsideAWord() {
        String text = "Die Regierung in Wien hat die Steuern für kleine Betriebe deutlich gesenkt.\n"
                + "Die Regierung in Wien hat die Steuern für kl\n" + BODY;

        assertThat(flagged(text, detect(text))).containsExactly("Die Regierung in Wien hat die Steuern für kl");
    }

    @Test
    void ignoresCasePunctuationAndSpacing() {
        String text = "Putin kommt mit einem neuen Vertrag in Nordkorea an\n"
                + "PUTIN KOMMT  MIT EINEM NEUEN VERTRAG IN NORDKOREA AN!\n" + BODY;

        assertThat(flagged(text, detect(text))).containsExactly("PUTIN KOMMT  MIT EINEM NEUEN VERTRAG IN NORDKOREA AN!");
    }

    @Test
    void flagsASentenceRepeatedRightAfterItself() {
        String sentence = "Die Regierung hat die Steuern für kleine Betriebe deutlich erhöht.";
        String text = sentence + " " + sentence + " Danach protestierten die Händler.";

        assertThat(flagged(text, detect(text))).containsExactly(sentence);
        assertThat(detect(text).get(0).start()).isEqualTo(sentence.length() + 1);
    }

    @Test
    void flagsARepeatedParagraphAsOneFinding() {
        String text = "Titel des Artikels\n\n" + BODY + "\n\nEin anderer Absatz folgt hier.\n\n" + BODY + "\n";

        List<Finding> findings = detect(text);

        assertThat(flagged(text, findings)).containsExactly(BODY);
        assertThat(findings.get(0).start()).isEqualTo(text.lastIndexOf(BODY));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // short headings and phrases recur naturally
            "Hindernisse\n\nDer Plan stößt auf Hindernisse.\n\nHindernisse\n\nDas sagte er.\n\nDas sagte er.",
            // a teaser sentence taken up again far away inside the body, as 10kGNAD articles do
            "An handwerklichem Können ist Servus TV nicht gescheitert. Woran aber dann? Eines ist klar: Der Sender "
                    + "war teuer. Er hatte viele Zuschauer, aber zu wenig Werbung. Die Eigentümer zogen die "
                    + "Reißleine. An handwerklichem Können ist Servus TV nicht gescheitert. Woran aber dann?",
            // the same start, different continuations
            "Die Regierung hat die Steuern deutlich erhöht.\nDie Regierung hat die Steuern deutlich gesenkt.",
            // different numbers are different sentences
            "Im Jahr 2022 kamen 300 Besucher in das Museum.\nIm Jahr 2023 kamen 300 Besucher in das Museum.",
            // ordinals do not end sentences, so no fragment repeats
            "Er startet am Sonntag zu seinem 150. Grand Prix in der Königsklasse. Für Ferrari ist es der 900. "
                    + "Grand Prix in der Königsklasse."
    })
    void leavesNaturalRecurrenceAlone(String text) {
        assertThat(detect(text)).isEmpty();
    }
}
