package org.mtqa.languagetool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.language.German;
import org.languagetool.rules.de.GermanSpellerRule;
import org.languagetool.tagging.Tagger;
import org.languagetool.tokenizers.de.GermanCompoundTokenizer;

/**
 * LanguageTool's German dictionary and tagger, for the detectors. Thread-safe: the speller is not, so each thread uses
 * the speller of its own LanguageTool instance; the tagger is shared, as LanguageTool's server shares it.
 */
public class GermanLexicon {

    /**
     * Word forms remembered per thread. News repeats its words (Zipf), so most lookups are answered here: without it,
     * the speller and tagger take most of the detectors' time, some seconds per megabyte of text.
     */
    private static final int REMEMBERED_WORDS = 50_000;

    private static final GermanCompoundTokenizer COMPOUNDS = GermanCompoundTokenizer.getStrictInstance();

    private final LanguageToolPool languageTool;
    private final Language language;
    private final Set<String> allowed;
    private final ThreadLocal<Map<String, Boolean>> knownWords = ThreadLocal.withInitial(GermanLexicon::recentlyUsed);
    private final ThreadLocal<Map<String, List<AnalyzedToken>>> taggedWords =
            ThreadLocal.withInitial(GermanLexicon::recentlyUsed);

    /** @param allowedWords words to accept as known, whatever the dictionary says (the allow list's words) */
    public GermanLexicon(LanguageToolPool languageTool, Set<String> allowedWords) {
        Language language = languageTool.language();
        if (!(language instanceof German)) {
            throw new IllegalArgumentException("not a German variant: " + language.getShortCodeWithCountryAndVariant());
        }
        this.languageTool = languageTool;
        this.language = language;
        this.allowed = Set.copyOf(allowedWords);
    }

    /** True when the speller accepts the word, including compounds it can split, or the allow list names it. */
    public boolean isKnown(String word) {
        return allowed.contains(word)
                || knownWords.get().computeIfAbsent(word, w -> !languageTool.speller().isMisspelled(w));
    }

    /** The speller's suggestions, best first. Costly: call it only for words already judged wrong. */
    public List<String> suggestions(String word) {
        try {
            GermanSpellerRule speller = languageTool.speller();
            // the speller LanguageTool runs with skips the search for name-like words; the detectors ask about any word
            return speller instanceof GermanVariants.SuggestionSearch search ? search.suggestionsForAnyWord(word)
                    : speller.getSuggestions(word);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tagger's readings of one word; empty when the tagger does not know it. */
    public List<AnalyzedToken> readings(String word) {
        return taggedWords.get().computeIfAbsent(word, this::tag);
    }

    private List<AnalyzedToken> tag(String word) {
        try {
            // asked for here, not in the constructor: a run with nothing to check never loads the tagger
            Tagger tagger = language.getTagger();
            AnalyzedTokenReadings readings = tagger.tag(List.of(word)).get(0);
            return readings.getReadings().stream().filter(r -> r.getPOSTag() != null).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A map that forgets the least recently used entries beyond {@link #REMEMBERED_WORDS}. */
    private static <V> Map<String, V> recentlyUsed() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > REMEMBERED_WORDS;
            }
        };
    }

    /** True when some reading's POS tag starts with the prefix, e.g. "SUB" (noun), "EIG" (name), "ADJ", "VER". */
    public boolean hasTag(String word, String tagPrefix) {
        return readings(word).stream().anyMatch(r -> r.getPOSTag().startsWith(tagPrefix));
    }

    /**
     * The parts of a compound as LanguageTool's strict compound splitter cuts it ("Schrumpfkur" → "Schrumpf", "kur"),
     * or the word alone. The splitter keeps caches, so calls are serialised; they are rare (words with typo evidence).
     */
    public List<String> compoundParts(String word) {
        synchronized (COMPOUNDS) {
            return List.copyOf(COMPOUNDS.tokenize(word));
        }
    }

    /** True when some reading's POS tag starts with one of the prefixes ("SUB", "EIG", "ART", "VER", ...). */
    public static boolean hasAnyTag(List<AnalyzedToken> readings, List<String> tagPrefixes) {
        return readings.stream().anyMatch(r -> tagPrefixes.stream().anyMatch(r.getPOSTag()::startsWith));
    }
}
