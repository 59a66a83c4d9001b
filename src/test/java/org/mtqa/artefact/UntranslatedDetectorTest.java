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

class UntranslatedDetectorTest {

    private static final String BODY = "Putin ist genau 24 Jahre nach seinem letzten Besuch in Nordkorea gelandet und "
            + "signalisiert damit eine zunehmende Annäherung zwischen den beiden Ländern.";

    private final UntranslatedDetector detector = new UntranslatedDetector(TestLexicon.GERMAN, TestLexicon.LANGUAGES);

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
    void flagsEnglishSentenceInsideGermanText() {
        String text = "Putin traf Kim in Pjöngjang. Click here to read more. Die Gespräche dauerten zwei Stunden.";

        assertThat(flagged(text)).containsExactly("Click here to read more.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Le projet de loi sera présenté au Conseil des ministres la semaine prochaine.|French",
            "Según fuentes oficiales, la obra costó más de diez millones de euros.|Spanish",
            "Il sindaco ha detto che i lavori inizieranno a settembre.|Italian",
            "A polícia informou que ninguém ficou ferido no incidente.|Portuguese",
            "De gemeenteraad heeft het plan vorige week goedgekeurd.|Dutch",
            "Rada miasta zatwierdziła budżet na przyszły rok.|Polish",
            "Ekonomistler faiz artışının devam edeceğini düşünüyor.|Turkish",
            "Guvernul a anunțat noi măsuri pentru sprijinirea economiei.|Romanian",
            "Vláda oznámila, že nové volby se budou konat na jaře.|Czech",
            "Officials said the bridge would reopen to traffic next spring.|English",
            "Власти заявили, что мост откроют весной.|Russian"
    })
    void flagsSentenceInAnySourceLanguage(String sentence, String language) {
        String text = "Brücke bleibt gesperrt\n\nDie Sanierung dauert länger als geplant. " + sentence
                + " Die Kosten trägt das Land.\n";

        List<Finding> findings = detector.detect(AnalysedText.of(text));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(text.substring(f.start(), f.end())).isEqualTo(sentence);
            assertThat(f.message()).contains(language);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Lees verder", "Czytaj więcej", "Devamını oku", "Continua a leggere", "Ver más noticias",
            "Lire la suite", "Leia também: Presidente anuncia novas medidas", "Читать далее",
            "Подробнее о проекте", "Leggi anche: Serie B, la classifica finale e i verdetti dei playoff",
            "Læs også: Regeringen vil sænke skatten", "Lue lisää: Suomen hallitus päätti uusista toimista",
            "Baca juga: Pemerintah akan menurunkan pajak"
    })
    void flagsFurnitureLineInAnySourceLanguage(String line) {
        String text = "Putin und Kim stärken Allianz\n\n" + BODY + "\n\n" + line + "\n";

        assertThat(flagged(text)).containsExactly(line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Laut den autorités sanitaires ist die Zahl der Erkrankungen gestiegen.|autorités sanitaires",
            "Nach Angaben der vigili del fuoco brannte das Gebäude vollständig aus.|vigili del fuoco",
            "Die Behörde meldete den Fall den servicios de emergencia am Montag.|servicios de emergencia",
            "Der Rat stimmte zu. Le projet a été adopté par 42 voix contre 17. Der Bau beginnt.|Le projet a été adopté par 42 voix contre",
            "„A água subiu em menos de uma hora“, sagte der Fischer.|A água subiu em menos de uma hora",
            "Ein Sprecher nannte das Projekt „jako važno za cijelu regiju“ und verwies auf die EU.|jako važno za cijelu regiju",
            "Die Polizei sperrte die Straße, as reported by local media, für mehrere Stunden.|as reported by local media",
            "Die Opposition warf der Regierung vor, die Schulden bez opamiętania zu erhöhen.|bez opamiętania",
            "Der Trainer beschwerte sich sin embargo nach dem Spiel über den Schiedsrichter.|sin embargo",
            "Die Flüsse traten über die Ufer. Secondo la Protezione civile wurden 300 Menschen gerettet.|Secondo la Protezione civile",
            "Die Ermittlungen laufen. Według prokuratury wurde der Mann festgenommen.|Według prokuratury",
            "Der Preis liegt bei rund €180. Several roads were closed as a precaution. Große Anpassungen sind nicht zu erwarten.|Several roads were closed as a precaution."
    })
    void flagsStretchOfAnotherLanguageInsideGermanSentence(String sentence, String stretch) {
        assertThat(flagged(BODY + " " + sentence)).containsExactly(stretch);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mehr als 850 Firefighter sind im Einsatz.|Firefighter",
            "Der Governor unterzeichnete das Gesetz am Montag.|Governor",
            "Die prokuratura wirft ihnen Betrug vor.|prokuratura",
            "Jede raitiovaunu der neuen Serie bietet Platz für 264 Fahrgäste.|raitiovaunu"
    })
    void flagsSingleForeignWordAsMinor(String sentence, String word) {
        String text = BODY + " " + sentence;
        List<Finding> findings = detector.detect(AnalysedText.of(text));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(text.substring(f.start(), f.end())).isEqualTo(word);
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Emmanuel Macron traf Real Madrid in Santa Cruz de Tenerife.",
            "Die Bank Monte dei Paschi di Siena braucht frisches Kapital.",
            "Der Film „La vita è bella“ lief im Kino, ebenso »Le fabuleux destin d'Amélie Poulain«.",
            "Der Song \"Despacito\" von Luis Fonsi lief im Radio.",
            "Beim Festival lief auch El abrazo de la serpiente aus Kolumbien.",
            "Heast, des is a Wahnsinn, hat er gsagt.",
            "Der Schmäh rennt, sagte der Wirt beim Heurigen im Beisl.",
            "Er sagte nur: Je ne regrette rien.",
            "Das ist de facto ein Ultimatum, und der Status quo bleibt ad hoc bestehen.",
            "Die Partei Jabloko (Яблоко) verlor Stimmen.",
            "Die Pixelgröße beträgt 1,55 μm.",
            "Das Treffen fand in São Paulo statt, danach reiste er nach Kraków und Zürich.",
            "Die Forschung nennt das local sleep, eine Kombination aus money and meaning.",
            "Real Madrid",
            "Der Roman „Cien años de soledad“ bleibt ein Klassiker, sagte die Kritikerin.",
            "Die Raiders sind hart, und die Raiders hoffen auf den Titel.",
            "Das war wie der Rumble in the Jungle, hatte er gesagt.",
            "Die Band spielte „la bamba“ und „o sole mio“ als Zugabe.",
            "Jede Fraktion und manche Ausschüsse stimmten zu."
    })
    void leavesNamesTitlesDialectAndQuotationsAlone(String line) {
        String text = "Titel\n\n" + BODY + "\n\n" + line + "\n";

        assertThat(flagged(text)).isEmpty();
    }

    @Test
    void leavesEmbeddedPostAndItsQuotationAlone() {
        String text = BODY + " Das Video zeigt den Sturz. All good in the hood guys. Thanks for the messages. "
                + "pic.twitter.com/SGB8NEss Später postete er ein Foto. All good in the hood guys. Thanks for the "
                + "messages, so der Radprofi.";

        assertThat(flagged(text)).isEmpty();
    }

    @Test
    void flagsWholeLineSentenceInEnglish() {
        String text = "Titel\n\n" + BODY + "\n\nThe talks are expected to continue next week.\n";

        assertThat(flagged(text)).containsExactly("The talks are expected to continue next week.");
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
            "Die nächsten Partien der best of seven-Serie werden in Cleveland ausgetragen.",
            "Er kritisierte das Noli me tangere der politischen Korrektheit.",
            "Die Ausstellung öffnete am 2025年3月12日 in Tokio.",
            "Es ist die klassische Kombination aus money and meaning, sagt die Gründerin.",
            "Mehr unter www.this-is-the-best.com oder per Mail an info@from-the-web.at.",
            "Korea Department",
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
