package org.mtqa.artefact;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.text.AnalysedText;

class LocaleFormatDetectorTest {

    private final LocaleFormatDetector detector = new LocaleFormatDetector(TestLexicon.GERMAN);

    private List<Finding> detect(String text) {
        return detector.detect(AnalysedText.of(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Juni 19, 2024|Juni 19, 2024|19. Juni 2024",
            "Veröffentlicht am June 19, 2024 in Seoul|June 19, 2024|19. Juni 2024",
            "Stand: Sept. 5th, 2023|Sept. 5th, 2023|5. September 2023",
            "Der Gipfel begann am 19 June 2024 in Pjöngjang.|19 June 2024|19. Juni 2024",
            "Der Vertrag vom 19/06/2024 gilt ab sofort.|19/06/2024|19.06.2024",
            "Der Vertrag vom 06/19/2024 gilt ab sofort.|06/19/2024|19.06.2024",
            "Die Wahl findet am Oktober 9 statt.|Oktober 9|9. Oktober",
            "Die Frist endet am 28/02 um Mitternacht.|28/02|28.2.",
            "Der Vorfall vom 11/23 wird untersucht.|11/23|23.11.",
            "Er belegte den 14.º Platz im Gesamtklassement.|14.º|14.",
            "Sie wohnt im 11e Arrondissement von Paris.|11e|11.",
            "Er traf in der 50th Minute zum 1:0.|50th|50.",
            "Sie feierte ihren 22nd Saison-Sieg.|22nd|22.",
            "Die Stichwahl ist für den Mai 3rd angesetzt.|Mai 3rd|3. Mai",
            "Anpfiff war um 16h30/live in ORF eins.|16h30|16:30 Uhr",
            "Anpfiff ist um 19:30 hrs im Stadion.|19:30 hrs|19:30 Uhr",
            "Die Fähre legt um kl. 9.15 ab.|kl. 9.15|9:15 Uhr",
            "Der Zug fährt klo 6.45 in Tampere ab.|klo 6.45|6:45 Uhr",
            "Das Spiel beginnt um 9:00 μ.μ. in Piräus.|9:00 μ.μ.|21:00 Uhr",
            "Die Messe öffnet um 08.30 WITA ihre Tore.|08.30 WITA|8:30 Uhr",
            "Die Sitzung beginnt um 2:15 PM Ortszeit.|2:15 PM|14:15 Uhr",
            "Die Sitzung beginnt um 2:15 p.m. Ortszeit.|2:15 p.m.|14:15 Uhr",
            "Er landete gegen 9 AM in Moskau.|9 AM|9 Uhr",
            "Der Schaden beträgt 1.5 Milliarden Euro.|1.5 Milliarden|1,5 Milliarden",
            "Die Inflation stieg um 2.7 Prozent.|2.7 Prozent|2,7 Prozent",
            "Die Quote sank auf 4.25%.|4.25%|4,25%",
            "Es kamen 1,500,000 Besucher.|1,500,000|1.500.000",
            "Der Preis lag bei 1,500.50 Euro.|1,500.50|1.500,50",
            "Das Gerät kostet $999 im Handel.|$999|999 Dollar",
            "Das Ticket kostet € 5 pro Person.|€ 5|5 Euro",
            "Der Konzern zahlte $1,500,000 Strafe.|$1,500,000|1.500.000 Dollar",
            "Die Firma ist $1.5 Milliarden wert.|$1.5 Milliarden|1,5 Milliarden Dollar",
            "Die Karte kostet £20 in London.|£20|20 Pfund",
            "Die Abstimmung ist am jeudi 5 juin angesetzt.|jeudi 5 juin|Donnerstag, 5. Juni",
            "Der Gipfel beginnt am jueves 6 de junio in Madrid.|jueves 6 de junio|Donnerstag, 6. Juni",
            "Die Wahl war am 6 de junio de 2024.|6 de junio de 2024|6. Juni 2024",
            "Das Konzert findet am giovedì 5 giugno statt.|giovedì 5 giugno|Donnerstag, 5. Juni",
            "Die Regierung tagte am quinta-feira, 5 de junho in Lissabon.|quinta-feira, 5 de junho|Donnerstag, 5. Juni",
            "Die Kammer stimmt am donderdag 5 juni ab.|donderdag 5 juni|Donnerstag, 5. Juni",
            "Das Gesetz gilt seit dem 1er janvier 2024.|1er janvier 2024|1. Januar 2024",
            "Die Reform kommt im junio de 2025.|junio de 2025|Juni 2025",
            "Der Gipfel ist am Thursday, June 5 in Genf.|Thursday, June 5|Donnerstag, 5. Juni",
            "Die Frist endet am 5 June in London.|5 June|5. Juni",
            "Das Spiel begann erst gegen 23h10 in Paris.|23h10|23:10 Uhr",
            "Die Sendung läuft ab 20h15 im Ersten.|20h15|20:15 Uhr",
            "Die Arbeiten sind werktags bis 17u30 erlaubt.|17u30|17:30 Uhr",
            "Die Ausstellung öffnete am 2025年3月12日 in Tokio.|2025年3月12日|12.03.2025",
            "Wie die Agentur am 2025/03/14 mitteilte, fanden sie Spuren.|2025/03/14|14.03.2025",
            "Die Spielerin holte 5.5 Punkte aus neun Partien.|5.5 Punkte|5,5 Punkte",
            "Der Film beginnt um 21h00 im Kino.|21h00|21:00 Uhr",
            "Der Anschlag geschah um 9:45 p.m. Ortszeit.|9:45 p.m.|21:45 Uhr",
            "Der Anschlag geschah um 9:45 p. m. Ortszeit.|9:45 p. m.|21:45 Uhr",
            "Der Zug fuhr um 7:30am in Boston ab.|7:30am|7:30 Uhr",
            "Die Feier begann um 8pm im Rathaus.|8pm|20 Uhr",
            "Die Fabrik hat 3,400 Beschäftigte.|3,400|3.400",
            "Rund 12,500 Menschen demonstrierten in Wien.|12,500|12.500",
            "Die Halle misst insgesamt 2,500 Quadratmeter.|2,500|2.500",
            "Das Modell kostet 1,200 Euro im Handel.|1,200|1.200",
            "Die Arbeitslosigkeit stieg um 4.7 Prozent.|4.7 Prozent|4,7 Prozent",
            "Die Strecke ist 3.5 Kilometer lang.|3.5 Kilometer|3,5 Kilometer",
            "Im Mai wurden 38.6 Grad gemessen.|38.6 Grad|38,6 Grad",
            "Das Ticket kostet 4.99 Euro am Automaten.|4.99 Euro|4,99 Euro",
            "Der Sturm erreichte 60 mph an der Küste.|60 mph|97 km/h",
            "Der Konvoi fuhr weitere 40 Meilen nach Norden.|40 Meilen|64 Kilometer",
            "Der Läufer gab nach 18 Meilen auf.|18 Meilen|29 Kilometer",
            "Gemessen wurden 90 Grad Fahrenheit im Schatten.|90 Grad Fahrenheit|32 Grad Celsius",
            "Gemessen wurden 104°F im Schatten.|104°F|40 Grad Celsius",
            "Der Hai war 6 Fuß lang und wurde gefangen.|6 Fuß|1,8 Meter",
            "Jede Familie bekommt 50 Gallonen Wasser.|50 Gallonen|189 Liter",
            "Der Fisch wog 200 Pfund und war ein Rekord.|200 Pfund|91 Kilogramm",
            "Der Boxer bringt 250 lbs auf die Waage.|250 lbs|113 Kilogramm",
            "Die Mauer ist 10 ft hoch.|10 ft|3 Meter",
            "Die Fahrt dauerte 10 000 Meilen lang.|10 000 Meilen|16.093 Kilometer",
            "In dem Dorf leben 1,234 Einwohner.|1,234|1.234",
            "Der Konvoi fuhr weitere drei Meilen nach Norden.|drei Meilen|4,8 Kilometer",
            "Der Ort liegt nur einer Meile entfernt.|einer Meile|1,6 Kilometer",
            "Ein 6-Fuß-Zaun umgibt das Gelände.|6-Fuß|1,8 Meter",
            "Die Firma baut 2,475 Stellen ab.|2,475|2.475",
            "Das Paket kostet 2.50€ im Laden.|2.50€|2,50€",
            "Das Display misst 5.5 Zoll.|5.5 Zoll|5,5 Zoll",
            "Der Kredit beträgt 1.5 Mio Euro.|1.5 Mio|1,5 Mio",
            "Es waren 75 Grad F in Phoenix.|75 Grad F|24 Grad Celsius",
            "Er hat 30 Pfund abgenommen.|30 Pfund|14 Kilogramm",
            "Die Feier war am sábado, 12 de octubre de 2024 in Sevilla.|sábado, 12 de octubre de 2024|Samstag, 12. Oktober 2024",
            "Die Parade ist am 14 juillet in Paris.|14 juillet|14. Juli",
            "Ein Sack Reis kostet Rp14.500 auf dem Markt.|Rp14.500|14.500 Rp",
            "Das Ticket kostet ₹500 in Delhi.|₹500|500 ₹",
            "Die Miete stieg auf ¥ 80.000 im Monat.|¥ 80.000|80.000 ¥",
            "Das Festival dauert ١٢ Tage.|١٢|12",
            "Die Genehmigungen wurden am 2024. 03. 14. erteilt.|2024. 03. 14.|14.03.2024",
            "Das Hochwasser kam am 2024.03.12. in die Stadt.|2024.03.12.|12.03.2024",
            "Wie die Stadt am 14.03.2024 р. mitteilte, kommt der Kredit.|14.03.2024 р.|14.03.2024",
            "Die Bewässerung ist nur zwischen 20h und 8h erlaubt.|20h und 8h|20 und 8 Uhr",
            "Die Sitzung beginnt um 9h im Rathaus.|9h|9 Uhr",
            "Die Exporte sanken um %12,5 im Vorjahr.|%12,5|12,5 %",
            "Die Tore schließen um 18:00h am Abend.|18:00h|18:00 Uhr",
            "Der Zug fährt um １４:３０ ab.|１４:３０|14:30",
    })
    void flagsForeignConventionsAndSuggestsGermanForm(String text, String span, String suggestion) {
        DetectorAssertions.assertSingleFinding(detector, text, span, Severity.MINOR, suggestion);
    }

    @Test
    void flagsAmbiguousSlashDateWithoutGuessingTheOrder() {
        String text = "Der Vertrag vom 05/06/2024 gilt.";
        List<Finding> findings = detect(text);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(text.substring(f.start(), f.end())).isEqualTo("05/06/2024");
            assertThat(f.suggestions()).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Die Sitzung beginnt um 14.30 Uhr.",
            "Die Sitzung beginnt um 14:30 Uhr.",
            "Es kamen 11.000 Besucher, insgesamt 1.000.000 seit Eröffnung.",
            "Die Inflation lag bei 3,5 Prozent und 1,5 Millionen Menschen sind betroffen.",
            "Der Gipfel fand am 19. Juni 2024 statt, der Vertrag gilt seit 1.1.2024.",
            "Im Jahr 2024 erschien Version 2.1.3 der Software.",
            "Rapid gewann 2:1, im Hinspiel hieß es 1:0.",
            "Nach § 5 Abs. 2 ist das verboten.",
            "Er lief die Strecke in 1:14,607 Minuten.",
            "Die Runden: 271 Schläge (70/66/69/66).",
            "Die Saison 2015/16 war erfolgreich.",
            "Um 9 am Montag beginnt die Sitzung.",
            "Die Feinstaubwerte (PM10) und 2 PM-Sensoren wurden geprüft.",
            "Die Kosten in US-$ sind gestiegen.",
            "Harriet Tubman is a better choice for the $20 bill than Jackson.",
            "Am 4. Mai 2024 wählen 1,2 Millionen Menschen.",
            "Die Inflation lag bei 2,6 Prozent, der Kurs bei 1.250 Punkten.",
            "Der Euro stieg auf 1,085 Dollar.",
            "Der Euro notierte bei 1,100 Dollar, nachdem er am Vortag 1,090 Dollar gekostet hatte.",
            "Der Marathon ist 42,195 km lang, die Runde dauerte 1:44,500 Minuten.",
            "Die Turnerin erhielt 14,500 Punkte.",
            "Der Umsatz betrug 3,500 Milliarden Euro.",
            "Die Strecke misst 3,5 Kilometer.",
            "Das Schiff lag zwölf Seemeilen vor der Küste, 30 Seemeilen weiter südlich.",
            "Der Fernseher hat eine Diagonale von 65 Zoll.",
            "Eine Feinunze Gold kostet 2.300 Dollar.",
            "Er ging zu Fuß nach Hause und zahlte ein Pfund Sterling.",
            "Der Klub zahlte 70 Millionen Pfund, der Spieler verdient 200 Pfund pro Woche.",
            "Der Transfer kostete 200 Pfund Sterling.",
            "Die Maschine flog in 35.000 Fuß Höhe.",
            "Die Höchstgeschwindigkeit liegt bei 25 Meilen (40 Kilometer) pro Stunde.",
            "Verfassungsartikel 49.3 und Version 2.1 gelten, der Bus fährt von 8.30 bis 16 Uhr.",
            "Er lief 2:15:42 Stunden und war bei Kilometer 30 noch frisch.",
            "Die Mission zum Mars startet 2026, der Marsch am 5. Juni.",
            "Am Mittwoch, dem 5. Juni 2024, tagt der Rat um 20.15 Uhr.",
            "Domingo sang 2019 in Salzburg.",
            "Die A4 ist ab 24h gesperrt, das 24h-Rennen läuft.",
            "Lass uns um 9 am Bahnhof treffen.",
            "Der kl. Braune kostet 3,20 Euro, der Laden öffnet um 8.00 Uhr, kl. 5 Kinder spielen.",
            "Im Juni 22 Tore und am 3. Mai 2024 ein Sieg; das Ergebnis vom 2/3 der Stimmen gilt.",
            "Die Zentrale liegt an der 16th Street, der 1er-Schnitt und die 90er blieben.",
            "Sie zog in die 5th Avenue, las den 19th Global CEO Survey; der 22th Platz ist ein Tippfehler, kein Ordinale.",
            "Theresa May 30 Jahre später.",
            "Die Saison 2024/25 endet im Mai, das Archiv liegt unter stadt.at/2025/03/14/bericht.",
            "Er setzte einen Fuß vor den anderen und kaufte ein Pfund Butter; meilenweit war niemand.",
            "Im März 2024 sank der Absatz um 20 Prozent.",
            "Der Leitzins liegt bei 1,375 Prozent, der Yuan bei 7,125 Yuan je Dollar.",
            "Die Strecke misst 42,195 Kilometer, der Kurs stieg um 1,234 und fiel.",
            "Der Airbus A320 und die U21 spielen, die Summe lag bei 14.500 Rupiah und 500 Rupien.",
            "Die Version 2023.3.1 erschien im Jahr 2024. 12 Menschen nutzen sie ab 24h täglich, 12h am Stück.",
            "Der Anteil stieg auf 44,4 % und 12%, der Rabatt beträgt 50 Prozent; %-Zeichen und 100%ig sind üblich.",
    })
    void leavesGermanFormsAlone(String text) {
        assertThat(detect(text)).isEmpty();
    }

    @Test
    void swissAmountsOfMoneyTakeADecimalPointButOtherQuantitiesDoNot() {
        String money = "Das Ticket kostet 4.50 Franken.";
        String share = "Die Quote stieg um 4.5 Prozent.";

        assertThat(detector.detect(AnalysedText.of(money, "de-CH"))).isEmpty();
        assertThat(detector.detect(AnalysedText.of(share, "de-CH"))).hasSize(1);
        assertThat(detector.detect(AnalysedText.of(money, "de-AT"))).hasSize(1);
    }

    @Test
    void flagsEachForeignPieceOfOneSentence() {
        String text = "Am jeudi 5 juin um 20h15 kamen 12,500 Menschen bei 90 Grad Fahrenheit.";

        assertThat(detect(text)).extracting(f -> text.substring(f.start(), f.end()))
                .containsExactly("jeudi 5 juin", "20h15", "12,500", "90 Grad Fahrenheit");
    }

    /**
     * The detector tries a pattern that opens with "(?=[0-9])" only where a run of digits starts. Every match such a
     * pattern finds by a plain search over the detector's own examples must start there, or the shortcut loses it.
     */
    @Test
    void detect_WhenAPatternOpensWithADigit_ThenItsMatchesStartRunsOfDigits() throws IllegalAccessException {
        List<String> texts = new ArrayList<>();
        new LocaleFormatDetector(TestLexicon.GERMAN).examples().forEach(example -> texts.add(example.text()));
        texts.add("Am 5.12.2024 um 12345 Uhr: 1 500 000 €, 3,5 mld. und 2024年3月5日, 20h15, 1,234.5 und 07/12/24.");
        int checked = 0;
        for (Field field : LocaleFormatDetector.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != Pattern.class) {
                continue;
            }
            field.setAccessible(true);
            Pattern pattern = (Pattern) field.get(null);
            if (!pattern.pattern().startsWith("(?=[0-9])")) {
                continue;
            }
            checked++;
            for (String text : texts) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    assertThat(m.start() == 0 || !Character.isDigit(text.charAt(m.start() - 1)))
                            .as("%s matches mid-number in: %s", field.getName(), text).isTrue();
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
    }
}
