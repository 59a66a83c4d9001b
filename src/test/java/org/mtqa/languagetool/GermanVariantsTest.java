package org.mtqa.languagetool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.de.GermanSpellerRule;
import org.mtqa.artefact.TestLexicon;

class GermanVariantsTest {

    /** Names, a recurring name, a long typo, a lowercase typo and a fused word, as MT news has them. */
    private static final String NEWS = "Kim Jong Un traf in Pjöngjang den Gesandten Schewtschenko. Die Regirung "
            + "bestätigte das Treffen am Montag. Keita und Easley kamen später, sagte Pjöngjang. Bei ihrem letzen "
            + "Treffen hatte Ibrahimovic noch gefehlt, Pjöngjanglaut einem Bericht.";

    @ParameterizedTest
    @CsvSource({"de-DE, GERMAN_SPELLER_RULE", "de-AT, AUSTRIAN_GERMAN_SPELLER_RULE",
            "de-CH, SWISS_GERMAN_SPELLER_RULE"})
    void eachVariantKeepsItsSpellerRuleButGatesTheSuggestionSearch(String code, String spellerId) throws Exception {
        Language language = GermanVariants.forCode(code);
        ResourceBundle messages = JLanguageTool.getMessageBundle(language);

        List<Rule> rules = language.getRelevantLanguageModelCapableRules(messages, null, null, null, null, List.of());

        assertThat(language.getShortCodeWithCountryAndVariant()).isEqualTo(code);
        assertThat(rules).filteredOn(GermanSpellerRule.class::isInstance).singleElement()
                .isInstanceOf(GermanVariants.SuggestionSearch.class)
                .extracting(Rule::getId).isEqualTo(spellerId);
    }

    @Test
    void unknownCode_IsRefused() {
        assertThatThrownBy(() -> GermanVariants.forCode("de-LU")).hasMessageContaining("de-LU");
    }

    @Test
    void gatedSpeller_FindsWhatLanguageToolFinds_AndSuggestsForEveryWordThatMayBeATypo() throws Exception {
        List<RuleMatch> gated = TestLexicon.LANGUAGE_TOOL.instance().check(NEWS);
        List<RuleMatch> plain = new JLanguageTool(Languages.getLanguageForShortCode("de-DE")).check(NEWS);

        assertThat(gated).extracting(GermanVariantsTest::where)
                .containsExactlyElementsOf(plain.stream().map(GermanVariantsTest::where).toList());
        for (int i = 0; i < plain.size(); i++) {
            String word = NEWS.substring(plain.get(i).getFromPos(), plain.get(i).getToPos());
            if (SuggestionGate.needsSuggestions(word) || !plain.get(i).getRule().getId().contains("SPELLER")) {
                assertThat(gated.get(i).getSuggestedReplacements()).as(word)
                        .isEqualTo(plain.get(i).getSuggestedReplacements());
            } else {
                assertThat(gated.get(i).getSuggestedReplacements()).as(word).isEmpty();
            }
        }
        assertThat(gated).extracting(m -> NEWS.substring(m.getFromPos(), m.getToPos()))
                .contains("Regirung", "letzen", "Ibrahimovic", "Keita");
    }

    @Test
    void detectorsStillGetSuggestionsForAnyWord() {
        assertThat(TestLexicon.GERMAN.suggestions("Keita")).isNotEmpty();
    }

    private static String where(RuleMatch match) {
        return match.getRule().getId() + "@" + match.getFromPos() + "-" + match.getToPos();
    }
}
