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

class DuplicateTextDetectorTest {

    private static final String BODY = "Der russische Präsident, der Nordkorea zum ersten Mal seit 24 Jahren "
            + "besuchte, landete in Pjöngjang. Die Hauptstraßen waren mit Porträts von Putin geschmückt.";

    private final DuplicateTextDetector detector = new DuplicateTextDetector(TestLexicon.GERMAN);

    private List<Finding> detect(String text) {
        return detector.detect(AnalysedText.of(text));
    }

    private static List<String> flagged(String text, List<Finding> findings) {
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @Test
    void flagsTheSecondAndThirdCopyOfATitle() {
        String title = "Putin kommt mit einem neuen Vertrag in Nordkorea an";
        String text = title + "\n\n" + title + "\n" + title + "\n-\nSEOUL –\n\n" + BODY + "\n";

        List<Finding> findings = detect(text);

        assertThat(findings).extracting(Finding::start)
                .containsExactly(title.length() + 2, 2 * title.length() + 3);
        assertThat(flagged(text, findings)).containsExactly(title, title);
        assertThat(findings.get(0).category()).isEqualTo(Category.DUPLICATE_TEXT);
        assertThat(findings.get(0).severity()).isEqualTo(Severity.MAJOR);
        assertThat(findings.get(0).suggestions()).containsExactly("");
    }

    @Test
    void flagsATruncatedRepeatBehindAnIdNumber() {
        String text = "Kim Jong Un pflegt nach dem Krieg in der Ukraine engere Beziehungen zu Wladimir Putin\n\n"
                + "1662611347 Kim Jong Un pflegt nach dem Krieg in der Ukraine\n\n\n" + BODY + "\n";

        assertThat(flagged(text, detect(text))).containsExactly("Kim Jong Un pflegt nach dem Krieg in der Ukraine");
    }

    @Test
    void flagsACopyCutOffInsideAWord() {
        String text = "Die Regierung in Wien hat die Steuern für kleine Betriebe deutlich gesenkt.\n"
                + "Die Regierung in Wien hat die Steuern für kl\n" + BODY;

        assertThat(flagged(text, detect(text))).containsExactly("Die Regierung in Wien hat die Steuern für kl");
    }

    @Test
    void ignoresCasePunctuationAndSpacing() {
        String text = "Putin kommt mit einem neuen Vertrag in Nordkorea an\n"
                + "PUTIN KOMMT  MIT EINEM NEUEN VERTRAG IN NORDKOREA AN!\n" + BODY;

        assertThat(flagged(text, detect(text))).containsExactly("PUTIN KOMMT  MIT EINEM NEUEN VERTRAG IN NORDKOREA AN!");
    }

    @Test
    void flagsASentenceRepeatedRightAfterItself() {
        String sentence = "Die Regierung hat die Steuern für kleine Betriebe deutlich erhöht.";
        String text = sentence + " " + sentence + " Danach protestierten die Händler.";

        assertThat(flagged(text, detect(text))).containsExactly(sentence);
        assertThat(detect(text).get(0).start()).isEqualTo(sentence.length() + 1);
    }

    @Test
    void flagsARepeatedParagraphAsOneFinding() {
        String text = "Titel des Artikels\n\n" + BODY + "\n\nEin anderer Absatz folgt hier.\n\n" + BODY + "\n";

        List<Finding> findings = detect(text);

        assertThat(flagged(text, findings)).containsExactly(BODY);
        assertThat(findings.get(0).start()).isEqualTo(text.lastIndexOf(BODY));
    }

    @Test
    void flagsALongSentenceRepeatedFarLater() {
        String sentence = "Die Entscheidung fiel einstimmig und entsprach weitgehend den Erwartungen der Märkte.";
        String text = "Zinsen steigen\n\nDie Notenbank hat den Leitzins angehoben. " + sentence + "\n\n" + BODY
                + "\n\nDer Leitindex schloss im Minus. " + sentence + "\n";

        assertThat(flagged(text, detect(text))).containsExactly(sentence);
        assertThat(detect(text).get(0).start()).isEqualTo(text.lastIndexOf(sentence));
    }

    @Test
    void flagsALaterSentenceThatRepeatsAnEarlierOneCutShort() {
        String copy = "Am Samstag demonstrierten nach Polizeiangaben rund 4.000 Menschen in der Innenstadt gegen das "
                + "Projekt.";
        String text = "Protest gegen Batteriewerk\n\nIm Osten wächst der Widerstand. " + copy.replace("Projekt.",
                "Projekt des Herstellers, die Veranstalter sprachen von mehr als 7.000 Teilnehmenden.") + "\n\n" + BODY
                + "\n\n" + copy + " Die nächste Anhörung ist im Mai.\n";

        assertThat(flagged(text, detect(text))).containsExactly(copy);
    }

    @Test
    void flagsANearCopyWithSomeWordsChanged() {
        String original = "Die Forschenden hatten im Sommer an 42 Stellen Wasserproben entnommen, verteilt über eine "
                + "Strecke von mehr als 390 Meilen entlang des Ufers.";
        String copy = "Die Forscher hatten im Sommer an 42 Stellen Wasserproben genommen, verteilt über eine Strecke "
                + "von mehr als 600 Kilometern entlang des Ufers.";
        String text = "Mikroplastik im Baikalsee\n\n" + original + " In der Nähe von Siedlungen fanden sie die meisten "
                + "Partikel.\n\n" + BODY + "\n\n"
                + copy + " Besonders hohe Werte maßen sie an der Mündung.\n";

        assertThat(flagged(text, detect(text))).containsExactly(copy);
    }

    @Test
    void flagsAParaphrasedCopyRightAfterItsOriginal() {
        String copy = "Die Regierung hat am Montag ein neues Gesetz für den Klimaschutz im Parlament präsentiert.";
        String text = "Klimagesetz\n\nDie Regierung hat am Montag ein neues Gesetz zum Klimaschutz im Parlament "
                + "vorgestellt. " + copy + " Die Opposition übte Kritik.\n";

        assertThat(flagged(text, detect(text))).containsExactly(copy);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Die Tankwagen fahren, fahren, fahren, fahren, fahren nur bestimmte Straßen an.|', fahren, fahren, fahren, fahren'",
            "Die Fans sangen und sangen und sangen und sangen und sangen noch lange nach dem Schlusspfiff."
                    + "|' und sangen und sangen und sangen und sangen'",
            "Sie versprach eine Verbesserung der Versorgung der Versorgung der Versorgung und neue Brunnen."
                    + "|' der Versorgung der Versorgung'",
            "Die Polizei sucht nach dem Täter, dem Täter, dem Täter und bittet um Hinweise.|', dem Täter, dem Täter'",
            "Wir werden weiter informieren, wir werden weiter informieren.|', wir werden weiter informieren'",
            "Auch die Auch die Gemeinden zahlen mit.|' Auch die'",
            "Die Exporte sind eingebrochen, eingebrochen, eingebrochen und erholen sich nicht.|', eingebrochen, eingebrochen'",
            "Der Verein verteidigte die Tabellenführung Tabellenführung Tabellenführung am Sonntag.|' Tabellenführung Tabellenführung'",
            "Der Antrag kam von Anna Berger vom Anna Berger vom Verband.|' Anna Berger vom'",
            "Wir werden weiter informieren, wir werden weiter informieren, wir werden weiter berichten."
                    + "|' informieren, wir werden weiter informieren, wir werden weiter'",
            "Das Feuer brach in der Nacht in der Nacht in der Nacht in der Nacht aus.|' in der Nacht in der Nacht in der Nacht'",
            "Das ist gut. Das ist gut. Das ist gut. Das ist gut, sagte der Trainer.|'. Das ist gut. Das ist gut. Das ist gut'",
            // inside a longer quotation the loop is the translation's, not the speaker's
            "„Früher reichte es, jetzt reicht das Wasser, Wasser, Wasser, Wasser nicht einmal für eine Ernte“, sagte er."
                    + "|', Wasser, Wasser, Wasser'",
    })
    void flagsRepetitionLoopsKeepingTheFirstUnit(String text, String repeats) {
        List<Finding> findings = detect(text);
        assertThat(flagged(text, findings)).containsExactly(repeats);
        assertThat(findings.get(0).severity()).isEqualTo(Severity.MAJOR);
        assertThat(findings.get(0).suggestions()).containsExactly("");
    }

    @Test
    void flagsATitleRepeatedFarLaterInItsOwnLine() {
        String title = "Putin kommt mit einem neuen Vertrag in Nordkorea an";
        String text = title + "\n\n" + BODY + "\n\nDie Gespräche dauerten bis in die Nacht. Danach reiste er "
                + "weiter nach Vietnam.\n\n" + title + "\n";

        assertThat(flagged(text, detect(text))).containsExactly(title);
    }

    @Test
    void flagsAPhraseRepeatedFortyTimes() {
        String text = "Die Lieferungen kamen " + "mit dem Lastwagen ".repeat(40) + "in die Stadt.";

        List<Finding> findings = detect(text);

        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).contains("40 times"));
        String repaired = text.substring(0, findings.get(0).start()) + text.substring(findings.get(0).end());
        assertThat(repaired).isEqualTo("Die Lieferungen kamen mit dem Lastwagen in die Stadt.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // emphasis, idioms and quoted chants
            "Das war sehr, sehr knapp, und es wird immer wieder so sein, immer und immer wieder.",
            "„Nein, nein, nein“, sagte sie, „das geht so nicht.“",
            "Die Preise stiegen Jahr für Jahr, und die Firma wuchs Schritt für Schritt.",
            "„Wir sind das Volk, wir sind das Volk“, riefen die Demonstranten vor dem Rathaus.",
            "„Olé, olé, olé“, sangen die Fans, und „Tor, Tor, Tor“ rief der Reporter.",
            "Die Kinder riefen: „Hoch die Hände, hoch die Hände.“",
            // number formulas in results
            "Rapid – Austria 1:0 (0:0). Salzburg – Sturm 2:0 (0:0). LASK – WAC 0:0 (0:0). Altach – Ried 0:0 (0:0).",
            "Tore: 1:0 (12.) Müller, 2:0 (45.) Müller, 2:1 (78.) Huber. Gelb: Müller, Huber.",
            // list items sharing a prefix
            "Die Stadt plant neue Radwege in der Innenstadt.\nDie Stadt plant neue Radwege am Stadtrand.",
            "- Die Stadt plant bis zum Jahr 2030 neue Radwege entlang der Donau.\n"
                    + "- Die Stadt plant bis zum Jahr 2030 neue Radwege entlang des Wienflusses.",
            "Licht auf ein älteres Ehepaar an einem der Tische im ersten Stock. Sie essen. Er liest Zeitung.\n"
                    + "Licht auf ein älteres Ehepaar an einem der Tische im Parterre.",
            // a teaser sentence told again at length
            "Der Sender zeigt die Serie ab Mittwoch.\nIn der ersten Sendung präsentiert sie fünf Wirte, die auf der Suche "
                    + "nach einer Frau sind.\nIn der ersten Sendung präsentiert sie den Sehern jene fünf Wirte, die ihr "
                    + "Singleleben satt haben und auf der Suche nach einer Frau sind.",
            // parallel sentences that differ in their figures
            "Im Jahr 2022 kamen rund 300 Besucher aus ganz Österreich in das neue Museum.\n"
                    + "Im Jahr 2023 kamen rund 450 Besucher aus ganz Österreich in das neue Museum.",
            // a teaser run into the first paragraph and quoted again in the body, as 10kGNAD articles do
            "An handwerklichem Können ist Servus TV nicht gescheitert. Woran aber dann? " + BODY + " Er hatte "
                    + "viele Zuschauer, aber zu wenig Werbung. An handwerklichem Können ist Servus TV nicht gescheitert.",
            // a figure of speech: a short phrase repeated once
            "Ich kenne Istrien ein bisschen. Schon aus jugoslawischer Zeit, schon aus jugoslawischer Zeit auch mit ihr.",
            // a short quote taken up again far away
            "„Das ist gut so“, sagte der Minister am Montag. " + BODY + " Ein Sprecher sagte später: „Das ist gut so“.",
    })
    void leavesNaturalRepetitionAlone(String text) {
        assertThat(detect(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // short headings and phrases recur naturally
            "Hindernisse\n\nDer Plan stößt auf Hindernisse.\n\nHindernisse\n\nDas sagte er.\n\nDas sagte er.",
            // a short teaser question taken up again far away
            "Woran ist der Sender gescheitert? Eines ist klar: Der Sender war teuer. Er hatte viele Zuschauer, "
                    + "aber zu wenig Werbung. Die Eigentümer zogen die Reißleine. Woran ist der Sender gescheitert?",
            // the same start, different continuations
            "Die Regierung hat die Steuern deutlich erhöht.\nDie Regierung hat die Steuern deutlich gesenkt.",
            // different numbers are different sentences
            "Im Jahr 2022 kamen 300 Besucher in das Museum.\nIm Jahr 2023 kamen 300 Besucher in das Museum.",
            // ordinals do not end sentences, so no fragment repeats
            "Er startet am Sonntag zu seinem 150. Grand Prix in der Königsklasse. Für Ferrari ist es der 900. "
                    + "Grand Prix in der Königsklasse."
    })
    void leavesNaturalRecurrenceAlone(String text) {
        assertThat(detect(text)).isEmpty();
    }

    @Test
    void sentenceRepeatedWithItsWordsMoved_IsACopy() {
        String text = "Der Minister trat vor die Presse. „Die Steuern senken wir jetzt.“ „Jetzt senken wir die Steuern.“"
                + " Dann ging er.";

        assertThat(detector.detect(AnalysedText.of(text))).singleElement()
                .satisfies(f -> assertThat(text.substring(f.start(), f.end())).contains("Jetzt senken wir die Steuern"));
    }
}
