package org.mtqa.languagetool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.ResultCache;
import org.languagetool.rules.Rule;
import org.languagetool.rules.de.GermanSpellerRule;
import org.languagetool.rules.de.OldSpellingRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JLanguageTool instances for the worker threads: one per thread, since JLanguageTool is not thread-safe, all sharing
 * one {@link Language} and, when one is configured, one sentence cache. The detectors ask a thread's instance for its speller, so each thread
 * loads the German dictionaries once.
 *
 * <p>Loading is most of a short run's time (about 18 s of one core here), so it is done with care:
 * <ul>
 * <li>{@link #preload()} starts it in the background as soon as a run knows it has files to check;</li>
 * <li>only the first instance loads while the others wait: LanguageTool keeps what it loads (dictionaries, rule
 * files) in static caches, so every later instance takes about 2 s, whereas instances loaded side by side each load
 * everything again;</li>
 * <li>data the whole language shares, and which LanguageTool loads behind its own locks, is loaded on a second
 * thread meanwhile.</li>
 * </ul>
 */
public class LanguageToolPool {

    private static final Logger log = LoggerFactory.getLogger(LanguageToolPool.class);
    /** Most of LanguageTool's loading happens in the first check; doing it here keeps it out of a file's timing. */
    private static final String WARM_UP_TEXT = "Das ist ein kurzer Satz, der die Regeln lädt. Er prüft nichts.";
    private static final String OLD_SPELLING_RULE = "OLD_SPELLING_RULE";

    private final Language language;
    private final List<String> disabledRules;
    private final ResultCache sentenceCache;
    private final ThreadLocal<JLanguageTool> instances = ThreadLocal.withInitial(this::obtain);
    private final ThreadLocal<GermanSpellerRule> spellers = ThreadLocal.withInitial(this::findSpeller);
    private final AtomicBoolean firstHandedOut = new AtomicBoolean();
    /** Guarded by this pool's lock. */
    private CompletableFuture<JLanguageTool> firstInstance;

    public LanguageToolPool(Language language, List<String> disabledRules) {
        this(language, disabledRules, 0);
    }

    /**
     * @param cachedSentences how many checked sentences to remember with their matches, shared by all threads, so that
     *     a sentence repeated across files (boilerplate, agency lines) is checked once; 0 for none
     */
    public LanguageToolPool(Language language, List<String> disabledRules, int cachedSentences) {
        this.language = language;
        this.disabledRules = List.copyOf(disabledRules);
        // a run may last hours: keep sentences as long as the size allows, not LanguageTool's default 5 minutes
        this.sentenceCache = cachedSentences > 0 ? new ResultCache(cachedSentences, 1, TimeUnit.DAYS) : null;
    }

    public Language language() {
        return language;
    }

    /** How often a sentence or its matches came from the sentence cache instead of being checked. */
    public long sentenceCacheHits() {
        return sentenceCache == null ? 0 : sentenceCache.hitCount();
    }

    /** Starts loading LanguageTool in the background, unless it is loading or loaded already. */
    public void preload() {
        firstInstance();
    }

    /** The calling thread's instance. */
    public JLanguageTool instance() {
        return instances.get();
    }

    /** The speller rule of the calling thread's instance. */
    public GermanSpellerRule speller() {
        return spellers.get();
    }

    private synchronized CompletableFuture<JLanguageTool> firstInstance() {
        if (firstInstance == null) {
            firstInstance = CompletableFuture.supplyAsync(this::create, task -> background(task, "load"));
            if (!disabledRules.contains(OLD_SPELLING_RULE)) {
                background(this::loadOldSpellingData, "load-shared");
            }
        }
        return firstInstance;
    }

    private static void background(Runnable task, String name) {
        Thread thread = new Thread(task, "mtqa-languagetool-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    /** The first instance for the first thread that asks; later threads get a new one, made once the first is done. */
    private JLanguageTool obtain() {
        JLanguageTool first;
        try {
            first = firstInstance().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return firstHandedOut.compareAndSet(false, true) ? first : create();
    }

    /**
     * The table of old spellings (about 5 s of loading), which LanguageTool builds once per JVM behind a memoizing
     * lock on the first sentence any instance checks.
     */
    private void loadOldSpellingData() {
        new OldSpellingRule(JLanguageTool.getMessageBundle(language), language)
                .match(new AnalyzedSentence(new AnalyzedTokenReadings[0]));
    }

    private GermanSpellerRule findSpeller() {
        List<Rule> rules = instance().getAllRules();
        return rules.stream().filter(GermanSpellerRule.class::isInstance).map(GermanSpellerRule.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException(
                        "LanguageTool " + language.getShortCodeWithCountryAndVariant() + " has no German speller"));
    }

    private JLanguageTool create() {
        long started = System.nanoTime();
        JLanguageTool tool = new JLanguageTool(language, null, sentenceCache, null);
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
