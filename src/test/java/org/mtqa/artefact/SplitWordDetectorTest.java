package org.mtqa.artefact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.text.AnalysedText;

class SplitWordDetectorTest {

    private final SplitWordDetector detector = new SplitWordDetector(TestLexicon.GERMAN);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Wladimir Putin Wer wird das besuchen? Nord Korea für zwei Tage.|Nord Korea|Nordkorea",
            "Die Bundes Regierung tagt. Die Bundesregierung hat entschieden.|Bundes Regierung|Bundesregierung",
            "Der Zug hält am Haupt Bahnhof.|Haupt Bahnhof|Hauptbahnhof"})
    void flagsCompoundTornApart(String text, String span, String suggestion) {
        List<Finding> findings = detector.detect(AnalysedText.of(text));

        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(text.substring(finding.start(), finding.end())).isEqualTo(span);
        assertThat(finding.suggestions()).containsExactly(suggestion);
        assertThat(finding.category()).isEqualTo(Category.SPLIT_WORD);
        assertThat(finding.severity()).isEqualTo(Severity.MAJOR);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Der Bürger meister eröffnete das Fest.|Bürger meister|Bürgermeister",
            "Die Fahrrad fahrer protestierten.|Fahrrad fahrer|Fahrradfahrer",
            "Der Verband sagt, der Arbeits markt erholt sich.|Arbeits markt|Arbeitsmarkt",
            "Die Gemeinde plant einen neuen Kinder spielplatz.|Kinder spielplatz|Kinderspielplatz",
            "Die Regie rung trat zurück.|Regie rung|Regierung",
            "Die Regier ung trat zurück.|Regier ung|Regierung",
            "Das Parlament hat das Gesetz verab schiedet.|verab schiedet|verabschiedet",
            "Die Firma will wirt schaftlich arbeiten.|wirt schaftlich|wirtschaftlich",
            "Den Haus halt für das Jahr hatte der Gouverneur unterzeichnet.|Haus halt|Haushalt"})
    void flagsWordWithAPartThatIsNoWord(String text, String span, String suggestion) {
        DetectorAssertions.assertSingleFinding(detector, text, span, Severity.MAJOR, suggestion);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Die Bundes Regierung will das Gesetz ändern.|Bundes Regierung|Bundesregierung",
            "Er ging in den Kinder Garten.|Kinder Garten|Kindergarten",
            "Im Kinder Garten spielten sie.|Kinder Garten|Kindergarten",
            "Der Deutsche Wetter Dienst warnt vor Sturm.|Wetter Dienst|Wetterdienst",
            "Er sprach mit der Landes Hauptstadt.|Landes Hauptstadt|Landeshauptstadt",
            "Der Bürgermeister eröffnete den neuen Rad Weg.|Rad Weg|Radweg",
            "Die Gesund Heit der Kinder ist wichtig.|Gesund Heit|Gesundheit",
            "Die Freund Schaft zwischen den Ländern hält.|Freund Schaft|Freundschaft",
            "Er wurde im Straf Raum zu Fall gebracht.|Straf Raum|Strafraum",
            "Die Groß Meisterin aus Jekaterinburg gewann.|Groß Meisterin|Großmeisterin",
            "Gebäude wurden als Kühl Räume geöffnet.|Kühl Räume|Kühlräume"})
    void flagsTwoCapitalisedPartsByDeterminerOrSuffix(String text, String span, String suggestion) {
        DetectorAssertions.assertSingleFinding(detector, text, span, Severity.MAJOR, suggestion);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "D ie Polizei ermittelt.|D ie|Die",
            "LINZ – E in Brand zerstörte die Halle.|E in|Ein",
            "Der Regen hörte auf. A uch die Opposition stimmte zu.|A uch|Auch",
            "I n Wien regnete es.|I n|In"})
    void flagsDropCapSetApart(String text, String span, String suggestion) {
        DetectorAssertions.assertSingleFinding(detector, text, span, Severity.MAJOR, suggestion);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Die Neue Zürcher Zeitung berichtet aus New York über die Vereinten Nationen.",
            "Am Montag reiste er nach Nordkorea, am Dienstag nach Südkorea.",
            "Die Pipeline Nord Stream wurde beschädigt.",
            "Ein Soldat hat nach Angaben der Justiz seines Landes Attentatspläne geschmiedet.",
            "Dafür ist ihm offenbar jedes Mittel Recht.",
            "Der Wind kam aus Nord. Korea liegt weit entfernt.",
            "Nord-Korea und Süd-Korea verhandeln.",
            "Die Stadt Wien und die Gemeinde Baden planen einen Radweg.",
            "Anfang Mai traf Präsident Macron des Landes Regierung.",
            "Des Landes Regierung tagt, die Landesregierung schweigt.",
            "Es war ein Happy End, und der Davis Cup kam dazu.",
            "Die Super Bowl und die National Basketball Association.",
            "Er studierte in Hong Kong und Los Angeles.",
            "Die Gruppe E in der Champions League ist stark.",
            "Er kam wieder, schnell wie der Blitz, nachdem er nach dem Essen ging.",
            "Die Polizei war bei den beiden Unfällen, indem sie in dem Haus half.",
            "Die Staatsführer sprachen am Mittwoch, die Sprachen sind verschieden.",
            "Die Sängerin und der Sänger in sich gekehrt.",
            "Das Recht haben alle Bürger, die Kinder sollen Rad fahren.",
            "Mehr Geld bekommen die Familien. Viel Zeit bleibt nicht.",
            "Er spielt in der National Hockey League.",
            "Das kommt in Kurz Erzählung nicht vor, sagte Kurz.",
            "Louis Schaub und Christopher Dibon spielten.",
            "Die Ein- und Ausfuhr stieg, die Im- und Exporte sanken.",
            "Das betrifft z. B. Wien und u. a. Graz.",
            "Dem Haus fehlt das Dach, der Frau half niemand, die Kinder spielen draußen.",
            "Er sah die Kinder laufen, den Mann reden und das Auto fahren."})
    void leavesOrdinaryWordPairsAlone(String text) {
        assertThat(detector.detect(AnalysedText.of(text))).isEmpty();
    }
}
