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

class QuotationDetectorTest {

    private final QuotationDetector detector = new QuotationDetector();

    private List<Finding> detect(String text) {
        List<Finding> findings = detector.detect(AnalysedText.of(text));
        findings.forEach(f -> assertThat(f.category()).isEqualTo(Category.QUOTATION));
        return findings;
    }

    private static String span(String text, Finding f) {
        return text.substring(f.start(), f.end());
    }

    @Test
    void quoteNeverClosedInItsParagraphIsFlaggedAtTheOpeningMark() {
        String text = "„Die Nordkoreaner sind nervös“, sagte Kim. „Kim Jong Uns Antwort ist: ‚Keine Sorge, wir haben "
                + "immer noch Russland.‘\n\nNach Ansicht des Gesetzgebers hofft Kim Jong Un auf Einfluss.";
        List<Finding> findings = detect(text);
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.start()).isEqualTo(text.indexOf("„Kim"));
        assertThat(span(text, f)).isEqualTo("„");
        assertThat(f.severity()).isEqualTo(Severity.MINOR);
    }

    @Test
    void quoteRunningOnIntoAReopenedParagraphIsNormal() {
        String text = "„Der erste Absatz des Zitats endet hier.\n\n„Der zweite Absatz schließt es ab.“\n";
        assertThat(detect(text)).isEmpty();
    }

    @Test
    void englishQuotesInGermanTextAreFlaggedMarkByMark() {
        String text = "Putin charakterisierte das Abkommen als “ein fundamentales Dokument, das die Grundlage für unsere "
                + "langfristigen Beziehungen darstellen wird”. Der Vertrag sieht „gegenseitigen Beistand“ vor.";
        List<Finding> findings = detect(text);
        assertThat(findings).extracting(f -> span(text, f)).containsExactly("“", "”");
        assertThat(findings).extracting(Finding::suggestions).containsExactly(List.of("„"), List.of("“"));
        assertThat(findings).allMatch(f -> f.severity() == Severity.MINOR);
        assertThat(findings.get(0).start()).isEqualTo(text.indexOf("“ein"));
    }

    @Test
    void quoteClosedInTheSwissStyleOfTheArticleIsFlaggedAtItsForeignOpener() {
        String text = "Das geschieht zu einer Zeit, in der «beide Nationen einander näher rücken». „LNordkorea hat "
                + "sich zu einem Partner entwickelt, was den Krieg verlängert hat». Laut Newsweek “CDaher bestehen "
                + "weiterhin Bedenken, die die Bedrohung erhöhen würden». «Es ist unklar», sagte er.";
        List<Finding> findings = detect(text);
        assertThat(findings).extracting(Finding::start)
                .containsExactly(text.indexOf("„LNordkorea"), text.indexOf("“CDaher"));
        assertThat(findings).extracting(Finding::suggestions).containsOnly(List.of("«"));
        assertThat(findings).allMatch(f -> f.severity() == Severity.MINOR);
    }

    @Test
    void quoteClosedInAnotherStyleThanTheGermanHouseStyleIsFlaggedAtItsCloser() {
        String text = "„Das ist gut», sagte er. „Wir kommen wieder“, versprach sie.";
        List<Finding> findings = detect(text);
        assertThat(findings).hasSize(1);
        assertThat(span(text, findings.get(0))).isEqualTo("»");
        assertThat(findings.get(0).suggestions()).containsExactly("“");
    }

    @Test
    void closingMarkWithoutOpeningMarkIsFlagged() {
        String text = "Er sagte, das sei gut“ und ging.";
        List<Finding> findings = detect(text);
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).start()).isEqualTo(text.indexOf('“'));
    }

    @Test
    void minorityGermanStyleIsOnlyInformation() {
        String text = "„Ja“, sagte er. „Nein“, sagte sie. Die Zeitung »Bild« berichtete.";
        List<Finding> findings = detect(text);
        assertThat(findings).extracting(f -> span(text, f)).containsExactly("»", "«");
        assertThat(findings).extracting(Finding::suggestions).containsExactly(List.of("„"), List.of("“"));
        assertThat(findings).allMatch(f -> f.severity() == Severity.INFO);
    }

    @Test
    void typewriterQuotesAmongGermanQuotesAreOnlyInformation() {
        String text = "„Ja“, sagte er, und das Wort \"Krise\" fiel.";
        List<Finding> findings = detect(text);
        assertThat(findings).extracting(f -> span(text, f)).containsExactly("\"", "\"");
        assertThat(findings).allMatch(f -> f.severity() == Severity.INFO);
    }

    @Test
    void offsetsSurviveWindowsLineEnds() {
        String text = "Zeile eins.\r\n„Offen bleibt das\r\n\r\nEnde.";
        List<Finding> findings = detect(text);
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).start()).isEqualTo(13);
        assertThat(span(text, findings.get(0))).isEqualTo("„");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "„Wir sind bereit“, sagte er.",
            "Er nannte es »absurd« und ging.",
            "«Das ist gut», sagte sie in Zürich.",
            "„Er sagte: ‚Nein.‘“",
            "»Sie rief: ›Halt!‹«",
            "Die „Tatort“-Folge lief am Sonntag.",
            "Wie geht’s? Kim Jong Un’s Antwort kam prompt.",
            "Außenamtssprecher Schnöll weist Pilz’ Vorwurf zurück.",
            "Die Gewerkschaft GPA-djp lanciert den \"All-in-Rechner\" unter www.allinrechner.at.",
            "Er sagte: \"Das ist \"absurd\" und falsch.\"",
            "Home » Politik » Ausland",
            "Der neue 55” Fernseher ist teuer.",
            "„Diese Staaten teilen nicht die Werte; sie sind lose verbunden“, sagte Easley. „Und Russland befindet "
                    + "sich im Krieg.“",
    })
    void correctOrToleratedQuotesAreNotFindings(String text) {
        assertThat(detect(text)).isEmpty();
    }
}
