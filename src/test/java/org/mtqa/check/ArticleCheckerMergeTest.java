package org.mtqa.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.finding.Source;

class ArticleCheckerMergeTest {

    @Test
    void merge_DetectorFindingAbsorbsOverlappingLanguageToolFindingAndKeepsItsSuggestions() {
        Finding fused = finding(Category.FUSED_WORD, Source.MTQA, 10, 14, List.of("an wo"));
        Finding speller = finding(Category.SPELLING, Source.LANGUAGETOOL, 10, 14, List.of("an wo", "anno"));

        List<Finding> merged = ArticleChecker.merge(List.of(fused), List.of(speller));

        assertThat(merged).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(Category.FUSED_WORD);
            assertThat(f.suggestions()).containsExactly("an wo", "anno");
        });
    }

    @Test
    void merge_LanguageToolSuggestionsAreNotAddedToALargerSpan() {
        Finding line = finding(Category.BOILERPLATE, Source.MTQA, 0, 40, List.of(""));
        Finding speller = finding(Category.SPELLING, Source.LANGUAGETOOL, 0, 4, List.of("PR"));

        assertThat(ArticleChecker.merge(List.of(line), List.of(speller)))
                .singleElement().extracting(Finding::suggestions).isEqualTo(List.of(""));
    }

    @Test
    void merge_KeepsSeparateFindingsInTextOrder() {
        Finding late = finding(Category.QUOTATION, Source.MTQA, 50, 51, List.of());
        Finding early = finding(Category.GRAMMAR, Source.LANGUAGETOOL, 3, 8, List.of());

        assertThat(ArticleChecker.merge(List.of(late), List.of(early))).containsExactly(early, late);
    }

    @Test
    void withoutExplainedByMojibake_DropsDetectorFindingsInsideAnEncodingFindingOnly() {
        Finding mojibake = finding(Category.ENCODING, Source.MTQA, 10, 19, List.of("Ökonomen"));
        Finding inside = finding(Category.UNTRANSLATED, Source.MTQA, 10, 11, List.of());
        Finding wider = finding(Category.UNTRANSLATED, Source.MTQA, 0, 30, List.of());
        Finding elsewhere = finding(Category.FUSED_WORD, Source.MTQA, 40, 45, List.of());

        assertThat(ArticleChecker.withoutExplainedByMojibake(List.of(mojibake, inside, wider, elsewhere)))
                .containsExactly(mojibake, wider, elsewhere);
    }

    @Test
    void withoutAllowed_DropsFindingsWhoseTextIsOnTheAllowList() {
        String text = "Das meldete die Agentur TASS am Abend.";
        Finding tass = finding(Category.SPELLING, Source.LANGUAGETOOL, 24, 28, List.of("SS"));
        Finding abend = finding(Category.STYLE, Source.LANGUAGETOOL, 32, 37, List.of());

        assertThat(AllowList.of(List.of("TASS")).withoutAllowed(text, List.of(tass, abend)))
                .containsExactly(abend);
    }

    private static Finding finding(Category category, Source source, int start, int end, List<String> suggestions) {
        return new Finding(category, "R", source, Severity.MINOR, start, end, "m", suggestions);
    }
}
