package org.mtqa.languagetool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.languagetool.rules.Rule;
import org.mtqa.artefact.TestLexicon;
import org.mtqa.config.MtqaProperties;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Rules that are mostly noise on edited news are reported as INFO hints, and their ids name real rules. */
class LanguageToolHintRulesTest {

    private static final String TEXT = "Die Regierung tagte am Montag. das Parlament stimmte am Dienstag zu.";

    @Test
    void aHintRulesMatch_IsInfo_WhileWithoutTheSettingItIsAnError() {
        Finding plain = sentenceStart(new LanguageToolChecker(TestLexicon.LANGUAGE_TOOL, 20_000));
        Finding hint = sentenceStart(new LanguageToolChecker(TestLexicon.LANGUAGE_TOOL, 20_000,
                Set.of("UPPERCASE_SENTENCE_START")));

        assertThat(plain.severity()).isEqualTo(Severity.MINOR);
        assertThat(hint.severity()).isEqualTo(Severity.INFO);
        assertThat(hint.start()).isEqualTo(plain.start());
    }

    @Test
    void everyDefaultHintRule_IsARuleOfGermanLanguageTool() {
        List<String> defaults = new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("mtqa.languagetool", MtqaProperties.LanguageToolSettings.class).hintRules();
        Set<String> ruleIds = TestLexicon.LANGUAGE_TOOL.instance().getAllRules().stream().map(Rule::getId)
                .collect(Collectors.toSet());

        assertThat(defaults).isNotEmpty();
        assertThat(ruleIds).containsAll(defaults);
    }

    private static Finding sentenceStart(LanguageToolChecker checker) {
        return checker.check(TEXT, List.of(), offset -> { }).findings().stream()
                .filter(f -> f.rule().equals("UPPERCASE_SENTENCE_START")).findFirst().orElseThrow();
    }
}
