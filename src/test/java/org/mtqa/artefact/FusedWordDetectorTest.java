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

class FusedWordDetectorTest {

    private final FusedWordDetector detector = new FusedWordDetector(TestLexicon.GERMAN);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Der russische Präsident Wladimir Putin kam am Dienstag in Nordkorea anwo von ihm erwartet wird, dass er "
                    + "einen Vertrag unterzeichnet.|anwo|an wo",
            "Er sprach über die Zusammenarbeit mit Pjöngjanglaut russischen Staatsmedien. Pjöngjang schwieg dazu.|"
                    + "Pjöngjanglaut|Pjöngjang laut",
            "Er ging nachder Arbeit nach Hause.|nachder|nach der",
            "Die Jury wählte den Sieger ausacht Bewerbern.|ausacht|aus acht",
            "Am Abend hat die Feuerwehrgelöscht und die Straße geräumt.|Feuerwehrgelöscht|Feuerwehr gelöscht",
            "Der Vorfall soll sich am Bahnhofereignet haben.|Bahnhofereignet|Bahnhof ereignet",
            "Hassabis spricht oft davon, Computerndas Denken beizubringen.|Computerndas|Computern das",
            "Die besten Beiträge sollen dem Userpräsentiert werden. Was der User sieht, wird oft präsentiert.|"
                    + "Userpräsentiert|User präsentiert",
            "Die Regierung betonte, dassdiestrikte Regel bleiben soll.|dassdiestrikte|dass die strikte",
            "Die Daten sind in den kommenden Monatenzuberücksichtigen, sagte sie.|Monatenzuberücksichtigen"
                    + "|Monaten zu berücksichtigen"})
    void flagsTwoWordsRunTogether(String text, String span, String suggestion) {
        List<Finding> findings = detector.detect(AnalysedText.of(text));

        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(text.substring(finding.start(), finding.end())).isEqualTo(span);
        assertThat(finding.suggestions()).containsExactly(suggestion);
        assertThat(finding.category()).isEqualTo(Category.FUSED_WORD);
        assertThat(finding.severity()).isEqualTo(Severity.MAJOR);
        assertThat(finding.rule()).isEqualTo("MTQA_FUSED_WORD");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Der Ausschuss tagte imRathaus bis spät.|imRathaus|im Rathaus",
            "Laut derPolizei gab es keine Verletzten.|derPolizei|der Polizei",
            "Die Firma hat ihren Sitz inGraz und beschäftigt viele Leute.|inGraz|in Graz",
            "Die Demonstranten zogen vonBerlin nach Potsdam.|vonBerlin|von Berlin",
            "Er sprach zumThema Klimaschutz.|zumThema|zum Thema",
            "Das Spiel endete mit einemUnentschieden.|einemUnentschieden|einem Unentschieden",
            "Der Minister sprach mitVertretern der Länder.|mitVertretern|mit Vertretern",
            "Die Läuferin kämpfte amEnde um Platz drei.|amEnde|am Ende",
            "Die Regierung legte einen neuenHaushalt vor.|neuenHaushalt|neuen Haushalt",
            "Der Antrag kam von Abgeordneten derÖVP und der Grünen.|derÖVP|der ÖVP",
            "Die Frage wurde imLaufeder Sitzung geklärt.|imLaufeder|im Laufe der",
            "Er traf sich mit Vertretern undHelga Krismer zum Gespräch.|undHelga|und Helga",
            "Der Verein trat mit denU19-Teams an.|denU19-Teams|den U19-Teams",
            "Wie auchinDeutschland gilt dort die Regel.|auchinDeutschland|auch in Deutschland",
            "Er setzt sichfürFrauenrechte ein.|sichfürFrauenrechte|sich für Frauenrechte",
            "Die Kommission muss die Vorgaben von G29 nicht berücksichtigenDaten sind nicht sicher.|berücksichtigenDaten|berücksichtigen Daten"})
    void flagsLowerCaseWordRunIntoCapitalisedOne(String text, String span, String suggestion) {
        DetectorAssertions.assertSingleFinding(detector, text, span, Severity.MAJOR, suggestion);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Die PreisErhöhung trifft alle Kunden hart.|PreisErhöhung|Preis Erhöhung",
            "Die Stadt baut eine neue SporthalleWeitere Projekte sind geplant.|SporthalleWeitere|Sporthalle Weitere",
            "Der Pegel stieg über die Marke beim HochwasserNeue Dämme sollen helfen.|HochwasserNeue|Hochwasser Neue"})
    void flagsTwoCapitalisedWordsRunTogether(String text, String span, String suggestion) {
        DetectorAssertions.assertSingleFinding(detector, text, span, Severity.MAJOR, suggestion);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Die Sitzung um15 Uhr fiel aus.|um15|um 15",
            "Im Jahr2023 wurden mehr Autos verkauft.|Jahr2023|Jahr 2023",
            "Die Zahl stieg auf mehr als20 Prozent.|als20|als 20",
            "Er kam mit17 Jahren nach Wien.|mit17|mit 17",
            "Seit den1990er Jahren steigt die Temperatur.|den1990er|den 1990er",
            "Die Firma meldete 120Mitarbeiter weniger.|120Mitarbeiter|120 Mitarbeiter",
            "Der Umsatz lag bei 3,5Milliarden Euro.|3,5Milliarden|3,5 Milliarden",
            "Das Treffen beginnt um 14.30Uhr im Rathaus.|14.30Uhr|14.30 Uhr",
            "Die Bilanz für 2024Mehr Umsatz und Gewinn.|2024Mehr|2024 Mehr"})
    void flagsWordAndNumberRunTogether(String text, String span, String suggestion) {
        DetectorAssertions.assertSingleFinding(detector, text, span, Severity.MAJOR, suggestion);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Der Antrag wurde vom Bundesratam Montag abgelehnt.|Bundesratam|Bundesrat am",
            "Der Vorschlag wirdso nicht angenommen.|wirdso|wird so",
            "Das Unternehmen teilteder Presse mit, dass es wächst.|teilteder|teilte der",
            "Er sprach vonallen Seiten mit den Leuten.|vonallen|von allen",
            "Er kam ausdem Haus.|ausdem|aus dem",
            "Die Regierung hatsich darauf geeinigt.|hatsich|hat sich",
            "Die Regierung hatteangekündigt, das Gesetz zu ändern.|hatteangekündigt|hatte angekündigt",
            "Er sagte, dassdie Lage ernst sei.|dassdie|dass die",
            "Er meinte undsagte nichts.|undsagte|und sagte",
            "Gestern kam derneue Präsident an.|derneue|der neue",
            "Für den Entwurf stimmten 238, zweienthielten sich der Stimme.|zweienthielten|zwei enthielten",
            "Das Publikum feierte die Sänger mitminutenlangem Applaus.|mitminutenlangem|mit minutenlangem",
            "Bei bezahlten Anzeigen habendie Unternehmen keine Frist.|habendie|haben die",
            "Ein Teil soll von der Bahngesellschaft NMBSund dem Betreiber Infrabel kommen.|NMBSund|NMBS und",
            "Die Anlage im Technologiepark Teknokentverfügt nach Angaben des Betreibers über Strom.|Teknokentverfügt|Teknokent verfügt"})
    void flagsFunctionWordGluedToEitherSide(String text, String span, String suggestion) {
        DetectorAssertions.assertSingleFinding(detector, text, span, Severity.MAJOR, suggestion);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Das Satellitenprogramm Nordkoreas und die Waffengeschäfte mit Moskau beunruhigen den Westen.",
            "Die Handelsmechanismen sind neu, sagte ein Kremlberater dem Weltmeister-Kapitän.",
            "Der Experte Georgi Toloraya sagte, die Lage sei ernst.",
            "Wie Easley berichtet, reiste Uschakow nach Pjöngjang; das Foto stammt von Zemlianichenko.",
            "In Salzburg müssen keine Asylwerbenden mehr in Zelten wohnen.",
            "Im Handel sind kaum noch nichtdigitale Lagersysteme im Einsatz.",
            "Fangen sie an zu heulen, so der Wissenschafter. Die Wissenschaft hat er nicht gefragt.",
            "Die Lissaboner kassierten eine Niederlage in Lissabon, sagte er.",
            "Musiker Christian Zehnder vom Duo Stimmhorn spielt heute.",
            "I never promised you a rose garden, sang sie, gar den ganzen Abend.",
            "Die Bergrettungen des Kleinwalsertales waren im Einsatz, es war kalt im Kleinwalsertal.",
            "Veteran Selçuk Inan trumpfte auf. In an Orten wie diesem.",
            "Die in Tauchgängen gefangengen Buntbarsche wurden untersucht.",
            "Er berief sich auf eine Studie, derzufolge kein Tier leiden dürfe.",
            "Die Firma ist desillusioniert und demotiviert.",
            "A woman, a leader, and a freedom fighter, sagte sie.",
            "Die Hinterhofwerkstatt, die Zwischenlagerbetreiber und die Untergrundbahnsteige sind neu.",
            "Die Mitbewerberinnen, Vorortzugverbindungen und Überlandleitungsmasten wurden geprüft.",
            "Sie bot an, die Autos auf allen Ausspielwegen zurückzuverkaufen und neu anzufangen.",
            "So entstünde weder eine Bekanntgabepflicht noch eine Popularbeschwerde, sagte er.",
            "Ein ÖVPler sprach mit der SPÖlerin über die NGOs.",
            "Die Macht war übernommen, dieweilen tun die drei vom Konvent nichts."})
    void leavesCompoundsNamesAndDerivationsAlone(String text) {
        assertThat(detector.detect(AnalysedText.of(text))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Sie hat ein neues iPhone gekauft.",
            "Er verkauft alte Möbel auf eBay.",
            "Die Nachricht kam über WhatsApp.",
            "Das Video steht auf YouTube.",
            "Am Abend läuft der Film auf ProSieben.",
            "Er bezahlte mit PayPal.",
            "Sie aß bei McDonald's zu Mittag.",
            "Leonardo DiCaprio gewann den Oscar.",
            "Der Impfstoff von BioNTech wirkt.",
            "Sie suchte auf LinkedIn nach einer Stelle.",
            "Er zeigte die Folien in PowerPoint.",
            "Mit der BahnCard fährt man günstiger.",
            "Die Zeitung derStandard.at berichtete darüber.",
            "Der Dienst umfasst OnlineBanking, BusinessNet und MobileBanking.",
            "Das KlimaTicket gilt in ganz Österreich. Wer ein KlimaTicket hat, fährt gratis.",
            "Die BürgerInnen und die LehrerInnen protestierten.",
            "Die Lehrer:innen und Bürger*innen streiken."})
    void leavesBrandAndNameCasingAlone(String text) {
        assertThat(detector.detect(AnalysedText.of(text))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Die G7 trafen sich in Elmau.",
            "Der Airbus A380 landete pünktlich.",
            "Der CO2-Ausstoß sank, H2O ist Wasser.",
            "Die COVID-19-Pandemie ist vorbei.",
            "Der neue 4K-Fernseher und das 5G-Netz.",
            "Der 3D-Drucker druckt Teile.",
            "Die 90er waren wild, die 2024er Ernte war gut.",
            "Der Lauf über 15km war hart, er lief 10km am Stück.",
            "Die U18 gewann gegen die U21.",
            "Preise vergleicht man über Portale wie Verivox oder Check24.",
            "Er hat 3mal gewonnen und ist 5fach Weltmeister.",
            "Der Wert beträgt 1.250 Euro, also 2,6 Prozent mehr, um 14.30 Uhr, das Spiel endete 2:1.",
            "Der Code lautet trk_id=VE-2025-0417-7f3a9c2e und der Link www.example.org/2024Bericht.",
            "Die Ein- und Ausfuhr stieg, die Im- und Exporte sanken.",
            "WIEN – Die Regierung beschloss am Montag das Budget."})
    void leavesNumbersWithLettersAlone(String text) {
        assertThat(detector.detect(AnalysedText.of(text))).isEmpty();
    }
}
