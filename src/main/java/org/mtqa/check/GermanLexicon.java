package org.mtqa.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.language.German;
import org.languagetool.tagging.Tagger;

/**
 * LanguageTool's German dictionary and tagger, for the detectors. Thread-safe: the speller is not, so each thread uses
 * the speller of its own LanguageTool instance; the tagger is shared, as LanguageTool's server shares it.
 */
public class GermanLexicon {

    private final LanguageToolPool languageTool;
    private final Tagger tagger;
    private final Set<String> allowed;

    /** @param allowList words to accept as known, whatever the dictionary says */
    public GermanLexicon(LanguageToolPool languageTool, AllowList allowList) {
        Language language = languageTool.language();
        if (!(language instanceof German)) {
            throw new IllegalArgumentException("not a German variant: " + language.getShortCodeWithCountryAndVariant());
        }
        this.languageTool = languageTool;
        this.tagger = language.getTagger();
        this.allowed = allowList.words();
    }

    /** True when the speller accepts the word, including compounds it can split, or the allow list names it. */
    public boolean isKnown(String word) {
        return allowed.contains(word) || !languageTool.speller().isMisspelled(word);
    }

    /** The speller's suggestions, best first. Costly: call it only for words already judged wrong. */
    public List<String> suggestions(String word) {
        try {
            return languageTool.speller().getSuggestions(word);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tagger's readings of one word; empty when the tagger does not know it. */
    public List<AnalyzedToken> readings(String word) {
        try {
            AnalyzedTokenReadings readings = tagger.tag(List.of(word)).get(0);
            return readings.getReadings().stream().filter(r -> r.getPOSTag() != null).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when some reading's POS tag starts with the prefix, e.g. "SUB" (noun), "EIG" (name), "ADJ", "VER". */
    public boolean hasTag(String word, String tagPrefix) {
        return readings(word).stream().anyMatch(r -> r.getPOSTag().startsWith(tagPrefix));
    }
}
