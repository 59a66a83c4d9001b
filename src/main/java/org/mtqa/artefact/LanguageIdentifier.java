package org.mtqa.artefact;

import static com.github.pemistahl.lingua.api.Language.AFRIKAANS;
import static com.github.pemistahl.lingua.api.Language.ALBANIAN;
import static com.github.pemistahl.lingua.api.Language.BOKMAL;
import static com.github.pemistahl.lingua.api.Language.BOSNIAN;
import static com.github.pemistahl.lingua.api.Language.BULGARIAN;
import static com.github.pemistahl.lingua.api.Language.CATALAN;
import static com.github.pemistahl.lingua.api.Language.CROATIAN;
import static com.github.pemistahl.lingua.api.Language.CZECH;
import static com.github.pemistahl.lingua.api.Language.DANISH;
import static com.github.pemistahl.lingua.api.Language.DUTCH;
import static com.github.pemistahl.lingua.api.Language.ENGLISH;
import static com.github.pemistahl.lingua.api.Language.ESTONIAN;
import static com.github.pemistahl.lingua.api.Language.FINNISH;
import static com.github.pemistahl.lingua.api.Language.FRENCH;
import static com.github.pemistahl.lingua.api.Language.GERMAN;
import static com.github.pemistahl.lingua.api.Language.GREEK;
import static com.github.pemistahl.lingua.api.Language.HUNGARIAN;
import static com.github.pemistahl.lingua.api.Language.ICELANDIC;
import static com.github.pemistahl.lingua.api.Language.INDONESIAN;
import static com.github.pemistahl.lingua.api.Language.ITALIAN;
import static com.github.pemistahl.lingua.api.Language.LATVIAN;
import static com.github.pemistahl.lingua.api.Language.LITHUANIAN;
import static com.github.pemistahl.lingua.api.Language.MALAY;
import static com.github.pemistahl.lingua.api.Language.POLISH;
import static com.github.pemistahl.lingua.api.Language.PORTUGUESE;
import static com.github.pemistahl.lingua.api.Language.ROMANIAN;
import static com.github.pemistahl.lingua.api.Language.RUSSIAN;
import static com.github.pemistahl.lingua.api.Language.SLOVAK;
import static com.github.pemistahl.lingua.api.Language.SLOVENE;
import static com.github.pemistahl.lingua.api.Language.SPANISH;
import static com.github.pemistahl.lingua.api.Language.SWAHILI;
import static com.github.pemistahl.lingua.api.Language.SWEDISH;
import static com.github.pemistahl.lingua.api.Language.TAGALOG;
import static com.github.pemistahl.lingua.api.Language.TURKISH;
import static com.github.pemistahl.lingua.api.Language.UKRAINIAN;
import static com.github.pemistahl.lingua.api.Language.VIETNAMESE;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.springframework.stereotype.Component;

/**
 * Tells which language a piece of text is in, for text the German dictionary does not know: Lingua's n-gram models
 * (com.github.pemistahl:lingua) of German and of the languages German news is translated from.
 *
 * <p>Low-accuracy mode: trigram models only, about 54 MB of heap for these 36 languages (measured after loading all of
 * them; 30 MB for the first 27), loaded in about 1 s, against
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
            POLISH, RUSSIAN, TURKISH, ROMANIAN, CZECH, SWEDISH, UKRAINIAN, HUNGARIAN, CROATIAN, DANISH, BOKMAL,
            FINNISH, INDONESIAN, SLOVAK, SLOVENE, GREEK, LITHUANIAN, ESTONIAN, LATVIAN, ALBANIAN, TAGALOG, MALAY,
            SWAHILI, CATALAN, ICELANDIC, VIETNAMESE, BOSNIAN, BULGARIAN, AFRIKAANS);

    /**
     * Lingua's confidence values are relative: 1.0 for the most likely language, less for each other. On a tuning set,
     * fragments in another language left German at most 0.79, and a stretch of Austrian dialect 0.88: a language
     * (German, or English where the caller leaves English out) this close to the top is not ruled out.
     */
    private static final double MAX_OTHER_CONFIDENCE = 0.85;
    private static final double MAX_WORD_GERMAN_CONFIDENCE = 0.8;
    private static final double MIN_WORD_ENGLISH = 0.9;

    /**
     * Latin letters that German does not write, even in loans: every non-ASCII letter of the Latin script ("ø", "ł",
     * "ș", "ı", "ő", "č", "đ", "ã", "ė", "ū", "ā", "þ", "ð", "ħ", "ơ", "ố", "ŵ", "ə", the acute vowels of Spanish and
     * Portuguese) but German's umlauts and "ß", and the accents of the French loans German uses ("Café", "à la carte",
     * "Séance", "Façade", "Crème") and "ñ" ("El Niño"). Defined by script, not by a list of alphabets, so a source
     * language nobody listed is covered too.
     */
    private static final String FOREIGN_LETTER = "[\\p{IsLatin}&&[\\p{Ll}\\p{Lu}]&&[^\\p{ASCII}äöüÄÖÜßẞéèêàâçôîïûùœÉÈÊÀÂÇÔÎÏÛÙŒñÑ]]";

    /** A word in lowercase (or in capitals) with a letter German does not write: "desværre", "crește", "HABERİN". */
    private static final Pattern FOREIGN_WORD = Pattern.compile("(?<!\\p{L})(?:\\p{Ll}*" + FOREIGN_LETTER
            + "\\p{Ll}*|\\p{Lu}*" + FOREIGN_LETTER + "\\p{Lu}*)(?!\\p{L})");

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
        return sourceLanguage(text, false);
    }

    /**
     * As {@link #sourceLanguage(String)}; where {@code germanRuledOut} (the German dictionary lacks several of the
     * text's words), a language other than English at the top counts with German close behind, as long as English is
     * not: Lingua's trigrams rate German close on short foreign stretches ("enligt Riksbankens prognos": Swedish 1.0,
     * German 0.89), and English close behind is left to the caller's English rules ("I love to shoot film").
     */
    public Optional<String> sourceLanguage(String text, boolean germanRuledOut) {
        return identify(text, 1.0, germanRuledOut);
    }

    /**
     * As {@link #sourceLanguage}, for a language other than English, and with English far behind too: a few words that
     * could be English are left to the caller's English rules.
     */
    public Optional<String> sourceLanguageNotEnglish(String text) {
        return sourceLanguageNotEnglish(text, false);
    }

    /** As {@link #sourceLanguageNotEnglish(String)}, with German ruled out as {@link #sourceLanguage(String, boolean)}. */
    public Optional<String> sourceLanguageNotEnglish(String text, boolean germanRuledOut) {
        return identify(text, MAX_OTHER_CONFIDENCE, germanRuledOut).filter(language -> !language.equals(name(ENGLISH)));
    }

    /**
     * The source language of a single word: for a lowercase word the most likely language, if it is a source language
     * (German writes nouns capitalised, English loans too: a lowercase word where a noun belongs, "die data", is left
     * as it was; the callers ask that a German word follow it, which "das local sleep" lacks);
     * for a capitalised word (a noun, or a name in any language) English only, at least {@value #MIN_WORD_ENGLISH} of
     * the top language's confidence. Either way German at most {@value #MAX_WORD_GERMAN_CONFIDENCE}: one word is little
     * evidence, and on single words Lingua's runner-up languages come close ("Governor": Portuguese 1.00, English
     * 0.93; "Hollow": English 1.00, German 0.82). A word spelled with letters German lacks is given to the most likely
     * source language.
     */
    public Optional<String> sourceLanguageOfWord(String word) {
        if (hasForeignWord(word)) {
            return identify(word, 1.0, false);
        }
        SortedMap<Language, Double> confidence = detector.computeLanguageConfidenceValues(forLingua(word));
        if (confidence.isEmpty() || confidence.getOrDefault(GERMAN, 0.0) > MAX_WORD_GERMAN_CONFIDENCE) {
            return Optional.empty();
        }
        if (Character.isUpperCase(word.codePointAt(0))) {
            return confidence.getOrDefault(ENGLISH, 0.0) >= MIN_WORD_ENGLISH ? Optional.of(name(ENGLISH))
                    : Optional.empty();
        }
        Language top = confidence.firstKey();
        return SOURCES.contains(top) ? Optional.of(name(top)) : Optional.empty();
    }

    /**
     * English among the most likely languages of a short stretch, at least {@value #MIN_WORD_ENGLISH} of the top
     * language's confidence, and German far behind. For a few words that hold English function words: on three words
     * Lingua's top language is often a Romance one ("in a statement": Romanian 1.00, English 0.92, German 0.69).
     */
    public boolean isEnglishLike(String text) {
        SortedMap<Language, Double> confidence = detector.computeLanguageConfidenceValues(forLingua(text));
        return confidence.getOrDefault(ENGLISH, 0.0) >= MIN_WORD_ENGLISH
                && confidence.getOrDefault(GERMAN, 0.0) <= MAX_OTHER_CONFIDENCE;
    }

    /** Whether Lingua finds German the most likely language of the text. */
    public boolean isGermanMostLikely(String text) {
        SortedMap<Language, Double> confidence = detector.computeLanguageConfidenceValues(forLingua(text));
        return !confidence.isEmpty() && confidence.firstKey() == GERMAN;
    }

    /**
     * A word that is no German word by its letters alone: not a name (those are capitalised, "Kovačević"), but one in
     * lowercase or in capitals with a letter of {@link #FOREIGN_LETTER}.
     */
    public static boolean hasForeignWord(String text) {
        return FOREIGN_WORD.matcher(text).find();
    }

    private Optional<String> identify(String text, double maxEnglish, boolean germanRuledOut) {
        SortedMap<Language, Double> confidence = detector.computeLanguageConfidenceValues(forLingua(text));
        if (confidence.isEmpty()) {
            return Optional.empty();
        }
        // German spelling rules such a word out: on short text Lingua's trigrams may still rate German close
        if (hasForeignWord(text)) {
            return confidence.keySet().stream().filter(SOURCES::contains)
                    .filter(language -> language != ENGLISH || maxEnglish >= 1.0).findFirst().map(LanguageIdentifier::name);
        }
        Language top = confidence.firstKey();
        double english = confidence.getOrDefault(ENGLISH, 0.0);
        boolean clear = confidence.getOrDefault(GERMAN, 0.0) <= MAX_OTHER_CONFIDENCE
                && (top == ENGLISH || english <= maxEnglish)
                || germanRuledOut && top != ENGLISH && english <= MAX_OTHER_CONFIDENCE;
        return SOURCES.contains(top) && clear ? Optional.of(name(top)) : Optional.empty();
    }

    /**
     * The text as Lingua's models were trained: Romanian with the cedilla letters "ş ţ" that the comma-below letters
     * "ș ț" of today's standard replaced ("crește" reads as Spanish, "creşte" as Romanian), and the dotted capital
     * "İ" of Turkish as "I" (Java lowercases it to "i" with a combining dot, which no model holds).
     */
    private static String forLingua(String text) {
        return text.replace('ș', 'ş').replace('ț', 'ţ').replace('Ș', 'Ş').replace('Ț', 'Ţ').replace('İ', 'I');
    }

    private static String name(Language language) {
        String name = language.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
