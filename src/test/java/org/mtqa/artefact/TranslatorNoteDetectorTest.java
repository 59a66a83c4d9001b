package org.mtqa.artefact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtqa.finding.Severity;
import org.mtqa.text.AnalysedText;

class TranslatorNoteDetectorTest {

    private static final String ARTICLE = "Der Gemeinderat hat am Montag das Budget beschlossen.";

    private final TranslatorNoteDetector detector = new TranslatorNoteDetector();

    @ParameterizedTest
    @ValueSource(strings = {
            "Selbstverständlich! Hier ist der Artikel ins Deutsche übertragen und übersetzt:",
            "Hier die deutsche Fassung des Berichts:",
            "Anm. d. Ü.: Die Summe wurde in Euro umgerechnet.",
            "(Anmerkung des Übersetzers: gemeint ist das Unterhaus)",
            "Den Begriff habe ich sinngemäß übersetzt.",
            "Ich hoffe, das ist hilfreich!",
            "Soll ich den Text noch an einen anderen Stil anpassen?",
            "Wenn Sie eine kürzere Version wünschen, sagen Sie es mir.",
            "```",
            "```markdown",
            "**Übersetzung:**",
            "### Deutsche Fassung",
            "Hinweis: Ortsnamen wurden nicht übersetzt.",
            "(Anm.: Das Zitat ist frei übersetzt.)",
            "Übersetzerhinweis: Die Überschrift wurde angepasst und übersetzt.",
            "Anmerkung: Der Schluss fehlte im Original.",
            "Note: Two idioms were left untranslated.",
            "Möchten Sie, dass ich eine Überschrift vorschlage?",
            "Übersetzt mit DeepL.com (kostenlose Version)",
            "Maschinell übersetzt von Google Translate",
            "Hinweis zur Übersetzung: Die Eigennamen wurden nach gängiger Umschrift wiedergegeben.",
            "[Note: \"Bezirk\" was rendered as \"district\".]",
            "Note: Some place names have been kept in their local spelling.",
            "Hope this helps!",
            "Let me know if you need a shorter version.",
            "[Satz im Original unleserlich]",
            "(Hinweis: im Französischen „commune“ – hier „Gemeinde“ übersetzt)",
            "(Anm.: „Landtag“ steht hier für „regional parliament“)",
            "Hinweis: Zwei Absätze wurden ausgelassen.",
            "Übersetzt aus dem Koreanischen.",
            "Einige Fachbegriffe wurden sinngemäß wiedergegeben."})
    void chatterOnALineOfItsOwn_IsFlagged(String note) {
        String text = ARTICLE + "\n" + note + "\n" + ARTICLE;

        DetectorAssertions.assertSingleFinding(detector, text, note, Severity.MAJOR, "");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "„Ich hoffe, das hilft den Opfern“, sagte die Ministerin.",
            "„Ich habe den Text nicht übersetzt, ich habe ihn geschrieben“, sagte die Autorin.",
            "Die Übersetzung des Romans erscheint im Mai.",
            "Der Präsident sprach auf Deutsch, sagte er.",
            "Interpretiere ich Sie richtig, dass das Budget steigt?",
            "Was meinen Sie damit?",
            "Hinweis: Die Straße bleibt bis Freitag gesperrt.",
            "Das Original hängt im Louvre, eine Kopie in Wien.",
            "Anmerkung: Die Polizei bittet um Hinweise.",
            "**Wien:** Die Stadt baut.",
            "Übersetzt von einer Freiwilligen aus dem Dorf, wurde der Brief im Rathaus verlesen und danach im Archiv der Stadt abgelegt.",
            "Der Roman erschien 2019 (Übersetzung: Anna Berg) bei Hanser.",
            "Der Film (Originaltitel: The Hunt) läuft ab Freitag.",
            "Im Zentrum von Outline (im Original 2014 erschienen) steht eine Frau.",
            "Die Note: sehr gut, sagte der Lehrer.",
            "Die Briefe wurden gefunden und nun ins Deutsche übersetzt.",
            "Die Abkürzung ÖGB steht für Österreichischer Gewerkschaftsbund."})
    void newsProse_StaysSilent(String sentence) {
        assertThat(detector.detect(AnalysedText.of(ARTICLE + " " + sentence))).isEmpty();
    }
}
