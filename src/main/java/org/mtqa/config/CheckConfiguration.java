package org.mtqa.config;

import java.util.List;

import org.mtqa.artefact.ArtefactDetector;
import org.mtqa.check.AllowList;
import org.mtqa.check.ArticleChecker;
import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.languagetool.LanguageToolChecker;
import org.mtqa.languagetool.LanguageToolPool;
import org.mtqa.score.QualityScorer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The check of one article (detectors, LanguageTool, triages) and its score. */
@Configuration(proxyBeanMethods = false)
public class CheckConfiguration {

    @Bean
    ArticleChecker articleChecker(LanguageToolPool pool, MtqaProperties properties, List<ArtefactDetector> detectors,
            GermanLexicon lexicon, AllowList allowList) {
        return new ArticleChecker(new LanguageToolChecker(pool, properties.languagetool().chunkChars()),
                lexicon, detectors, allowList);
    }

    @Bean
    QualityScorer qualityScorer(MtqaProperties properties) {
        return new QualityScorer(properties.verdict());
    }
}
