package org.mtqa.config;

import org.languagetool.Language;
import org.mtqa.check.AllowList;
import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.languagetool.GermanVariants;
import org.mtqa.languagetool.LanguageToolPool;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** LanguageTool's German variant, one instance per worker thread, and the lexicon the detectors and triages share. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MtqaProperties.class)
public class LanguageToolConfiguration {

    @Bean
    Language language(MtqaProperties properties) {
        if (!properties.language().matches("de-(DE|AT|CH)")) {
            throw new IllegalArgumentException(
                    "mtqa.language must be de-DE, de-AT or de-CH, not '" + properties.language() + "'");
        }
        return GermanVariants.forCode(properties.language());
    }

    @Bean
    AllowList allowList(MtqaProperties properties) {
        return AllowList.read(properties.allowList());
    }

    @Bean
    GermanLexicon germanLexicon(LanguageToolPool pool, AllowList allowList) {
        return new GermanLexicon(pool, allowList.words());
    }

    @Bean
    LanguageToolPool languageToolPool(Language language, MtqaProperties properties) {
        return new LanguageToolPool(language, properties.languagetool().disabledRules(),
                properties.languagetool().cachedSentences());
    }
}
