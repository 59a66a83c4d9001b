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

class BoilerplateDetectorTest {

    private static final String BODY = "Der russische Präsident Wladimir Putin ist am Dienstag zu einem Besuch in "
            + "Nordkorea eingetroffen, wo er einen Vertrag über eine strategische Partnerschaft unterzeichnen will.";

    private final BoilerplateDetector detector = new BoilerplateDetector(TestLexicon.GERMAN, TestLexicon.LANGUAGES);

    private List<Finding> detect(String text) {
        return detector.detect(AnalysedText.of(text));
    }

    private static List<String> flagged(String text, List<Finding> findings) {
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "PREV Messi wird 37: Grüße an den Weltmeister-Kapitän",
            "NEXT Die NATO und die USA erhöhen die Alarmstufe an Stützpunkten in Europa",
            "Mehr zum Thema – Putins Besuch in Nordkorea beginnt",
            "Lesen Sie auch: Die Inflation sinkt weiter",
            "Das könnte Sie auch interessieren:",
            "Weiterlesen",
            "Zurück",
            "Anzeige",
            "Tags: Nordkorea, Russland, Putin",
            "Der Beitrag Putin in Pjöngjang erschien zuerst auf Weltnachrichten.",
            "© ALLE RECHTE VORBEHALTEN",
            "© 2024 Die Presse",
            "Alle Rechte vorbehalten.",
            "Foto: APA/Hans Klaus Techt",
            "Bild: Reuters",
            "Schreibe einen Kommentar",
            "Kommentar verfassen",
            "3 Kommentare",
            "Jetzt abonnieren",
            "Alle akzeptieren",
            "Zustimmen und weiter",
            "Einstellungen anpassen",
            "Details anzeigen",
            "Link kopieren | E-Mail",
            "Newsletter abonnieren",
            "Abonnieren Sie unseren Newsletter.",
            "Folgen Sie uns auf Facebook und Instagram!",
            "Teilen Sie diesen Artikel",
            "Folge uns auf Telegram",
            "Lesen Sie den vollständigen Artikel unter",
            "Facebook Twitter WhatsApp E-Mail",
            "Bleiben Sie auf dem Laufenden und abonnieren Sie unseren Kanal.",
            "Verbinden Sie sich mit der Stimme Amerikas! Abonnieren Sie unsere YouTube-Kanäle, WhatsApp und den "
                    + "Newsletter. Aktivieren Sie Benachrichtigungen und folgen Sie uns auf Facebook, X und Instagram.",
            "Auf Facebook teilen · Auf X teilen · Per E-Mail senden · Link kopieren",
            "Drucken | Versenden | Merken",
            "Teilen • Twittern • Mailen",
            "Alle Artikel zum Thema: Venedig · Tourismus · Italien",
            "Startseite › Politik › Ausland",
            "Kommentar schreiben · Ihr Kommentar wird nach Prüfung durch die Redaktion veröffentlicht.",
            "Empfehlungen der Redaktion",
            "Mehr aus dem Ressort",
            "Meistgelesene Artikel",
            "Weitere Nachrichten",
            "Zur Startseite",
            "Zurück zur Übersicht",
            "Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten. Durch die weitere Nutzung der "
                    + "Website stimmen Sie der Verwendung zu.",
            "Diese Website nutzt Cookies. Wenn Sie weitersurfen, stimmen Sie der Cookie-Nutzung zu.",
            "Jeden Morgen die wichtigsten Nachrichten direkt in Ihr Postfach: unser Newsletter.",
            "Mit unserem kostenlosen Newsletter erhalten Sie jeden Freitag die besten Geschichten der Woche.",
            "Ihr Kommentar wurde gespeichert und wird von der Redaktion nach Prüfung freigeschaltet.",
            "Bitte beachten Sie unsere Regeln für Kommentare.",
            "Leser123 schrieb am 12.03.2024 um 14:22",
            "vor 3 Stunden",
            "Lesezeit: 4 Minuten",
            "Gesponsert",
            "Das könnte Sie interessieren",
            "Diese Seite verwendet Cookies. Mehr erfahren | Alle akzeptieren",
            "Der Newsletter für alle, die mehr wissen wollen. Jetzt anmelden!",
            "Alle akzeptieren",
            "Hinweis: Die Kommentarfunktion ist für diesen Artikel deaktiviert.",
            "Datenschutzeinstellungen: Wir und unsere Partner nutzen Cookies und ähnliche Technologien.",
            "Stand: 3. März 2021, 08:15",
            "Aktualisiert am 02.11.2019 um 17.05 Uhr",
            "Veröffentlicht: Dienstag, 7. Mai 2024",
            "Mit Material der Agenturen dpa und AFP",
            "Nach oben",
            "Zurück zum Ressort Wirtschaft",
            "Speichern | Versenden",
            "Beitrag anhören",
            "Podcast abonnieren und keine Folge verpassen",
            "Newsletter-Einstellungen",
            "Unser Abend-Newsletter bringt Ihnen die Nachrichten des Tages.",
            "Ihre E-Mail-Adresse bleibt privat, Pflichtfelder sind mit einem Stern markiert.",
            "Markieren Sie den Fehler und drücken Sie Strg+Enter.",
            "Mit Ihrer Anmeldung akzeptieren Sie die Datenschutzerklärung.",
            "Einverstanden | Nur notwendige Cookies",
            "Sie müssen angemeldet sein, um einen Kommentar zu schreiben.",
            "Ihre E-Mail-Adresse wird nicht veröffentlicht.",
            "Publiziert 10.06.2019 Aktualisiert: 17.09.2022",
            "Erstellt 4. Mai 2021, 12:10 | Update: 5. Mai 2021",
            "Von Maria Gruber 25.11.2022",
            "Von Jan Horn und Eva Lind, 3. Mai 2024",
            "Startseite › Politik › Inland",
            "Home > Wirtschaft / Die Inflation sinkt",
            "Seite 2 von 7",
            "↑ Nach oben",
            "» Weiterlesen",
            "Jetzt 4 Wochen gratis testen!",
            "Alle Tore und Highlights im Video – jetzt ansehen",
            "Warnungen direkt aufs Handy: Laden Sie jetzt unsere App herunter!",
            "Diskutieren Sie mit uns in den Kommentaren!",
            "Forum: Wie sehen Sie das?",
            "Debatte: Was meinen Sie?",
            "Diskussion: Ihre Meinung ist gefragt?",
    })
    void flagsBoilerplateLine(String line) {
        String text = "Putin in Nordkorea\n\n" + BODY + "\n\n" + line + "\n";

        List<Finding> findings = detect(text);

        assertThat(flagged(text, findings)).containsExactly(line);
        assertThat(findings.get(0).category()).isEqualTo(Category.BOILERPLATE);
        assertThat(findings.get(0).severity()).isEqualTo(Severity.MAJOR);
        assertThat(findings.get(0).suggestions()).containsExactly("");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Wien – Die Gewerkschaft GPA-djp sieht Handlungsbedarf bei sogenannten All-in-Verträgen.",
            "BERLIN – Die Koalition hat sich auf einen Haushalt geeinigt.",
            "Weiter: 27. Bernd Wiesberger (AUT) 280 (71/68/72/69)",
            "Zurück zur Normalität will die Regierung erst im Herbst.",
            "Teilen Sie diese Ansicht?",
            "Lassen Sie uns ehrlich sein, die Dinge ändern sich nicht über Nacht.",
            "Kaufen Sie Kupfer!",
            "Teile der Stadt sind seit Montag ohne Strom.",
            "Folge davon war ein Streik der Lehrer.",
            "Stimmt das Bild: Politiker packen nicht mit an?",
            "Die Firma teilte auf Facebook mit, der Dienst sei wieder erreichbar.",
            "Sie folgen uns seit Jahren, sagte der Sprecher.",
            "Verteidigungsbeziehungen",
            "Was Nordkorea will",
            "Der Gewinn stieg um 1,5 Millionen Euro (APA).",
            "Der Kommissar hat sich erneut zum Thema Copyright geäußert.",
            "Der Roman erschien zuerst in den USA und wurde ein Bestseller.",
            "Anzeigen gegen den Bürgermeister wurden eingestellt.",
            "Den Nachbarn anzeigen",
            "Analyse: Wie geht es nach der Wahl weiter?",
            "Dem Vertrag zustimmen",
            "„Folgen Sie mir“, rief der Polizist den Passanten zu.",
            "„Wenn Sie den Newsletter nicht lesen, verpassen Sie etwas“, sagte die Chefredakteurin.",
            "Ihr Kommentar in der Zeitung sorgte für Aufregung, sagte der Anwalt.",
            "Sie schrieb einen Kommentar für die Redaktion der Zeitung.",
            "Haben Sie den Newsletter schon abonniert?",
            "Die Firma will Cookies von Drittanbietern im Browser abschaffen, teilte Google mit.",
            "Der Artikel 13 und das Internet",
            "Nachrichten aus Wien und Niederösterreich",
            "Empfehlungen der Expertenkommission",
            "Der Fonds, die Bank und die Versicherung",
            "Rapid · Austria · Sturm liegen in der Tabelle gleichauf, schrieb die Zeitung.",
            "Tore: Müller (12.), Meier (45.) · Gelb: Huber · Zuschauer: 12.000",
            "Das Gesetz sieht vor, dass Sie als Mieter Ihre Kaution binnen 14 Tagen zurückbekommen.",
            "Der Kanzler schrieb am Montag auf Twitter, er sei zufrieden.",
            "Diese Website wurde im Mai gehackt, unsere Seite war nicht betroffen, sagte der Sprecher.",
            "Vor 3 Stunden begann der Streik in allen Werken des Konzerns.",
            "Stand: 3. März 2021 war die Zahl der Fälle noch niedrig.",
            "Erstellt am 2. Mai wurde der Plan dann doch verworfen.",
            "Teilen und herrschen war ihr Prinzip.",
            "Zurück zur Schule",
            "Mit Material aus dem Archiv rekonstruierte die Autorin den Fall.",
            "Von Montag an gilt in Wien eine neue Regel für Radfahrer.",
            "Von Wien nach Graz fahren die Züge ab 3. Mai 2024 wieder.",
            "Seite an Seite kämpften die Soldaten bis zum 3. Mai.",
            "Sie müssen ihre Kommentare zur Reform bis Montag einreichen, sagte die Ministerin.",
            "Home Office bleibt für viele Angestellte die Regel.",
            "Museen kostenlos besuchen können Kinder schon seit Jahren.",
            "Die Regierung will die Sozialhilfe abschließen.",
            "Mit der Tastenkombination Strg+Alt+Entf starteten die Beamten die Rechner neu, sagte der Sprecher.",
            "Eine Studentin protestierte im Kommentarfeld. Wagen Sie es ja nicht, hier ungebeten für meinesgleichen "
                    + "zu sprechen, schrieb die Studentin, laut der seine Kommentare dem Gesundheitssystem nicht helfen.",
    })
    void leavesArticleTextAlone(String line) {
        String text = "Putin in Nordkorea\n\n" + BODY + "\n\n" + line + "\n\n" + BODY + "\n";

        assertThat(detect(text)).isEmpty();
    }

    @Test
    void flagsPhotoCreditAtTheEndOfACaptionFromTheCopyrightSign() {
        String text = BODY + "\n\nKim Jong Un, links, und Wladimir Putin haben ein gemeinsames Interesse an ihrer "
                + "Abneigung gegen die USA gefunden © Alexander Zemlianichenko/AP\n\n" + BODY;

        assertThat(flagged(text, detect(text))).containsExactly("© Alexander Zemlianichenko/AP");
    }

    @Test
    void flagsCreditMarkerAfterACaptionSentence() {
        String text = BODY + "\nDer Kanzler bei der Pressekonferenz. Foto: APA/Roland Schlager\n" + BODY;

        assertThat(flagged(text, detect(text))).containsExactly("Foto: APA/Roland Schlager");
    }

    @Test
    void flagsOnlyTheCallSentenceInsideAParagraph() {
        String text = "Der Bürgermeister eröffnete die neue Brücke am Montag. Abonnieren Sie unseren Newsletter, "
                + "um nichts zu verpassen.";

        assertThat(flagged(text, detect(text)))
                .containsExactly("Abonnieren Sie unseren Newsletter, um nichts zu verpassen.");
    }

    @Test
    void flagsHeadlineLikeLinesThatFollowBoilerplateAtTheEnd() {
        String text = BODY + "\n\n© ALLE RECHTE VORBEHALTEN\n\nLesen Sie den vollständigen Artikel unter\n"
                + "Der Messenger\n\nNEXT Die NATO und die USA erhöhen die Alarmstufe";

        assertThat(flagged(text, detect(text))).containsExactly("© ALLE RECHTE VORBEHALTEN",
                "Lesen Sie den vollständigen Artikel unter", "Der Messenger",
                "NEXT Die NATO und die USA erhöhen die Alarmstufe");
    }

    @Test
    void leavesHeadingsAndBylinesAloneWhenNoBoilerplatePrecedesThem() {
        String text = "Von Armin Schmitt\n" + BODY + "\n\nHindernisse\n\n" + BODY + "\n\nAus der Redaktion\n";

        assertThat(detect(text)).isEmpty();
    }

    @Test
    void keepsOffsetsExactWithCarriageReturns() {
        String text = "Titel\r\n\r\n" + BODY + "\r\n\r\nSchreibe einen Kommentar\r\n";

        List<Finding> findings = detect(text);

        assertThat(flagged(text, findings)).containsExactly("Schreibe einen Kommentar");
        assertThat(detector.id()).isEqualTo("MTQA_BOILERPLATE");
    }

    @Test
    void readsTheReaderAddressOfAnInterviewAsTheInterviewers() {
        String text = "Interview mit der Ministerin\n\nFrau Ministerin, wie bewerten Sie die Lage?\n\nIch lese auch die "
                + "Kommentare unter den Artikeln, auch wenn Ihre Kollegen das für einen Fehler halten.\n\n" + BODY + "\n";

        assertThat(detect(text)).isEmpty();
    }

    @Test
    void flagsAOneWordNavLabelOnlyAfterTheArticle() {
        String text = "Titel\n\n" + BODY + "\n\nArchiv\n\n" + BODY + "\n\nThemen\nPolitik\nWirtschaft\n";

        assertThat(flagged(text, detect(text))).containsExactly("Themen", "Politik", "Wirtschaft");
    }

    @Test
    void leavesRowsOfResultsAndPlacesInsideTheArticleAlone() {
        String text = BODY + "\n\nTabelle: 1. Salzburg 45 · 2. Sturm 41 · 3. Rapid 38\n\n" + BODY + "\n";

        assertThat(detect(text)).isEmpty();
    }

    @Test
    void leavesTheQuestionsOfAnInterviewAlone() {
        String text = "Die Ministerin im Gespräch\n\nFrage: Wie sehen Sie das?\nDas Gesetz ist gut und kommt rechtzeitig.\n"
                + "Frage: Was sagen Sie den Kritikern?\nSie sollen es erst einmal lesen.\n";

        assertThat(detect(text)).isEmpty();
    }

    @Test
    void leavesAnInterviewQuestionWithItsLabelledAnswerAlone() {
        String text = "Die Bäuerin im Gespräch\n\nDie Felder sind trocken.\nFrage: Was wünschen Sie sich von der Politik?\n"
                + "Berger: Verlässlichkeit. Das ist alles.\n";

        assertThat(detect(text)).isEmpty();
    }
}
