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

class UntranslatedDetectorTest {

    private static final String BODY = "Putin ist genau 24 Jahre nach seinem letzten Besuch in Nordkorea gelandet und "
            + "signalisiert damit eine zunehmende Annäherung zwischen den beiden Ländern.";

    private final UntranslatedDetector detector = new UntranslatedDetector(TestLexicon.GERMAN);

    private List<String> flagged(String text) {
        List<Finding> findings = detector.detect(AnalysedText.of(text));
        findings.forEach(f -> {
            assertThat(f.category()).isEqualTo(Category.UNTRANSLATED);
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
        });
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2 mins read",
            "Latest from Blog",
            "withemes on instagram",
            "Read more",
            "Click here",
            "Share this article",
            "Posted by admin",
            "Leave a comment",
            "Related posts",
            "Follow us on Telegram"
    })
    void flagsEnglishFurnitureLine(String line) {
        String text = "Putin und Kim stärken Allianz\n\n" + BODY + "\n\n" + line + "\n";

        assertThat(flagged(text)).containsExactly(line);
    }

    @Test
    void flagsEnglishRunInsideGermanText() {
        String text = "Putin traf Kim in Pjöngjang. Click here to read more. Die Gespräche dauerten zwei Stunden.";

        assertThat(flagged(text)).containsExactly("Click here to read more");
    }

    @Test
    void flagsEnglishFragmentBetweenGermanWords() {
        String text = "Die Regierung hat die Maßnahmen verschärft, read more about the Abkommen im nächsten Bericht.";

        assertThat(flagged(text)).containsExactly("read more about the");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Viele Beschäftigte arbeiten seit der Pandemie im Homeoffice.",
            "Das Start-up hat ein neues Team und viel Know-how, aber auch mit Fake News zu kämpfen.",
            "Nach dem Shutdown der Behörden blieb der Brexit das wichtigste Thema.",
            "Laut The Economist ist die Lage ernst.",
            "Aaron Arnold vom Royal United Services Institute sagte, der Handel verstoße gegen Sanktionen.",
            "Alexander Gabuev, Senior Fellow bei der Carnegie Endowment for International Peace, widersprach.",
            "Die New York Times und das Wall Street Journal berichteten darüber.",
            "Die Serie Game of Thrones und der Film Lord of the Rings liefen im Kino.",
            "Er produzierte die Rockoper Tommy von The Who.",
            "Der Film „The Lord of the Rings“ läuft wieder, ebenso \"We are the champions\" im Radio.",
            "Rust sales grew 74% when we added female models with forced gender pic.twitter.com/oOo10gTVc2",
            "Seine alte Seglerweisheit: To finish first, first you have to finish.",
            "Exportiert werden zukunftsgerichtete Produkte, zu sehr state of the art.",
            "Mehr unter www.this-is-the-best.com oder per Mail an info@from-the-web.at.",
            "Korea Department",
            "All good in the hood guys.",
            "Kim Jong Un pflegt engere Beziehungen zu Wladimir Putin"
    })
    void leavesLoanwordsNamesAndQuotationsAlone(String line) {
        String text = "Titel\n\n" + BODY + "\n\n" + line + "\n";

        assertThat(flagged(text)).isEmpty();
    }

    @Test
    void leavesMarkupToItsOwnDetector() {
        assertThat(flagged(BODY + "\n[instagram-feed feed=1]\n")).isEmpty();
    }
}
