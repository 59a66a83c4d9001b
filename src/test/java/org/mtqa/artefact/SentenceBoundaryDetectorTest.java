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
            "Die Minister haben lange verhandelt Allerdings fehlt noch eine Einigung.|Allerdings|allerdings",
            "Die Armee hat geliefert Russische Panzer an die Front.|Russische|russische",
    })
    void flagsCapitalisedWordThatCanOnlyStartASentence(String text, String word, String suggestion) {
        List<Finding> findings = detect(text);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(text.substring(f.start(), f.end())).isEqualTo(word);
            assertThat(f.suggestions()).containsExactly(suggestion);
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
        });
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
    })
    void leavesRightlyCapitalisedWordsAlone(String text) {
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
