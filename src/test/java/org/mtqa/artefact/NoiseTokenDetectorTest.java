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

class NoiseTokenDetectorTest {

    private final NoiseTokenDetector detector = new NoiseTokenDetector();

    private List<Finding> detect(String text) {
        return detector.detect(AnalysedText.of(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1662611347 Kim Jong Un pflegt nach dem Krieg in der Ukraine|1662611347",
            "Aktualisiert: 1718791200|1718791200",
            "Der Artikel erschien am Dienstag. 1700000000 Leser sahen ihn.|1700000000",
            "ttn-de-58|ttn-de-58",
            "  abc-news-1234  |abc-news-1234",
            "Schreibe einen Kommentar ttn-de-58|ttn-de-58",
            "Quelle: 3f2504e0-4f89-11d3-9a0c-0305e82c3301 im Archiv|3f2504e0-4f89-11d3-9a0c-0305e82c3301",
            "Bild d41d8cd98f00b204e9800998ecf8427e zeigt den Präsidenten|d41d8cd98f00b204e9800998ecf8427e",
            "Quelle: https://www.example.fr/politique/vote?utm_source=newsletter&utm_medium=email|?utm_source=newsletter&utm_medium=email",
            "Mehr unter https://www.example.co.uk/results?fbclid=IwAR3kQz9LmXvB7tPq2RsY8uN0cHdE4fGhJ.|?fbclid=IwAR3kQz9LmXvB7tPq2RsY8uN0cHdE4fGhJ",
            "Siehe https://example.org/a?id=5&gclid=Cj0KCQjw&lang=de im Archiv.|&gclid=Cj0KCQjw",
            "Siehe https://example.org/a?mc_cid=4f2a&page=2 im Archiv.|mc_cid=4f2a&",
            "Siehe https://example.org/a?id=5&amp;utm_source=rss im Archiv.|&amp;utm_source=rss",
            "Siehe www.example.org/a?ref=home&utm_campaign=herbst#top im Archiv.|&utm_campaign=herbst",
            "trk_id=VE-2025-0417-7f3a9c2e|trk_id=VE-2025-0417-7f3a9c2e",
            "Die Stadt schweigt. sid=8812ab&ts=1729845600|sid=8812ab&ts=1729845600",
            "Die Polizei ermittelt. 2019-03-02T08:15:00Z Der Verdächtige schweigt.|2019-03-02T08:15:00Z",
            "Der Bürgermeister trat zurück 1588512345678 und die Partei schwieg.|1588512345678",
            "Kommentar #88123456 wurde gelöscht.|#88123456",
            "Das Foto 4be1c07e zeigt den Tatort.|4be1c07e",
            "Die Stadt wächst. ndr12345678 Weiter im Text.|ndr12345678",
            "Die Stadt wächst. art-7-b3f21 Weiter im Text.|art-7-b3f21",
            "Die Unterlagen stehen in jahresbericht_2023_final.pdf bereit.|jahresbericht_2023_final.pdf",
            "Das Bild Foto-2021-05-04-um-12.30.11.jpg zeigt den Platz.|Foto-2021-05-04-um-12.30.11.jpg",
            "Der Schlüssel kQ7/xLm+Pz0aRtYw== war angehängt.|kQ7/xLm+Pz0aRtYw==",
            "IMG_20250316_221907.jpg|IMG_20250316_221907.jpg",
            "Quelle: Newsletter utm_source=newsletter&utm_medium=email|utm_source=newsletter&utm_medium=email",
            "Mehr unter https://www.example.de/wahl?wt_zmc=sm.ext.share.link.x und hier.|?wt_zmc=sm.ext.share.link.x",
            "Sitzung PHPSESSID=8f3a2b1c9d beendet.|PHPSESSID=8f3a2b1c9d",
            "Die Wartezeiten steigen. sundhed/ventetider?utm_source=newsletter&utm_medium=email|sundhed/ventetider?utm_source=newsletter&utm_medium=email",
            "Mehr dazu: politik/wahl-2024?ref=startseite Weiter im Text.|politik/wahl-2024?ref=startseite",
            "Das Foto IMG-20240101-WA0003.jpg kam per WhatsApp.|IMG-20240101-WA0003.jpg",
            "Das Bild DSC01234.JPG zeigt den Hafen.|DSC01234.JPG",
            "Foto: foto_1234_web.png|foto_1234_web.png",
            "Hochwasser in Wien hochwasser-wien.webp|hochwasser-wien.webp",
            "div-gpt-ad-1718293847561-0|div-gpt-ad-1718293847561-0",
            "Der Artikel ad_slot_20240611 wurde geladen.|ad_slot_20240611",
            "eyJ1aWQiOiI4ODIxMyIsInNlZyI6ImVjb24iLCJ0cyI6MTcyOTg0NTYwMH0=|eyJ1aWQiOiI4ODIxMyIsInNlZyI6ImVjb24iLCJ0cyI6MTcyOTg0NTYwMH0=",
            "Die Bilanz IwAR3kQz9LmXvB7tPq2RsY8uN0cHdE4fGhJ liegt vor.|IwAR3kQz9LmXvB7tPq2RsY8uN0cHdE4fGhJ",
            "Der Verein liegt mit NaN Punkten auf Rang sechs.|NaN",
            "Die Region will den Notstand beantragen. ##### Der Rat tagt.|#####",
            "Die Temperatur betrug undefined Grad.|undefined",
    })
    void flagsNoiseTokens(String text, String token) {
        DetectorAssertions.assertSingleFinding(detector, text, token, Severity.MINOR, "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "•", "---", "=====", "***", "- - -", "___", "~~~~~~~~", "# # # #", "——", "▒▒▒", "…",
            "null", "N/A", "[ID:884213]", "[N/A]", "[...]"})
    void flagsASeparatorBulletOrPlaceholderAloneOnItsLine(String separator) {
        String text = "Die Stadt wächst.\n\n" + separator + "\n\nDer Rat tagt am Montag.";

        DetectorAssertions.assertSingleFinding(detector, text, separator, Severity.MINOR, "");
    }

    @Test
    void flagsADataBlobAndQuotesOnlyItsStart() {
        String blob = "iVBORw0KGgoAAAANSUhEUgAA" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo".repeat(300);
        String text = "Das Bild: " + blob + " zeigt den Präsidenten.";

        Finding finding = DetectorAssertions.assertSingleFinding(detector, text, blob, Severity.MINOR, "");
        assertThat(finding.message()).hasSizeLessThan(100).contains("data blob 'iVBORw0KGgo");
    }

    @Test
    void flagsOnlyTheTrackingQueryOfALongLink() {
        String link = "https://www.example.com/news/" + "a1b2c3d4e5".repeat(30);
        String text = "Mehr unter " + link + "?utm_source=feed im Netz.";

        DetectorAssertions.assertSingleFinding(detector, text, "?utm_source=feed", Severity.MINOR, "");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Im Jahr 2024 kamen 11.000 Container an.",
            "Die Mannschaft schoss null Tore, die Gäste [der Meister] zwei.",
            "Die Schulden betragen 1.500.000.000 Euro.",
            "Rufen Sie uns an unter +43 1234567890 oder 01 5331234.",
            "Telefon: 0664 1234567, Fax: 0664-1234568",
            "Das Buch (ISBN 1234567890) ist vergriffen.",
            "COVID-19 hat die Wirtschaft getroffen, sagt die G7.",
            "Die Boeing 737-800 und die F-16 wurden vorgeführt.",
            "Das Papier im Format A4 liegt bei.",
            "Am 19.06.2024 um 14.30 Uhr begann die Sitzung.",
            "Die Seite www.example.at/news-de-2024 ist offline.",
            "Die Variante sars-cov-2 verbreitet sich weiter in Europa.",
            "Das Konto AT611904300234573201 wurde gesperrt.",
            "Wien – Die Regierung hat beschlossen – und zwar einstimmig.",
            "* * *",
            "Informationen gibt es unter www.stadt-wien.at und https://www.wien.gv.at/verkehr/baustellen.",
            "Der Link https://example.org/suche?q=hochwasser&seite=2 führt zur Suche.",
            "Wer zahlt?Die Stadt. Warum?Weil es so beschlossen wurde; wie?=unklar.",
            "Die Studie (n=120, p=0.05) ist klein.",
            "Die Formel E=mc2 und der Wert pH=7 sind bekannt; Note=gut.",
            "Unter #BlackLivesMatter2020 und @Bundeskanzler2024 wurde diskutiert.",
            "Das iPhone 15 Pro Max, die PlayStation5 und der Golf GTI8 sind teuer.",
            "Das Formular (PDF) und die Datei bericht.pdf liegen bei.",
            "Die Bestellnummer ISBN 9783161484100 und die Nummer 004312345678901 stehen im Impressum.",
            "Der Verein zählt 125000000000 Cent, Platz #1 und das Jahr 2024; die Farbe ist #ff0000.",
            "Die Marke BMW X5 und die Variante covid-19-test; dekade und facade sind Wörter.",
            "Der Airbus A320neo, die MiG-29 und der Eurofighter EF-2000 flogen vorbei.",
            "Die Bundesstraße B17 und die Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung gelten.",
            "Am 16.03.2025 um 22:19 Uhr kamen 1.234.567 Besucher; Aktenzeichen 4 Ob 123/24a.",
            "Die Kampagne HeForShe2030 und die Aktion WirBleibenZuhause liefen.",
            "Die Abschaffung des 500-Euro-Scheins, die 4k-Streaming-Box und die Amazon-EC2-Instanz.",
            "Passwörter wie HowMuchIsTheFish1 oder DasIstM1Passwort4Facebook sind sicher.",
            "Das ATP-500er-Finale, der 1980er-Jahre-Hit und die 360-Grad-Bilder im Puls-4-Interview.",
    })
    void leavesCleanTextAlone(String text) {
        assertThat(detect(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "•", "–", " * "})
    void flagsLoneDashOrBulletLine(String mark) {
        String text = "Putin kommt mit einem neuen Vertrag an\n" + mark + "\nSEOUL – Der Präsident landete.";
        assertThat(detect(text)).singleElement().satisfies(f -> {
            assertThat(text.substring(f.start(), f.end())).isEqualTo(mark.strip());
            assertThat(f.suggestions()).containsExactly("");
        });
    }

    @Test
    void keepsOffsetsWithWindowsLineEnds() {
        String text = "Titel\r\n\r\n1662611347 Titel\r\n-\r\nText\r\nttn-de-58\r\n";
        assertThat(detect(text)).extracting(f -> text.substring(f.start(), f.end()))
                .containsExactly("1662611347", "-", "ttn-de-58");
    }
}
