package org.mtqa.languagetool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
            "DE_COMPOUNDS, SPELLING, MINOR"})
    void rulesMapToCategoryAndSeverity(String ruleId, Category category, Severity severity) {
        Rule rule = rule(ruleId);

        assertThat(LanguageToolCategories.of(rule)).isEqualTo(category);
        assertThat(LanguageToolCategories.severityOf(rule, category)).isEqualTo(severity);
    }

    @ParameterizedTest
    @CsvSource({
            "DE_COMPOUNDS, Elektro Autos, Elektroautos, SPLIT_WORD, MAJOR",
            "FUGEN_S_ZUSAMMENSCHREIBUNG, Bestechungs Gelder, Bestechungsgelder, SPLIT_WORD, MAJOR",
            "ELF_FUSSBALL_SPIELER, Holz Schnitte, Holzschnitte, SPLIT_WORD, MAJOR",
            "DE_COMPOUNDS, Davis Cup, Davis-Cup, SPELLING, MINOR",
            "DE_COMPOUNDS, Benefiz-Konzert, Benefizkonzert, SPELLING, MINOR",
            "DE_COMPOUNDS, all zu, allzu, SPELLING, MINOR",
            "ZUSAMMENGESETZTE_VERBEN, auf geführt, aufgeführt, SPLIT_WORD, MINOR",
            "DE_AGREEMENT, der Autos, die Autos, GRAMMAR, MINOR",
            "GERMAN_WORD_REPEAT_RULE, in in, in, DUPLICATE_TEXT, MINOR",
            "GERMAN_WORD_REPEAT_RULE, bleiben bleiben, bleiben, DUPLICATE_TEXT, MINOR",
            "GERMAN_WORD_REPEAT_RULE, Klug klug, Klug, STYLE, INFO",
            "GERMAN_WORD_REPEAT_RULE, Das das, Das, STYLE, INFO"})
    void matchesOfAnArtefactShapeTakeItsCategory(String ruleId, String matched,
            String suggestion, Category category, Severity severity) {
        Rule rule = rule(ruleId);

        Category actual = LanguageToolCategories.of(rule, matched, List.of(suggestion));

        assertThat(actual).isEqualTo(category);
        assertThat(LanguageToolCategories.severityOf(rule, actual)).isEqualTo(severity);
    }

    private static Rule rule(String id) {
        return TestLexicon.LANGUAGE_TOOL.instance().getAllRules().stream()
                .filter(r -> r.getId().equals(id)).findFirst().orElseThrow();
    }
}
