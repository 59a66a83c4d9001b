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

class SentenceBoundaryDetectorTest {

    private final SentenceBoundaryDetector detector = new SentenceBoundaryDetector(TestLexicon.GERMAN);

    private List<Finding> detect(String text) {
        return detector.detect(AnalysedText.of(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Zuvor hatte Putin am Dienstag versprochen, mit Nordkorea zusammenzuarbeiten Sanktionen entgegenwirken Laut einem in nordkoreanischen Staatsmedien veröffentlichten Brief erweitern beide Länder ihre Partnerschaft.|Laut|laut",
            "Sowohl Nordkorea als auch Russland bestreiten solche Waffengeschäfte, obwohl eine wachsende Zahl unabhängiger Beobachter den Einsatz dokumentiert hat Nordkoreanische Waffen gegen ukrainische Streitkräfte.|Nordkoreanische|nordkoreanische",
            "Die Regierung hat das Gesetz beschlossen Trotz der Proteste bleibt sie dabei.|Trotz|trotz",
            "Die Minister haben bis in die Nacht verhandelt Allerdings fehlt noch eine Einigung.|Allerdings|allerdings",
            "Die Armee hat geliefert Russische Panzer an die Front.|Russische|russische",
            "Die Kritik wuchs, weil die Regierung nicht handeln wollte Neue Proteste folgten am Abend.|Neue|neue",
            // a capitalised article, pronoun, preposition, conjunction or adverb after a verb, adjective or noun
            "Der Landtag hat das Gesetz am Donnerstag beschlossen Die Regierung will es im Herbst umsetzen.|Die|die",
            "Warum der Zug entgleiste, blieb zunächst unklar Nach Angaben der Polizei wurde niemand verletzt.|Nach|nach",
            "Die Rendite liegt über jener Spaniens und Portugals Die Ratingagentur Fitch hatte gewarnt.|Die|die",
            "Die Läufer sammelten Geld für wohltätige Zwecke Im kommenden Jahr soll das Feld wachsen.|Im|im",
            "Experten fordern Geld für das marode Leitungsnetz Rund 40 Prozent des Wassers gehen verloren.|Rund|rund",
            "Der Minister kündigte neue Reformen an Er will die Steuern im Herbst senken.|Er|er",
            "Die Gewerkschaft lehnt den Vorschlag ab Deshalb geht der Streik in der kommenden Woche weiter.|Deshalb|deshalb",
            "Die Preise sind im Winter stark gestiegen Dies belastet vor allem Familien.|Dies|dies",
            "Das Museum bleibt bis auf Weiteres geschlossen Wann es wieder öffnet, ist offen.|Wann|wann",
            "Die Firma meldete im Sommer einen Rekordgewinn Aber die Aktie fiel trotzdem.|Aber|aber",
            "Die Polizei sperrte am Morgen die Straße Mit einer Öffnung wird erst am Abend gerechnet.|Mit|mit",
            "So weit die Pläne, sagte er Wir haben lange darauf gewartet.|Wir|wir",
            "Der Gemeinderat tagte bis spät in die Nacht Deshalb fiel die Sitzung am Morgen aus.|Deshalb|deshalb",
            "Der Verein hat die Lizenz erhalten Seine Mannschaft darf in der ersten Liga spielen.|Seine|seine",
            // after a separable particle, a number or a noun; a preposition that is also a noun
            "Die Opposition kündigte Widerstand im Parlament an Seit Wochen wird gestritten.|Seit|seit",
            "Der Sänger trat am Samstag vor 40.000 Fans auf Das Konzert war seit Monaten ausverkauft.|Das|das",
            "Das Museum zeigt die Ausstellung noch bis Ende Jänner 2026 Der Eintritt ist frei.|Der|der",
            "Das Spiel endete nach einer turbulenten zweiten Halbzeit mit 2:1 Damit bleibt der Verein vorne.|Damit|damit",
            "Der Unfall ereignete sich kurz nach Mitternacht im Stadtteil Favoriten Laut Polizei wurde niemand "
                    + "verletzt.|Laut|laut",
            "Die Verhandlungen sollen in der kommenden Woche fortgesetzt werden Wann eine Einigung kommt, ist "
                    + "unklar.|Wann|wann",
            "Experten fordern seit Jahren Geld für das marode Leitungsnetz Rund 2,5 Prozent des Wassers gehen "
                    + "verloren.|Rund|rund",
            "Die Umfrage wurde im Auftrag der Kammer durchgeführt Knapp 20 Prozent sind unzufrieden.|Knapp|knapp",
            "Die Polizei sucht seit dem Wochenende nach dem 34-jährigen Verdächtigen Er soll bewaffnet sein.|Er|er",
            "Die Sanierung der Schule wird deutlich teurer als geplant Statt zehn Millionen sind nun 14 veranschlagt."
                    + "|Statt|statt",
            "Er hatte sich seit Monaten auf das Rennen vorbereitet Umso größer war die Enttäuschung.|Umso|umso",
            "Der Bahnhof wurde am Abend wieder freigegeben, Nach Angaben der Bahn kam es zu Verspätungen.|Nach|nach",
            "Der Landtag hat das Budget beschlossen, Trotzdem kritisiert die Opposition die Schulden.|Trotzdem|trotzdem",
            "Die Werke stehen seit Montag still, Dass es so weit kommt, hat niemand erwartet.|Dass|dass",
            "Gegründet wurde die Firma 2020 an der Universität Osijek, Das Team ist inzwischen gewachsen.|Das|das",
            "Das Wissen soll über Gäste nach Wien gebracht werden, Am CSH sollen auch Doktoranden arbeiten.|Am|am",
            // after a comma an adjective or possessive reading of the word before opens nothing
            "Die Lage war schon früher angespannt, nur war sie früher, Heute ist sie schlechter.|Heute|heute",
            "Er wird am Sonntag beim Fest dabei sein, Unter den Gästen ist auch der Bürgermeister.|Unter|unter",
            "Die Funde wurden der Bronzezeit zugeordnet, Inhaltlich geht es um Grabbeigaben.|Inhaltlich|inhaltlich",
            // an adverb before its finite verb after a verb that closes the clause
            "Heute sind 4.000 Passagiere gleichzeitig an Land erlaubt Früher lagen hier sechs Schiffe.|Früher|früher",
    })
    void flagsCapitalisedWordThatCanOnlyStartASentence(String text, String word, String suggestion) {
        for (String paragraph : List.of(text, "Am Montag tagte der Ausschuss. " + text)) {
            List<Finding> findings = detect(paragraph);
            assertThat(findings).as(paragraph).singleElement().satisfies(f -> {
                assertThat(paragraph.substring(f.start(), f.end())).isEqualTo(word);
                assertThat(f.suggestions()).containsExactly(suggestion);
                assertThat(f.severity()).isEqualTo(Severity.MINOR);
            });
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ergebnisse übertreffen Erwartungen Auf den Versuchsflächen lieferten die neuen Sorten mehr.|Auf",
            "Neue Regeln für Radfahrer Ab Montag gilt in der ganzen Innenstadt Tempo 30.|Ab",
            "Hohe Kosten Die Sanierung der Brücke kostet mehr als geplant.|Die",
            "Regierung will zügig entscheiden Die Koalition werde den Antrag prüfen.|Die",
    })
    void flagsASubheadingRunIntoItsParagraphButNotAShortSentence(String text, String word) {
        assertThat(detect("Die Bilanz fiel gut aus.\n\n" + text + "\n")).singleElement()
                .satisfies(f -> assertThat(f.suggestions()).containsExactly(word.toLowerCase()));
        // after a sentence end in the same line, as 10kGNAD runs its subheadings in, a short piece could be a sentence
        assertThat(detect("Die Bilanz fiel gut aus. " + text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Das ist etwas Neues für die Regierung.",
            "Beim Laufen hat er sich verletzt, im Allgemeinen geht es ihm gut.",
            "Die Grünen haben etwas Gutes getan.",
            "Er hat Recht und sie hat Angst.",
            "Bitte folgen Sie uns auf Facebook und abonnieren Sie den Newsletter.",
            "Die Vereinten Nationen und die Europäische Union reagierten.",
            "Polizei und Rotes Kreuz waren im Einsatz.",
            "Der Konzern arbeitet mit Erste Bank zusammen.",
            "Er sagte: Die Lage ist ernst.",
            "Er sagte „Die Lage ist ernst“ und ging.",
            "Nordkoreanische Waffen gegen ukrainische Streitkräfte",
            "Die Zahl der Zu- und Abwanderer steigt.",
            "Der frühere Hohe Repräsentant sprach in letzter Zeit mehrere Warnungen aus.",
            "Der Film wurde gelobt. Kritiker Kurz sagte, es sei ein Erfolg, und dennoch kritisierte Kurz das Ende.",
            "Das ist eine politische Kraft, die klar gegen die Sparpolitik ist.",
            "Das lässt ihm mehr Zeit, sich auf wichtigere Auftritte zu konzentrieren.",
            "Diese Defense hat Unglaubliches geleistet in dieser Saison.",
            "Er war ein großer Reisender und einfacher Abgeordneter im Parlament.",
            "Bei der NATO und der UNO herrscht Einigkeit, sagte der iPhone-Experte.",
            // after a finite verb in second place the capitalised adjective is the subject or a name
            "Unter dem Schlagwort Biertag posteten Feiernde Bilder in sozialen Netzwerken.",
            "Wir schreiben das Jahr 1983, es ist Kalter Krieg, die Raketen stehen bereit.",
            // names and titles with articles and prepositions
            "Er arbeitet in Den Haag am Internationalen Strafgerichtshof.",
            "Das berichtete die Zeitung Die Welt am Montag unter Berufung auf Diplomaten.",
            "Sie ist Vorsitzende der Partei Die Linke und sitzt seit Jahren im Bundestag.",
            "Der Film Das Boot wurde mehrfach ausgezeichnet, die Tageszeitung Die Presse lobte ihn.",
            "Die Band Die Toten Hosen spielte in Wien, die ORF-Sendung Im Zentrum diskutierte darüber.",
            "Die Aufführung von Mozarts Die Zauberflöte war schon im Frühjahr ausverkauft.",
            "Am Abend berichtete Die Presse ausführlich über den Fall.",
            "Das Projekt sei wichtig, sagte Von der Leyen, die selbst dort war.",
            "Im Gasthaus Zum Goldenen Hirschen trafen sich die Delegierten unter dem Motto Wir schaffen das.",
            "Ein Sprecher der Liste Jetzt bestätigte das, die Grünen und Die Linke schwiegen.",
            "Die Fans sahen Iron Man im Kino und danach Die Hard auf Video.",
            "Die Linke fordert mehr Geld. Das sagte ein Sprecher von Die Linke, als er Die Linke verteidigte.",
            "Die Stadtpartei, die mit Für Innsbruck regiert, verlor Stimmen.",
            "Der Minister reiste am Montag mit seiner Delegation nach Den Haag, um dort Gespräche zu führen.",
            "Sie nahm sich am Montag Zeit für die Kinder, die sie lange nicht gesehen hatte.",
            "Der Sieg gibt dem Team nach der langen Serie von Niederlagen Kraft, die es dringend braucht.",
            "Der Konzern arbeitet seit Jahren mit Erste Bank zusammen.",
            "Im Wahlkampf versprach damals Bundeskanzler Kurz 2017 eine Steuerreform für alle.",
            "Sie trat für die Liste Jetzt an und las am Abend aus ihrem Buch Wir sind viele vor.",
            "Die Ausstellung Aus der Tiefe ist bis Mai zu sehen, die Schau Im Licht der Zeit ab Juni.",
            "Eine Gruppe namens Die Enkel der Gefährten hat sich zu dem Anschlag bekannt.",
            "Er sprach die Worte Heute geht es los in ein Mikrofon.",
            "Die Wahl gewann Tsai Ing Wen deutlich. Peking sperrte Beiträge über Tsai Ing Wen im Netz.",
            // a subheading after a sentence end, without a verb of its own, as 10kGNAD runs them into the text
            "Die Sitzung endete spät. Leise Kritik Bei der Opposition regte sich am Abend Widerstand.",
            "Im Silicon Valley nannten sie ihn Der Coach: Der legendäre Mentor beriet viele Gründer.",
            "Laut Statistik ist es klar: Das Thema hat den Trend Wer im Bund regiert, verliert Stimmen.",
            // polite forms of address
            "Wir danken Ihnen für Ihr Vertrauen und haben Ihr Paket gestern verschickt.",
            "Wenn Sie Fragen haben, schreiben Sie uns, wir antworten Ihnen gerne.",
            // a direct question without its colon, after punctuation, datelines and acronyms
            "Die Journalistin fragt etwa Wie rechtfertigte die Polizei ihr Vorgehen?",
            "WIEN – Die Regierung hat am Montag getagt.",
            "BERLIN Die Regierung hat am Montag getagt.",
            "Die Minister der EU Die Kommission? Sie schwieg.",
            "Die Einigung (Die Regierung hatte sie angekündigt) blieb aus.",
            "Viele Städte, z. B. Wien, haben reagiert; der Ein- und Ausfuhrhandel blieb stabil.",
            // titles and section names in a list after a comma
            "Gezeigt werden die Filme Alien, Nach dem Sturm und Heimat, die alle ausgezeichnet wurden.",
            "Das Programm umfasst Politik, Wirtschaft, Im Gespräch und Sport.",
            "Gezeigt werden die Filme von Almodóvar, Die Haut, in der ich wohne und Volver, die ausgezeichnet wurden.",
    })
    void leavesRightlyCapitalisedWordsAlone(String text) {
        assertThat(detect(text)).isEmpty();
    }

    @Test
    void findsTheVerbOfTheMainClauseBehindAnInsertion() {
        String text = "Die Bilanz fiel gut aus.\n\nErgebnisse übertreffen Erwartungen Auf den Flächen, insgesamt "
                + "2.500 Quadratmeter, lieferten die Pflanzen mehr Ertrag.\n";
        assertThat(detect(text)).singleElement()
                .satisfies(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo("Auf"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Bei der Razzia wurden Waffen und SIM-Karten sichergestellt die Fahnder gehen von einer Bande aus."
                    + "|sichergestellt die",
            "Der Grundwasserspiegel ist seit 2015 um durchschnittlich 1,2 Meter gesunken die Opposition fordert nun "
                    + "ein Gutachten.|gesunken die",
            "Das Gesetz wurde mit 38 zu 17 Stimmen verabschiedet die Opposition kritisierte vor allem die Verteilung."
                    + "|verabschiedet die",
            "Die Schäden wurden in der Nacht von der Feuerwehr begutachtet der Einsatzleiter sprach von Glück."
                    + "|begutachtet der",
            "Der Trainer hat sich nie für etwas Besseres gehalten am Sonntag endet seine Zeit im Verein.|gehalten am",
            "Die Pläne wurden am Montag im Rathaus vorgestellt im Herbst beginnt der Bau.|vorgestellt im",
            "Die Zahl der Anträge ist im Sommer deutlich gestiegen es ist der höchste Wert seit Jahren.|gestiegen es",
            "Die Zahl der Bedürftigen ist seit dem Sommer gestiegen die Kirche und mehrere Vereine haben neue Stellen "
                    + "eröffnet.|gestiegen die",
            "Der Klub hatte zuvor alle Spiele gewonnen die Gäste verloren damit erstmals seit Oktober.|gewonnen die",
            "Es gab einen Brief, den die Ministerin an die Zeitung schrieb ein Sprecher wollte ihn nicht kommentieren.|schrieb ein",
            "Die Stadt, die das Projekt finanziert der Bund zahlt nur einen kleinen Teil.|finanziert der",
            "Die Arbeiten sollen bis Ende 2025 abgeschlossen sein 2026 sollen dann die ersten Wagen fahren.|sein 2026",
            "Die erste Linie wurde im Sommer fertiggestellt 2027 folgt die zweite.|fertiggestellt 2027",
            // a noun after a closed bracket or a zu-infinitive, its phrase before the finite verb
            "Zudem hat er die Löhne der Belegschaft deutlich angehoben Analysten der Bank Nomura halten die Prognose "
                    + "für vorsichtig.|angehoben Analysten",
            "Die Gäste wurden aufgefordert, das Wasser bei Gewitter sofort zu verlassen Rettungsschwimmer hissen dann "
                    + "die rote Flagge.|verlassen Rettungsschwimmer",
            "Er kaufte Rechnungen ab, die nie ausgeführt wurden Gutschriften im Wert von Millionen verkaufte er weiter."
                    + "|wurden Gutschriften",
            "Der Chip soll weniger Strom verbrauchen Konkurrenten wie Samsung und Intel arbeiten ebenfalls daran."
                    + "|verbrauchen Konkurrenten",
            "Mehrere Straßen wurden gesperrt Feuerwehrleute aus New South Wales und Victoria sind zur Hilfe angereist."
                    + "|gesperrt Feuerwehrleute",
    })
    void flagsAFullStopLostBeforeALowercaseArticle(String text, String span) {
        assertThat(detect(text)).singleElement()
                .satisfies(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo(span));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Die Regierung plant, vorausgesetzt die Länder stimmen zu, eine neue Steuer.",
            "Der Rat hat beschlossen, dass die Stadt im Herbst neue Radwege baut.",
            "Wie die Polizei mitteilte, verabschiedet die Regierung das Gesetz am Montag.",
            "Nach Angaben der Behörde kritisiert die Opposition seit Wochen die Pläne der Stadt.",
            "Es ist ihm gelungen die neue Generation zu bauen und zu verkaufen.",
            "Im Bericht wird erläutert die Lage sei schwierig, heißt es.",
            "Die Firma fand einen Code, der als Nachricht versandt die App abstürzen ließ.",
            "Er will bis 2026 bleiben und 2027 gehen, sagte er; die Linie soll 2026 fertig sein und 2030 verlängert werden.",
            "Weil sie arbeiten 40 Stunden die Woche, fehlt die Zeit.",
            "Mit 20 Jahren kommt sie nach Paris, geboren 1914 nahe Saigon.",
            "Sie wurde im Jahr 1950 in Graz geboren und lebt heute in Wien.",
            "Er hat gearbeitet im Garten und im Haus, bis es dunkel wurde.",
            "Die Polizei, die den Fall untersucht, hat bisher keine Spur.",
            "Der Minister hat bestätigt, dass die Regierung das Gesetz beschlossen hat.",
            "Nachdem er gewählt worden war, reiste er nach Brüssel, wo er die Kommission traf.",
            "Er wohnt im Haus seiner Eltern und arbeitet am Flughafen.",
            "Sie haben ohne zu zögern Hilfe geleistet und die Verletzten versorgt.",
            "Sie hatte erst am gleichen Tag das beschleunigte Verfahren beantragt.",
            "Der Türkischunterricht wird im ganzen Land angeboten, Türkisch gab es in allen Ländern außer Tirol.",
            "Rapid gewann am Sonntag. Die Wiener wollten den Trend aufhalten, Rapid hatte nur einen Aussetzer.",
            "Kernfragen seien Wie schlagen sich Politiker im Gespräch?",
            "Während dieser Jahre sollen Mundlos und Böhnhardt zehn Menschen getötet haben.",
            "Apple erklärte, das im Herbst erscheinende iPhone werde Dinge können, die viele überraschen.",
            "Der Sprecher berichtete, der Plan beinhalte Schritte in Richtung einer Lösung.",
            "Er hat gesagt es sei zu spät, und sie hat es geglaubt.",
            "Sie fragten, ob das Paket rechtzeitig versandt die Kunden erreicht habe.",
    })
    void leavesParticiplesThatOpenOrContinueAClauseAlone(String text) {
        assertThat(detect(text)).isEmpty();
    }

    @Test
    void offsetsPointIntoTheWholeText() {
        String text = "Überschrift\r\n\r\nDie Beobachter haben dokumentiert hat Nordkoreanische Waffen gesehen.\r\n";
        List<Finding> findings = detect(text);
        assertThat(findings).singleElement()
                .satisfies(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo("Nordkoreanische"));
    }
}
