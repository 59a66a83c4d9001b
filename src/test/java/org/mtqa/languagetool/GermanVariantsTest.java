package org.mtqa.languagetool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.languagetool.AnalyzedSentence;
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
        Rule gated = speller(language);
        Rule plain = speller(Languages.getLanguageForShortCode(code));

        assertThat(language.getShortCodeWithCountryAndVariant()).isEqualTo(code);
        assertThat(gated).isInstanceOf(GermanVariants.SuggestionSearch.class).extracting(Rule::getId)
                .isEqualTo(spellerId);
        assertThat(gated.getClass().getSuperclass()).as("LanguageTool's own speller class")
                .isEqualTo(plain.getClass());

        String text = "Keita lobte die Regirung.";
        AnalyzedSentence sentence = new JLanguageTool(language).getAnalyzedSentence(text);
        RuleMatch[] gatedMatches = gated.match(sentence);
        RuleMatch[] plainMatches = plain.match(sentence);
        assertThat(plainMatches).extracting(m -> text.substring(m.getFromPos(), m.getToPos()))
                .containsExactly("Keita", "Regirung");
        assertThat(gatedMatches).extracting(GermanVariantsTest::where)
                .containsExactly(Arrays.stream(plainMatches).map(GermanVariantsTest::where).toArray(String[]::new));
        assertThat(plainMatches[0].getSuggestedReplacements()).as("LanguageTool's suggestions for Keita").isNotEmpty();
        assertThat(gatedMatches[0].getSuggestedReplacements()).as("Keita, a name to the gate").isEmpty();
        assertThat(gatedMatches[1].getSuggestedReplacements()).as("Regirung, a typo to the gate").isNotEmpty()
                .isEqualTo(plainMatches[1].getSuggestedReplacements());
    }

    /** An upgrade of LanguageTool that renames, re-types or finalises a method mtqa overrides must fail here. */
    @ParameterizedTest
    @ValueSource(classes = {GermanVariants.Germany.class, GermanVariants.Austria.class,
            GermanVariants.Switzerland.class, GermanVariants.GermanySpeller.class, GermanVariants.AustriaSpeller.class,
            GermanVariants.SwitzerlandSpeller.class})
    void eachOverride_HasLanguageToolsMethodWithTheSameSignature_NotFinal(Class<?> variantClass) {
        assertThat(overrides(variantClass)).isNotEmpty().allSatisfy(override -> {
            Method original = sameMethodIn(variantClass.getSuperclass(), override)
                    .orElseThrow(() -> new AssertionError("LanguageTool no longer has " + override));
            assertThat(original.getDeclaringClass().getPackageName()).as(original.toString())
                    .startsWith("org.languagetool.");
            assertThat(original.getGenericReturnType()).as(original.toString())
                    .isEqualTo(override.getGenericReturnType());
            assertThat(original.getGenericParameterTypes()).as(original.toString())
                    .isEqualTo(override.getGenericParameterTypes());
            assertThat(Modifier.isFinal(original.getModifiers()) || Modifier.isStatic(original.getModifiers())
                    || Modifier.isPrivate(original.getModifiers())).as(original + " is final, static or private")
                    .isFalse();
        });
    }

    @Test
    void theThreeGatedSpellers_OverrideTheSameMethods() {
        assertThat(signatures(GermanVariants.AustriaSpeller.class))
                .isEqualTo(signatures(GermanVariants.GermanySpeller.class))
                .isEqualTo(signatures(GermanVariants.SwitzerlandSpeller.class));
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

    /** The variant's one speller rule, among the rules LanguageTool takes from it without a language model. */
    private static Rule speller(Language language) throws IOException {
        ResourceBundle messages = JLanguageTool.getMessageBundle(language);
        List<Rule> rules = language.getRelevantLanguageModelCapableRules(messages, null, null, null, null, List.of());
        return assertThat(rules).filteredOn(GermanSpellerRule.class::isInstance).singleElement().actual();
    }

    private static String where(RuleMatch match) {
        return match.getRule().getId() + "@" + match.getFromPos() + "-" + match.getToPos();
    }

    /** The methods a variant class declares for LanguageTool to call: all but lambdas and {@code SuggestionSearch}. */
    private static List<Method> overrides(Class<?> variantClass) {
        return Arrays.stream(variantClass.getDeclaredMethods())
                .filter(m -> !m.isSynthetic() && sameMethodIn(GermanVariants.SuggestionSearch.class, m).isEmpty())
                .toList();
    }

    private static Set<String> signatures(Class<?> variantClass) {
        return overrides(variantClass).stream().map(m -> m.getName() + Arrays.toString(m.getGenericParameterTypes()))
                .collect(Collectors.toSet());
    }

    /** The method of that name and those parameters the type declares or inherits from a superclass. */
    private static Optional<Method> sameMethodIn(Class<?> type, Method method) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return Optional.of(c.getDeclaredMethod(method.getName(), method.getParameterTypes()));
            } catch (NoSuchMethodException e) {
                // declared further up, if at all
            }
        }
        return Optional.empty();
    }
}
