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

class StrayCharacterDetectorTest {

    private final StrayCharacterDetector detector = new StrayCharacterDetector(TestLexicon.GERMAN);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Nord Korea für zwei Tage, «während qWenn ein strategisches Partnerschaftsabkommen kommt.|qWenn|Wenn",
            "Waffen an die Front zu schicken. „LNordkorea hat sich unter Kim Jong Un verändert.|LNordkorea|Nordkorea",
            "In diesem Zusammenhang laut Newsweek “CDaher bestehen weiterhin Bedenken.|CDaher|Daher",
            "Die Verhandlungen über die pRubelkrise dauern an.|pRubelkrise|Rubelkrise",
            "Die Proben waren verschlossen. vDa die Kapsel dicht war, blieb alles ruhig.|vDa|Da"})
    void flagsStrayLetterBeforeWord(String text, String span, String suggestion) {
        List<Finding> findings = detector.detect(AnalysedText.of(text));

        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(text.substring(finding.start(), finding.end())).isEqualTo(span);
        assertThat(finding.suggestions()).containsExactly(suggestion);
        assertThat(finding.category()).isEqualTo(Category.STRAY_CHARACTER);
        assertThat(finding.severity()).isEqualTo(Severity.MAJOR);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Die meisten Anwohner k fordern mehr Lärmschutz.|k fordern|fordern",
            "Der Zug w fährt heute später ab.|w fährt|fährt",
            "Die Bauern p protestieren gegen die Reform.|p protestieren|protestieren",
            "Die Mieten sind h gestiegen.|h gestiegen|gestiegen",
            "Die Preise für Strom y steigen weiter.|y steigen|steigen",
            "Die Lage bleibt q angespannt, sagte der Minister.|q angespannt|angespannt"})
    void flagsLoneLetterBetweenWords(String text, String span, String suggestion) {
        DetectorAssertions.assertSingleFinding(detector, text, span, Severity.MAJOR, suggestion);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Die Firma hat dochk keinen Antrag gestellt.|dochk|doch",
            "Der Landtag tagte nichtg wie geplant am Montag.|nichtg|nicht",
            "Der Preis stieg, weil fdie Nachfrage wuchs.|fdie|die",
            "Die Stadt plant eine neue Verordnungh für den Verkehr.|Verordnungh|Verordnung"})
    void flagsLetterGluedToAFunctionWordOrNoun(String text, String span, String suggestion) {
        DetectorAssertions.assertSingleFinding(detector, text, span, Severity.MAJOR, suggestion);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Die Wartelisten\\ werden länger, sagte die Ärztin.|\\",
            "Die Bauern fragen: ¿Wie soll das weitergehen?|¿",
            "Die Regierung ▪hatte den Antrag abgelehnt.|▪",
            "Die Mieten steigen¶ seit Jahren.|¶",
            "Über Sensoren・ in den Zimmern werden Stürze erkannt.|・",
            "Die Pflegekräfte、 die Ärzte und die Angehörigen waren zufrieden.|、",
            "Nach Angaben der Polizei، die den Fall prüft, gab es Festnahmen.|،",
            "Die Senatoren werden nur Änderungen vorschlagen.¶ Danach wird abgestimmt.|¶",
            "Die Anwohner im Stadtteil Kolonaki~ klagen über Lärm.|~",
            "Die Containerschiffe¬ fahren um Afrika.|¬",
            "Die Preise für Stahl¿ steigen.|¿",
            "Der Präsident flog nach ~Brasília und zurück.|~",
            "Das Urteil fiel am Montag. =Auch die Opposition stimmte zu.|=",
            "Der Vorschlag kam gut an. _Die Gewerkschaft will verhandeln.|_",
            "Der Chor sang vor dem Publikum> und erntete Beifall.|>"})
    void flagsSymbolGluedToAWord(String text, String span) {
        DetectorAssertions.assertSingleFinding(detector, text, span, Severity.MAJOR, "");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Die Landwirte ` müssen ihren Verbrauch senken.|` müssen|müssen",
            "Die Provinzregierung • hatte den Antrag abgelehnt.|• hatte|hatte",
            "Fachleute sollen regelmäßig ـ Erfahrungen austauschen.|ـ Erfahrungen|Erfahrungen"})
    void flagsASymbolAloneBetweenTwoWords(String text, String span, String suggestion) {
        DetectorAssertions.assertSingleFinding(detector, text, span, Severity.MAJOR, suggestion);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Die Ausstellung wurde von hans Ulrich Obrist kuratiert.",
            "Die Regale Billy und Kallax sowie Nicole Solarz kamen, auch Pseudorotz genannt.",
            "Er sagte dem Gericht, deren Anwalt und denen der Gegenseite sei das egal."})
    void leavesNamesAndInflectedFunctionWordsAlone(String text) {
        assertThat(detector.detect(AnalysedText.of(text))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Das iPhone und das iPad werden auf eBay und YouTube beworben.",
            "McDonald's, McKinsey und eGovernment: DiCaprio landete in LaGuardia mit seinem MacBook.",
            "Die GmbH gehört der KfW und wird von der BaFin geprüft.",
            "NATO, USA, SPÖ, ORF, ÖVP, CDU und ein LKW.",
            "Die Gewerkschaft GPA-djp und der AStA protestieren, das BVerfG entschied.",
            "Wie LEquipe anmerkte, fuhr er an die Côte dAzur.",
            "Kugelstoßen Gold: Joe Kovacs (USA) 21,93 mSilber: David Storl (Deutschland)",
            "Das Notebook iWork 11 ist leicht. Im iWork 11 werkt ein Atom-Prozessor.",
            "Die Ãœbersetzung und â€žDas Zitatâ€œ sind kaputt."})
    void leavesBrandsAcronymsAndNamesAlone(String text) {
        assertThat(detector.detect(AnalysedText.of(text))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Das betrifft z. B. Wien, u. a. Graz und d. h. auch Linz, s. o.",
            "Die Punkte sind a) der Preis und b) die Qualität.",
            "Der Raum misst 3 x 4 Meter, die Fläche Länge x Breite.",
            "Die Stange ist 5 m lang und wiegt 3 kg.",
            "Das Restaurant heißt Pan y Vino, die Bar Vino e Pane.",
            "Der Verein Real Madrid y Barcelona spielen.",
            "Es ist a Wahnsinn, sagte er, i bin müde.",
            "Das war so n Quatsch, gibt s nicht.",
            "Das e in Daesh steht für Staat, mit dem s oder l am Ende hat es nichts zu tun.",
            "Ein Passwort mit einem @ statt einem a kann geknackt werden.",
            "Die Straße von Kraków w Polsce i w Europie.",
            "Der Sänger Max Müller† wurde geehrt; die Datei liegt unter C:\\Daten\\Bericht.",
            "Er rief „¿Qué pasa?“ und ging.",
            "Der Absatz (¶) steht im Handbuch, der Pfad lautet Daten\\Archiv.",
            "Die Formel a=b gilt, das Wort _kursiv_ und <b>fett</b> sind Markup, ein Pfeil -> zeigt, x_neu bleibt.",
            "Der Name 東京、大阪 steht auf dem Schild, das Lied heißt „さくら・さくら“.",
            "Die Kommission leitet Prof. Dr. Nikolina Barić von der Universität Dubrovnik."})
    void leavesAbbreviationsListsUnitsAndForeignWordsAlone(String text) {
        assertThat(detector.detect(AnalysedText.of(text))).isEmpty();
    }
}
