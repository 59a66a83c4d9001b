package org.mtqa.artefact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
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
            "Die Bilder zeigen den Hafen. %%GALLERY_4%% Danach folgt die Chronik.|%%GALLERY_4%%",
            "Der Text stammt von ##AUTOR## aus Wien.|##AUTOR##",
            "Die Zahl der Besucher lag bei [object Object] im Vorjahr.|[object Object]",
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
            "Die Stadt liefert täglich {0} Lieferungen.|{0}",
            "Der Preis beträgt %(price)s Euro.|%(price)s",
            "Willkommen in __CITY_NAME__ am Meer.|__CITY_NAME__",
            "Der Bürgermeister sagte: <!-- teaser -->Die Stadt wächst.|<!-- teaser -->",
            "Die Stadt liefert täglich {count} Lieferungen.|{count}",
            "Die Expedition dauerte %d Wochen.|%d",
            "Der Preis beträgt %.2f Euro.|%.2f",
            "Die Datei %1$s wurde gelöscht.|%1$s",
            "Mehr dazu hier: [LINK_3] im Archiv.|[LINK_3]",
            "Das Bild [IMAGE_2] zeigt den Markusplatz.|[IMAGE_2]",
            "Das Foto [FOTO1] stammt aus dem Archiv.|[FOTO1]",
            "Das Bild ![Markusplatz](https://example.org/m.jpg) zeigt Tauben.|![Markusplatz](https://example.org/m.jpg)",
    })
    void flagsMarkupDebris(String text, String debris) {
        DetectorAssertions.assertSingleFinding(detector, text, debris, Severity.MAJOR, "");
    }

    @Test
    void flagsAnEmbedPlaceholderAloneOnItsLine() {
        String text = "Die Stadt wächst.\n[embedded content]\nDer Rat tagt.";

        DetectorAssertions.assertSingleFinding(detector, text, "[embedded content]", Severity.MAJOR, "");
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
            "Lehrer*innen, Bürger*innen und Tourist*innen demonstrierten.",
            "Die Partei [SPÖ] lehnte ab, der Index fiel um 5 %.",
            "Die Preise stiegen um 20 %, die 5 %-Hürde hielt.",
            "Die Forderungen:\n* mehr Geld für Schulen\n* mehr Lehrer\n- kleinere Klassen",
            "Unter #MeToo und #Wien2024 wurde diskutiert.",
            "* * *",
            "Er kam z.B.(laut Polizei) zu spät; u.a.(so heißt es) wegen Staus.",
            "Die Mengen {1, 2, 3} und { a } sind gleich.",
            "Der Wert liegt bei 3*4 = 12 und 2 * 5 = 10.",
            "Er nannte Amazon.de und Web.de als Beispiele.",
            "Die Datei liegt unter C:\\nutzer\\Temp auf dem Rechner.",
            "Die Mengenlehre kennt {Anna, Bert} und den Ausdruck {x: x > 0}.",
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

    @Test
    void flagsMarkdownMarkersApartFromTheWordsTheyWrap() {
        String text = "**Übersetzung:** Die Stadt hat __erneut__ beschlossen, [in einer Studie](https://example.org/s) "
                + "zu prüfen.";

        assertThat(detect(text)).extracting(f -> text.substring(f.start(), f.end()))
                .containsExactly("**", "**", "__", "__", "[", "](https://example.org/s)");
        assertThat(detect(text)).allSatisfy(f -> assertThat(f.suggestions()).containsExactly(""));
    }

    static Stream<Arguments> debrisWithLineBreaksOrQuotes() {
        return Stream.of(
                Arguments.of("Die Gastronomen<ph/> klagen laut.", "<ph/>"),
                Arguments.of("Die Stadt wächst.\\nNeue Wohnungen entstehen.", "\\n"),
                Arguments.of("Er sagte nein\\\" und ging.", "\\\""),
                Arguments.of("Die Stadt wächst. {\"title\": \"Venedig\", \"id\": 3}",
                        "{\"title\": \"Venedig\", \"id\": 3}"),
                Arguments.of("Titel\n### Die Lage in Venedig\nDie Stadt hat beschlossen.", "### "),
                Arguments.of(".article-body p { margin: 0 0 1em; line-height: 1.6; }\nDie Stadt wächst.",
                        ".article-body p { margin: 0 0 1em; line-height: 1.6; }"),
                Arguments.of("Die Stadt wächst. #main > div.ad { display: none; }",
                        "#main > div.ad { display: none; }"),
                Arguments.of("Die Stadt wächst.\nwindow.dataLayer.push({'event': 'pageview'});\n",
                        "window.dataLayer.push({'event': 'pageview'});"),
                Arguments.of("googletag.cmd.push(function() { googletag.display('div-1'); });",
                        "googletag.cmd.push(function() { googletag.display('div-1'); });"),
                Arguments.of("var adSlot = 'top';\nDie Stadt wächst.", "var adSlot = 'top';"),
                Arguments.of("Die Gastronomen <bpt id=\"1\">klagen laut.", "<bpt id=\"1\">"),
                Arguments.of("Die Gastronomen klagen<ept id=\"1\"> laut.", "<ept id=\"1\">"),
                Arguments.of("Die Gastronomen am <x id=\"1\"/> Markusplatz klagen.", "<x id=\"1\"/>"),
                Arguments.of("Der Kurs liegt bei {1:N2} Euro.", "{1:N2}"),
                Arguments.of("Willkommen zurück, {user_name}!", "{user_name}"),
                Arguments.of("Hallo %@, schön dich zu sehen.", "%@"));
    }

    @ParameterizedTest
    @MethodSource("debrisWithLineBreaksOrQuotes")
    void flagsDebrisAcrossLinesAndWithQuotes(String text, String debris) {
        DetectorAssertions.assertSingleFinding(detector, text, debris, Severity.MAJOR, "");
    }

    @Test
    void flagsBothTagsOfATranslationMemoryPair() {
        String text = "Die Gastronomen <ph>klagen</ph> laut, <g id=\"5\">sehr</g> laut.";

        assertThat(detect(text)).extracting(f -> text.substring(f.start(), f.end()))
                .containsExactly("<ph>", "</ph>", "<g id=\"5\">", "</g>");
    }
}
