package org.mtqa.artefact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.text.AnalysedText;

class MarkupDebrisDetectorTest {

    private final MarkupDebrisDetector detector = new MarkupDebrisDetector();

    private List<Finding> detect(String text) {
        return detector.detect(AnalysedText.of(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "mit Nordkorea nicht aus, sagte er während seines Besuchs.</Meinungsverschiedenheiten|</Meinungsverschiedenheiten",
            "Die Regierung trat zurück.<br>Neuwahlen folgen.|<br>",
            "Die Regierung trat zurück.<br/> Neuwahlen folgen.|<br/>",
            "<p class=\"lead\">Die Regierung trat zurück.|<p class=\"lead\">",
            "Mehr dazu lesen Sie hier</a> im Archiv.|</a>",
            "Der Vertrag wurde&nbsp;unterzeichnet.|&nbsp;",
            "Forschung &amp; Entwicklung wird gefördert.|&amp;",
            "Er sagte &#8220;nein“ zum Vorschlag.|&#8220;",
            "[instagram-feed feed=1]|[instagram-feed feed=1]",
            "[caption id=\"attachment_5\" align=\"alignleft\"]Foto: APA|[caption id=\"attachment_5\" align=\"alignleft\"]",
            "Der Minister in Wien.[/caption] Die Verhandlungen|[/caption]",
            "Lesen Sie {{title}} auf unserer Seite.|{{title}}",
            "Hallo ${name}, willkommen.|${name}",
            "Der Artikel %s wurde geteilt.|%s",
            "Weitere Informationen unter [[link]] abrufbar.|[[link]]",
            "Der Vertrag <a href=\"https://example.com/x|<a href=\"https://example.com/x",
    })
    void flagsMarkupDebris(String text, String debris) {
        DetectorAssertions.assertSingleFinding(detector, text, debris, Severity.MAJOR, "");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Die Inflation lag bei < 5 % und damit unter dem Ziel.",
            "Wenn a > b ist, gilt die Regel nicht.",
            "Wie Studien zeigen [1], sinkt der Wert.",
            "Er sagte, dass (…) die Lage ernst sei.",
            "Die Verkaufsergebnisse […] waren die besten in der Geschichte.",
            "Er [der Präsident] habe das gewusst.",
            "Das sei [sic] völlig richtig.",
            "Schreiben Sie an Max Muster <max.muster@example.com> oder rufen Sie an.",
            "Die Kanzlei Graf & Pitkowitz vertritt die Bank.",
            "Für die E&E-Branche würde ich das nicht sagen.",
            "United Internet (1&1, GMX, Web.de) rechnet mit Gewinnen.",
            "Der Zuwachs lag bei 50 % seit 2020.",
            "FreeBSD jail (cred->cr_prison = &prison0) wurde gepatcht.",
            "Das Spiel endete 3:1 {nach Verlängerung}.",
    })
    void leavesCleanTextAlone(String text) {
        assertThat(detect(text)).isEmpty();
    }

    @Test
    void reportsSeveralPiecesInTextOrderWithExactOffsets() {
        String text = "Erster Absatz.\r\n<br>\r\nZweiter&nbsp;Absatz.</p>";
        List<Finding> findings = detect(text);
        assertThat(findings).extracting(f -> text.substring(f.start(), f.end())).containsExactly("<br>", "&nbsp;", "</p>");
    }
}
