package org.mtqa.artefact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.text.AnalysedText;

class QuotationDetectorTest {

    private final QuotationDetector detector = new QuotationDetector();

    private List<Finding> detect(String text) {
        return detect(text, "de-DE");
    }

    private List<Finding> detect(String text, String language) {
        List<Finding> findings = detector.detect(AnalysedText.of(text, language));
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
        List<Finding> findings = detect(text, "de-CH");
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

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "de-AT", "de-CH"})
    void frenchSpacesInsideGuillemetsAreWrongInEveryVariant(String language) {
        String text = "Die Grünen-Chefin sagte: « Dieser Haushalt ist ungerecht », und ging. „Ja“, sagte er.";
        List<Finding> findings = detect(text, language);
        assertThat(findings).extracting(f -> span(text, f)).containsExactly("« ", " »");
        String open = language.equals("de-CH") ? "«" : "„";
        String close = language.equals("de-CH") ? "»" : "“";
        assertThat(findings).extracting(Finding::suggestions).containsExactly(List.of(open), List.of(close));
        assertThat(findings).allMatch(f -> f.severity() == Severity.MINOR);
    }

    @Test
    void narrowAndNoBreakSpacesInsideGuillemetsAreFrenchToo() {
        String text = "Er sprach von «\u202Fun scandale\u00A0» und ging.";
        assertThat(detect(text, "de-CH")).extracting(f -> span(text, f)).containsExactly("«\u202F", "\u00A0»");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "de-AT"})
    void swissGuillemetsAreForeignInGermanyAndAustria(String language) {
        String text = "«Das ist gut», sagte sie. «Wir kommen wieder», versprach er.";
        List<Finding> findings = detect(text, language);
        assertThat(findings).extracting(f -> span(text, f)).containsExactly("«", "»", "«", "»");
        assertThat(findings).extracting(Finding::suggestions)
                .containsExactly(List.of("„"), List.of("“"), List.of("„"), List.of("“"));
    }

    @Test
    void swissGuillemetsFollowTheHouseGuillemetsInGermany() {
        String text = "»Das ist gut«, sagte sie. »Ja«, sagte er. «Wir kommen wieder», versprach er.";
        List<Finding> findings = detect(text);
        assertThat(findings).extracting(Finding::suggestions).containsExactly(List.of("»"), List.of("«"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "«Das ist gut», sagte sie in Zürich.",
            "Die «NZZ» berichtete, ‹so› sei es. «Er sagte: ‹Nein.›»",
    })
    void swissGuillemetsAreRightInSwitzerland(String text) {
        assertThat(detect(text, "de-CH")).isEmpty();
    }

    @Test
    void spacesInsideGermanMarksAreFlaggedWithoutTheMark() {
        String text = "Sie nannte es „ absurd “ und »\u00A0falsch\u00A0«.";
        List<Finding> findings = detect(text);
        assertThat(findings).extracting(f -> span(text, f)).containsExactly("„ ", " “", "»\u00A0", "\u00A0«");
        assertThat(findings).extracting(Finding::suggestions)
                .containsExactly(List.of("„"), List.of("“"), List.of("»"), List.of("«"));
    }

    @Test
    void quotesInReverseOrderAreFlaggedAtBothMarks() {
        String text = "Kritik kommt von Anwohnern. “Venedig ist kein Freizeitpark„, sagte die Sprecherin.";
        List<Finding> findings = detect(text);
        assertThat(findings).extracting(f -> span(text, f)).containsExactly("“", "„");
        assertThat(findings).extracting(Finding::suggestions).containsExactly(List.of("„"), List.of("“"));
    }

    @Test
    void lowOpeningMarkClosedWithAnEnglishMarkIsFlaggedAtTheCloser() {
        String text = "„Das ist ein großer Schritt für die Landwirtschaft”, sagte sie. „Ja“, sagte er.";
        List<Finding> findings = detect(text);
        assertThat(findings).extracting(f -> span(text, f)).containsExactly("”");
        assertThat(findings.get(0).suggestions()).containsExactly("“");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.MINOR);
    }

    @Test
    void quoteLeftOpenUntilTheParagraphEndsIsFlagged() {
        String text = "„Ich habe bei Kilometer 30 gespürt, dass meine Beine frisch sind, sagte sie.\n\nDanach lief sie.";
        assertThat(detect(text)).extracting(f -> span(text, f)).containsExactly("„");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Der Physiker twitterte: Tim Hunt says at the lunch “I’m a chauvinist and keep ‘girls’ single lab",
            "Home » Politik » Ausland",
            "Die Preise stiegen um 5 % » mehr als erwartet.",
            "Ã„rzte warnen vor den Folgen, sagte die Ã„rztekammer.",
    })
    void englishQuotesAroundEnglishAndLoneSeparatorsStaySilent(String text) {
        assertThat(detect(text)).isEmpty();
    }

    @Test
    void swissGuillemetsAroundANestedGermanQuoteAreForeignInAustria() {
        String text = "«Er sagte: „Nein“, und ging», berichtete sie. „Ja“, sagte er.";
        List<Finding> findings = detect(text, "de-AT");
        assertThat(findings).extracting(f -> span(text, f)).containsExactly("«", "»");
        assertThat(findings).allMatch(f -> f.severity() == Severity.MINOR);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sie sagte: „Wir kommen wieder„, und ging.|„|“",
            "Sie sagte: <<Wir kommen wieder>>, und ging.|<</>>|„/“",
            "Sie sagte: << Wir kommen wieder >>, und ging.|<< / >>|„/“",
            "Sie sagte: ,,Wir kommen wieder'', und ging.|,,/''|„/“",
            "Sie sagte, der Roboter sei 「wie ein Enkel」, und lachte.|「/」|„/“",
            "Das Buch 《Die Reise》 erschien im Mai.|《/》|„/“",
    })
    void marksOfTheWrongShapeAreRewrittenInTheHouseStyle(String text, String marks, String rights) {
        List<Finding> findings = detect(text);
        assertThat(findings).extracting(f -> span(text, f)).containsExactly(marks.split("/"));
        assertThat(findings).extracting(f -> f.suggestions().get(0)).containsExactly(rights.split("/"));
    }
}
