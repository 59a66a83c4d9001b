package org.mtqa.artefact;

import static com.github.pemistahl.lingua.api.Language.CROATIAN;
import static com.github.pemistahl.lingua.api.Language.CZECH;
import static com.github.pemistahl.lingua.api.Language.DUTCH;
import static com.github.pemistahl.lingua.api.Language.ENGLISH;
import static com.github.pemistahl.lingua.api.Language.FRENCH;
import static com.github.pemistahl.lingua.api.Language.GERMAN;
import static com.github.pemistahl.lingua.api.Language.HUNGARIAN;
import static com.github.pemistahl.lingua.api.Language.ITALIAN;
import static com.github.pemistahl.lingua.api.Language.POLISH;
import static com.github.pemistahl.lingua.api.Language.PORTUGUESE;
import static com.github.pemistahl.lingua.api.Language.ROMANIAN;
import static com.github.pemistahl.lingua.api.Language.RUSSIAN;
import static com.github.pemistahl.lingua.api.Language.SPANISH;
import static com.github.pemistahl.lingua.api.Language.SWEDISH;
import static com.github.pemistahl.lingua.api.Language.TURKISH;
import static com.github.pemistahl.lingua.api.Language.UKRAINIAN;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.springframework.stereotype.Component;

/**
 * Tells which language a piece of text is in, for text the German dictionary does not know: Lingua's n-gram models
 * (com.github.pemistahl:lingua) of German and of the languages German news is translated from.
 *
 * <p>Low-accuracy mode: trigram models only, about 19 MB of heap for these 16 languages, loaded in about 1 s, against
 * about 500 MB and 8 s for Lingua's high-accuracy mode (its 1- to 5-gram models), which a 1 GB heap shared with two
 * LanguageTool instances (some 450 MB live) cannot spare. The German dictionary does the first cut, so Lingua only
 * decides on stretches it does not know, and high accuracy found the same on a tuning set and on 1,128 clean news
 * articles.
 *
 * <p>One instance serves all threads: Lingua's detector keeps no state between calls and guards its shared models.
 * The models are loaded on first use, so a run with nothing to check never loads them.
 */
@Component
public class LanguageIdentifier {

    /** The languages German news is commonly translated from. */
    private static final Set<Language> SOURCES = EnumSet.of(ENGLISH, FRENCH, SPANISH, ITALIAN, PORTUGUESE, DUTCH,
            POLISH, RUSSIAN, TURKISH, ROMANIAN, CZECH, SWEDISH, UKRAINIAN, HUNGARIAN, CROATIAN);

    /**
     * Lingua's confidence values are relative: 1.0 for the most likely language, less for each other. On a tuning set,
     * fragments in another language left German at most 0.79, and a stretch of Austrian dialect 0.88: a language
     * (German, or English where the caller leaves English out) this close to the top is not ruled out.
     */
    private static final double MAX_OTHER_CONFIDENCE = 0.85;

    private final LanguageDetector detector;

    public LanguageIdentifier() {
        Set<Language> languages = EnumSet.of(GERMAN);
        languages.addAll(SOURCES);
        detector = LanguageDetectorBuilder.fromLanguages(languages.toArray(Language[]::new)).withLowAccuracyMode()
                .build();
    }

    /**
     * The source language of the text, by its English name ("French"), when Lingua finds one of the source languages
     * most likely and German far behind; empty when the text is German or too close to call.
     */
    public Optional<String> sourceLanguage(String text) {
        return identify(text, 1.0);
    }

    /**
     * As {@link #sourceLanguage}, for a language other than English, and with English far behind too: a few words that
     * could be English are left to the caller's English rules.
     */
    public Optional<String> sourceLanguageNotEnglish(String text) {
        return identify(text, MAX_OTHER_CONFIDENCE).filter(language -> !language.equals(name(ENGLISH)));
    }

    private Optional<String> identify(String text, double maxEnglish) {
        SortedMap<Language, Double> confidence = detector.computeLanguageConfidenceValues(text);
        if (confidence.isEmpty()) {
            return Optional.empty();
        }
        Language top = confidence.firstKey();
        boolean clear = confidence.getOrDefault(GERMAN, 0.0) <= MAX_OTHER_CONFIDENCE
                && (top == ENGLISH || confidence.getOrDefault(ENGLISH, 0.0) <= maxEnglish);
        return SOURCES.contains(top) && clear ? Optional.of(name(top)) : Optional.empty();
    }

    private static String name(Language language) {
        String name = language.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
