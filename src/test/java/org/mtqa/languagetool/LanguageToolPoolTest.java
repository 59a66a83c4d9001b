package org.mtqa.languagetool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.RuleMatch;
import org.mtqa.artefact.TestLexicon;

class LanguageToolPoolTest {

    private static final String SENTENCE = "Die Regirung tagte am Montag in Wien.";

    @Test
    void eachThreadGetsAnInstanceOfItsOwn_AndThatInstancesSpeller() throws Exception {
        LanguageToolPool pool = TestLexicon.LANGUAGE_TOOL;
        JLanguageTool mine = pool.instance();
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            JLanguageTool theirs = CompletableFuture.supplyAsync(pool::instance, other).get();

            assertThat(theirs).isNotSameAs(mine);
            assertThat(pool.instance()).isSameAs(mine);
            assertThat(mine.getAllRules()).contains(pool.speller());
        } finally {
            other.shutdown();
        }
    }

    @Test
    void preloadedInstance_GoesToTheFirstThreadThatAsks_WithTheDisabledRulesOff() {
        LanguageToolPool pool = new LanguageToolPool(TestLexicon.LANGUAGE_TOOL.language(), List.of("DE_CASE"));
        pool.preload();
        pool.preload();

        JLanguageTool instance = pool.instance();

        assertThat(instance.getDisabledRules()).contains("DE_CASE");
        assertThat(pool.instance()).isSameAs(instance);
    }

    @Test
    void sentenceCheckedBefore_ComesFromTheCache_WithTheSameMatches() throws Exception {
        LanguageToolPool pool = new LanguageToolPool(TestLexicon.LANGUAGE_TOOL.language(), List.of(), 100);
        List<RuleMatch> first = pool.instance().check(SENTENCE);
        long hitsBefore = pool.sentenceCacheHits();

        List<RuleMatch> again = pool.instance().check(SENTENCE);

        assertThat(pool.sentenceCacheHits()).isGreaterThan(hitsBefore);
        assertThat(again).extracting(RuleMatch::toString).containsExactlyElementsOf(
                first.stream().map(RuleMatch::toString).toList());
        assertThat(again).extracting(RuleMatch::getSuggestedReplacements)
                .containsExactlyElementsOf(first.stream().map(RuleMatch::getSuggestedReplacements).toList());
    }

    @Test
    void withoutACache_NothingIsCounted() throws Exception {
        LanguageToolPool pool = new LanguageToolPool(TestLexicon.LANGUAGE_TOOL.language(), List.of());
        pool.instance().check(SENTENCE);
        pool.instance().check(SENTENCE);

        assertThat(pool.sentenceCacheHits()).isZero();
    }
}
