package org.mtqa.config;

import java.util.List;
import java.util.Set;

import org.mtqa.artefact.ArtefactDetector;
import org.mtqa.check.AllowList;
import org.mtqa.check.ArticleChecker;
import org.mtqa.check.CapitalisationTriage;
import org.mtqa.check.FindingTriage;
import org.mtqa.check.ForeignWordAgreementTriage;
import org.mtqa.check.PairedQuoteTriage;
import org.mtqa.check.SentenceStartTriage;
import org.mtqa.check.UnknownWordTriage;
import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.languagetool.LanguageToolChecker;
import org.mtqa.languagetool.LanguageToolPool;
import org.mtqa.score.QualityScorer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The check of one article and its score: the detectors (every {@link ArtefactDetector} component), LanguageTool, the
 * triages in the order of their {@link Order} here, and the allow list.
 */
@Configuration(proxyBeanMethods = false)
public class CheckConfiguration {

    @Bean
    @Order(1)
    UnknownWordTriage unknownWordTriage(GermanLexicon lexicon) {
        return new UnknownWordTriage(lexicon);
    }

    @Bean
    @Order(2)
    CapitalisationTriage capitalisationTriage(GermanLexicon lexicon) {
        return new CapitalisationTriage(lexicon);
    }

    @Bean
    @Order(3)
    SentenceStartTriage sentenceStartTriage() {
        return new SentenceStartTriage();
    }

    @Bean
    @Order(4)
    ForeignWordAgreementTriage foreignWordAgreementTriage(GermanLexicon lexicon) {
        return new ForeignWordAgreementTriage(lexicon);
    }

    @Bean
    @Order(5)
    PairedQuoteTriage pairedQuoteTriage() {
        return new PairedQuoteTriage();
    }

    @Bean
    ArticleChecker articleChecker(List<ArtefactDetector> detectors, LanguageToolPool pool, MtqaProperties properties,
            List<FindingTriage> triages, AllowList allowList) {
        return new ArticleChecker(detectors, new LanguageToolChecker(pool, properties.languagetool().chunkChars(),
                Set.copyOf(properties.languagetool().hintRules())),
                triages, allowList, properties.language());
    }

    @Bean
    QualityScorer qualityScorer(MtqaProperties properties) {
        return new QualityScorer(properties.verdict());
    }
}
