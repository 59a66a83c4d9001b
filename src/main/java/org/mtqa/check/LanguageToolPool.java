package org.mtqa.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.Rule;
import org.languagetool.rules.de.GermanSpellerRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JLanguageTool instances for the worker threads: one per thread, since JLanguageTool is not thread-safe, all sharing
 * one {@link Language}. A thread's instance is made and warmed up on its first demand. The detectors ask the same
 * instance for its speller, so each thread loads the German dictionaries once.
 */
public class LanguageToolPool {

    private static final Logger log = LoggerFactory.getLogger(LanguageToolPool.class);
    /** Most of LanguageTool's loading happens in the first check; doing it here keeps it out of a file's timing. */
    private static final String WARM_UP_TEXT = "Das ist ein kurzer Satz, der die Regeln lädt. Er prüft nichts.";

    private final Language language;
    private final List<String> disabledRules;
    private final ThreadLocal<JLanguageTool> instances = ThreadLocal.withInitial(this::create);
    private final ThreadLocal<GermanSpellerRule> spellers = ThreadLocal.withInitial(this::findSpeller);

    public LanguageToolPool(Language language, List<String> disabledRules) {
        this.language = language;
        this.disabledRules = List.copyOf(disabledRules);
    }

    public Language language() {
        return language;
    }

    /** The calling thread's instance. */
    public JLanguageTool instance() {
        return instances.get();
    }

    /** The speller rule of the calling thread's instance. */
    public GermanSpellerRule speller() {
        return spellers.get();
    }

    private GermanSpellerRule findSpeller() {
        List<Rule> rules = instance().getAllRules();
        return rules.stream().filter(GermanSpellerRule.class::isInstance).map(GermanSpellerRule.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException(
                        "LanguageTool " + language.getShortCodeWithCountryAndVariant() + " has no German speller"));
    }

    private JLanguageTool create() {
        long started = System.nanoTime();
        JLanguageTool tool = new JLanguageTool(language);
        tool.disableRules(disabledRules);
        try {
            tool.check(WARM_UP_TEXT);
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool failed to load", e);
        }
        log.debug("LanguageTool {} ready in {} ms", language.getShortCodeWithCountryAndVariant(),
                (System.nanoTime() - started) / 1_000_000);
        return tool;
    }
}
