package org.mtqa.languagetool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.languagetool.rules.Rule;
import org.mtqa.artefact.TestLexicon;
import org.mtqa.finding.Category;
import org.mtqa.finding.Severity;

class LanguageToolCategoriesTest {

    @ParameterizedTest
    @CsvSource({
            "GERMAN_SPELLER_RULE, SPELLING, MINOR",
            "DE_AGREEMENT, GRAMMAR, MINOR",
            "DE_CASE, GRAMMAR, MINOR",
            "KOMMA_VOR_SONDERN, PUNCTUATION, MINOR",
            "EMPFOHLENE_ZUSAMMENSCHREIBUNG, SPELLING, INFO",
            "F_ANSTATT_PH, SPELLING, INFO",
            "JONG_UN, SPELLING, INFO",
            "DE_MULTITOKEN_SPELLING_TWO, SPELLING, INFO",
            "DE_DOUBLE_PUNCTUATION, PUNCTUATION, MINOR",
            "DE_UNPAIRED_QUOTES, QUOTATION, MINOR",
            "DE_COMPOUNDS, SPLIT_WORD, MAJOR",
            "FUGEN_S_ZUSAMMENSCHREIBUNG, SPLIT_WORD, MAJOR",
            "ELF_FUSSBALL_SPIELER, SPLIT_WORD, MAJOR"})
    void rulesMapToCategoryAndSeverity(String ruleId, Category category, Severity severity) {
        Rule rule = TestLexicon.LANGUAGE_TOOL.instance().getAllRules().stream()
                .filter(r -> r.getId().equals(ruleId)).findFirst().orElseThrow();

        assertThat(LanguageToolCategories.of(rule)).isEqualTo(category);
        assertThat(LanguageToolCategories.severityOf(rule)).isEqualTo(severity);
    }
}
