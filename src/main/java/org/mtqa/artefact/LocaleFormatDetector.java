package org.mtqa.artefact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.FindingOverlaps;
import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.EnglishOrdinals;
import org.springframework.stereotype.Component;

/**
 * Finds dates, times, numbers, amounts and units written in a foreign convention that the translation kept: month
 * before day ("Juni 19, 2024"), foreign month and weekday names ("jeudi 5 juin", "6 de junio"), slashed dates
 * ("06/19/2024"), the 12-hour clock ("2:15 PM") and the French hour mark ("20h15"), a decimal point before a unit
 * ("4.7 Prozent"), comma thousands ("1,500,000", "3,400 Beschäftigte"), a currency sign before the amount ("$999") and
 * imperial units ("40 Meilen", "90 Grad Fahrenheit"). German forms ("19. Juni 2024", "14.30 Uhr", "11.000",
 * "3,5 Prozent", "1,085 Dollar", "1.1.2024"), scores ("2:1") and the units German keeps ("Seemeilen", "65 Zoll",
 * "Feinunze") pass.
 */
@Component
public class LocaleFormatDetector implements ArtefactDetector {

    private final GermanLexicon lexicon;
    private final List<Convention> conventions;

    public LocaleFormatDetector(GermanLexicon lexicon) {
        this.lexicon = lexicon;
        List<Convention> all = new ArrayList<>(CONVENTIONS);
        all.add(new Convention(ENGLISH_ORDINAL, "Ordinal with an English suffix", this::englishOrdinal));
        all.add(new Convention(FOREIGN_MAGNITUDE, "Magnitude in another language", this::foreignMagnitude));
        all.add(new Convention(CLOCK_WORD, "Time with a foreign clock word", this::clockWord));
        all.add(new Convention(DAY_WORLD_MONTH, "Date with a foreign month name", this::worldMonth));
        all.add(new Convention(DATE_PREPOSITION_WORLD_WEEKDAY, "Foreign weekday name", this::worldWeekday));
        this.conventions = List.copyOf(all);
    }

    /** Rewrites a match in the German convention: empty when the match is no finding, an empty list when unsure. */
    private interface Rewrite {
        Optional<List<String>> apply(MatchResult match, AnalysedText text);
    }

    /** One convention: its pattern, what it is, and the German rewrite of a match. */
    private record Convention(Pattern pattern, String problem, Rewrite rewrite) {
        /** Whether each match starts a run of digits (see {@link #DIGIT_FIRST}). */
        boolean digitFirst() {
            return pattern.pattern().startsWith(DIGIT_FIRST);
        }
    }

    /**
     * The opening of a pattern whose matches all start a run of digits (its look-behind rules out a digit before):
     * such a pattern is tried at the {@link #NUMBER_START}s alone, some hundred places in an article, not at each of
     * its characters, which cut the detector's time by half or more.
     */
    private static final String DIGIT_FIRST = "(?=[0-9])";
    /** Where a run of ASCII digits starts. */
    private static final Pattern NUMBER_START = Pattern.compile("(?<![0-9])[0-9]");

    /** Month names and common abbreviations, English and German, to their German name. */
    private static final Map<String, String> MONTHS = monthNames();

    private static final String MONTH = CalendarNames.alternation(MONTHS.keySet());
    private static final String YEAR = "((?:1[89]|20)[0-9]{2})";

    /** Month, day, comma, year: "Juni 19, 2024", "June 19th, 2024", "Sept. 5, 2023". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?=\\p{Lu})(?<!\\p{L})(" + MONTH + ")\\.?\\s+([0-9]{1,2})(?:st|nd|rd|th)?,\\s*" + YEAR + "(?![\\p{N}])");

    /**
     * English months spelt otherwise than in German, with the day after them and no year: "June 5". May is left out:
     * "Theresa May 30 Jahre" is a name before a number.
     */
    private static final String ENGLISH_ONLY_MONTH = "(January|February|March|June|July|October|December)";

    private static final String WEEKDAY = "(?iu:" + CalendarNames.alternation(CalendarNames.FOREIGN_WEEKDAYS.keySet())
            + ")";

    private static final Pattern ENGLISH_MONTH_DAY = Pattern.compile(
            "(?<!\\p{L})(?:(" + WEEKDAY + "),?\\s+)?" + ENGLISH_ONLY_MONTH
                    + "\\s+([0-9]{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}]|[.,:][0-9])");

    /** Day and English month name, the year optional: "19 June 2024", "5 June"; "May" only with a year. */
    private static final Pattern DAY_ENGLISH_MONTH = Pattern.compile(
            "(?=[0-9])(?<![\\p{N}.])([0-9]{1,2})(?:st|nd|rd|th)?\\.?\\s+(January|February|March|June|July|October|December"
                    + "|May(?=\\s+" + YEAR + "))(?:\\s+" + YEAR + ")?(?![\\p{L}\\p{N}])");

    /**
     * A date with a French, Spanish, Italian, Portuguese or Dutch month name, which those languages write in lowercase:
     * "jeudi 5 juin", "jueves 6 de junio de 2025", "quinta-feira, 5 de junho", "5 juni 2025", "junio de 2025".
     */
    private static final Pattern FOREIGN_DATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(" + WEEKDAY + "),?\\s+)?(?:([0-9]{1,2})(?:er|º)?\\s+(?:de\\s+)?)?("
                    + CalendarNames.alternation(CalendarNames.FOREIGN_MONTHS.keySet()) + ")(?:,?\\s+(?:de\\s+|del\\s+)?"
                    + YEAR + ")?(?![\\p{L}\\p{N}])");

    /**
     * A day before a German month name and a year without the ordinal full stop German writes: "3 November 2010" (the
     * British order with the names translated).
     */
    private static final Pattern DAY_WITHOUT_FULL_STOP = Pattern.compile(
            "(?=[0-9])(?<![\\p{N}.,:/])([0-9]{1,2})\\s+(" + CalendarNames.alternation(CalendarNames.GERMAN_MONTHS) + ")\\s+"
                    + YEAR + "(?![\\p{N}])");

    /**
     * The same without a year, after a date preposition: "für den 11 Juni geplant" (the Dutch and English order with
     * the name translated); "die 3 Mai-Termine" has no preposition before.
     */
    private static final Pattern PREPOSITION_DAY_WITHOUT_FULL_STOP = Pattern.compile(
            "(?=[0-9])(?<=(?:^|[^\\p{L}])(?:[Aa]m|[Dd]em|[Dd]en|[Vv]om|[Zz]um|[Bb]is|[Aa]b)[ \u00A0])([0-9]{1,2})\\s+("
                    + CalendarNames.alternation(CalendarNames.GERMAN_MONTHS) + ")(?![\\p{L}\\p{N}-])(?!\\s+[0-9])");

    /**
     * A day and a word that may be a month name of any language ({@link CalendarNames#WORLD_MONTHS}): "14. září",
     * "12. juuni", "9. лютого".
     */
    private static final Pattern DAY_WORLD_MONTH = Pattern.compile(
            DIGIT_FIRST + "(?<![\\p{N}.,:/])([0-9]{1,2})\\.?[ \u00A0]+([\\p{L}\\p{M}]{3,})(?![\\p{L}\\p{M}\\p{N}])");

    private static final Set<String> SHARED_CURRENCIES = Set.of("XAF", "XOF", "XPF", "XCD");
    private static final Pattern LATIN_LETTERS = Pattern.compile("[\\p{IsLatin}\\p{M}]+");

    /** A word after a date preposition that may be a weekday name of any language: "am marți". */
    private static final Pattern DATE_PREPOSITION_WORLD_WEEKDAY = Pattern.compile(
            "(?<=(?:^|[^\\p{L}])(?:[Aa]m|[Vv]om|[Bb]is|[Ss]eit)[ \u00A0])[\\p{L}\\p{M}]{3,}(?![\\p{L}\\p{M}])"
                    // a capitalised word after it makes it part of a name: "am Mardi Gras"
                    + "(?![ \u00A0]\\p{Lu})");

    /** Day, month and a four-digit year separated by slashes; short years are left alone (golf scores "70/66/69"). */
    /** A date preposition before the match, outside it: "am", "dem", "vom", "zum". */
    private static final String DATE_PREPOSITION = "(?<=(?:^|[^\\p{L}])(?:[Aa]m|[Dd]em|[Dd]en|[Dd]es|[Vv]om|[Zz]um)[ \u00A0])";

    /**
     * A month name before a bare day after a date preposition: "am Juni 22", "vom August 12, 2020", "den Mai 3rd".
     * German puts the day first ("am 22. Juni"); a number after the month there is no amount ("im Juni 22 Tore" has
     * no "am").
     */
    private static final Pattern PREPOSITION_MONTH_DAY = Pattern.compile(
            "(?=\\p{Lu})" + DATE_PREPOSITION + "(" + MONTH + ")\\.?\\s+([0-9]{1,2})(?:st|nd|rd|th)?(?:,\\s*" + YEAR + ")?"
                    + "(?![\\p{L}\\p{N}]|[.,:/][0-9])");

    /**
     * A month name before a bare day after "ab", "bis" or "seit", where a number after the month may also count what
     * follows ("ab September 12 neue Stellen"): only a preposition, a conjunction or punctuation after the day makes it a
     * day ("ab September 12 an erste Kunden"). Prepositions are a closed class, so a list is the right tool.
     */
    private static final Pattern RANGE_MONTH_DAY = Pattern.compile(
            "(?=\\p{Lu})(?<=(?:^|[^\\p{L}])(?:[Aa]b|[Bb]is|[Ss]eit)[ \u00A0])(" + MONTH + ")\\.?\\s+([0-9]{1,2})(?:,\\s*" + YEAR + ")?"
                    + "(?=\\s*[,.;:!?)]|\\s+(?:an|auf|aus|bei|bis|für|im|in|mit|nach|über|um|und|oder|von|vor|zu|zum|zur)"
                    + "(?!\\p{L}))");

    /**
     * Day and month with a slash and no year after a date preposition or a weekday: "am 17/10", "bis zum 30/12",
     * "Mittwoch, 17/07". German writes
     * "am 17.10."; a fraction there is followed by what it divides ("vom 2/3 der Stimmen").
     */
    private static final Pattern PREPOSITION_DAY_SLASH_MONTH = Pattern.compile(
            // the digit first: the two look-behinds are tried only where a number starts
            "(?=[0-9])(?:" + DATE_PREPOSITION + "|(?<=\\b(?:" + String.join("|", CalendarNames.GERMAN_WEEKDAYS)
                    + "),?[ \u00A0]))"
                    + "([0-9]{1,2})/([0-9]{1,2})(?![\\p{N}/]|[.,][0-9]|\\s+(?:der|des|aller)\\b)");

    /**
     * An ordinal with a foreign marker: the Spanish and Portuguese "19.º" or "3ª", the French "16e" or "2ème". German
     * marks an ordinal with a full stop alone ("19."). The English "16th" stays silent: it lives on in names ("16th
     * Street").
     */
    private static final Pattern FOREIGN_ORDINAL = Pattern.compile(
            "(?=[0-9])(?<![\\p{L}\\p{N}.,/-])([0-9]{1,3})(?:\\.?[ºª]|e|ème|eme)(?![\\p{L}\\p{N}º-])");

    /**
     * A number with an English ordinal suffix ("36th", "1st", "22nd"); a finding only where German text goes on after
     * it or a month stands before it (see {@link #englishOrdinal}).
     */
    private static final Pattern ENGLISH_ORDINAL = Pattern.compile(
            "(?=[0-9])(?<![\\p{L}\\p{N}.,/-])([0-9]{1,3})(st|nd|rd|th)(?![\\p{L}\\p{N}])");

    /**
     * A time with the English "hrs" or, a bare hour after "um", "gegen", "ab" or "bis", the Argentinian "hs": "20:45
     * hrs", "um 21 hs"; "12 hrs" alone is a duration.
     */
    private static final Pattern HOURS_ABBREVIATION = Pattern.compile(
            "(?=[0-9])(?<![\\p{N}.:,])([01]?[0-9]|2[0-3])(?:[:.]([0-5][0-9])\\s?hrs?|(?<=\\b(?:[Uu]m|[Gg]egen|[Aa]b|[Bb]is) [0-9]{1,2})\\s?hs)"
                    + "\\.?(?!\\p{L})");

    /**
     * A time with a foreign clock word: the Scandinavian "kl. 8.00", the Finnish "klo 5.30", the Greek "8:30 μ.μ."
     * (after noon) and "π.μ.", the Indonesian zones "07.00 WIB", "WITA", "WIT", the Dutch "10.30 uur" and the Thai
     * "18.00 น.", also with the hour alone ("um 9 μ.μ."). Each locale writes its clock with one or two fixed words, so the few of the source languages are
     * listed; German writes "8:00 Uhr".
     */
    private static final Pattern FOREIGN_CLOCK = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?:kl\\.|klo)\\s?([01]?[0-9]|2[0-3])[.:]([0-5][0-9])"
                    + "|([01]?[0-9]|2[0-3])(?:[.:]([0-5][0-9]))?\\s?(μ\\.\\s?μ\\.|π\\.\\s?μ\\.|WIB|WITA|WIT|uur|น\\.))"
                    + "(?![\\p{L}\\p{N}])");

    /**
     * A clock time with a short lower-case word after it that German does not know: the clock word of a source language
     * left untranslated ("18.30 hod.", "20.00 val.", "8.30 óra", "19:00 ora"). German writes "Uhr".
     */
    private static final Pattern CLOCK_WORD = Pattern.compile(
            "(?=[0-9])(?<![\\p{L}\\p{N}.,:])([01]?[0-9]|2[0-3])[.:]([0-5][0-9])\\s(\\p{Ll}{2,4})\\.?(?![\\p{L}\\p{N}])");

    /**
     * A numeric date with a full stop after the year before a lower-case word, as Croatian, Serbian, Czech and
     * Hungarian write the ordinal year ("am 14. 11. 2025. nach"): in German no sentence ends there, and the year takes
     * no full stop.
     */
    private static final Pattern YEAR_FULL_STOP_DATE = Pattern.compile(
            "(?=[0-9])(?<![\\p{N}.])([0-9]{1,2})\\.\\s?([0-9]{1,2})\\.\\s?((?:19|20)[0-9]{2})\\.(?=[ \u00A0]+\\p{Ll})");

    /** Day, month and year with slashes, the year with four digits or two ("21/06/24"). */
    private static final Pattern SLASH_DATE = Pattern.compile(
            "(?=[0-9])(?<![\\p{N}/.\\p{L}])([0-9]{1,2})/([0-9]{1,2})/((?:19|20)[0-9]{2}|[0-9]{2})(?![\\p{N}/])");

    /** Day, month and year separated by hyphens ("12-06-2025"): German uses dots, and puts the year first with hyphens. */
    private static final Pattern DASH_DATE = Pattern.compile(
            "(?=[0-9])(?<![\\p{N}\\-/.\\p{L}_])([0-9]{1,2})-([0-9]{1,2})-((?:19|20)[0-9]{2})(?![\\p{N}\\-/_])");

    /**
     * The ISO date ("2025-06-03") in running text, or the same order with slashes as East Asian sites write it
     * ("2025/03/14", also with one-digit parts: "2026/7/1"), not in a link or file name: a database's or a feed's
     * format that German news writes as "3. Juni 2025" or "03.06.2025". Iranian and Afghan sites write the solar
     * Hijri year so ("1403/09/25"): its date needs converting, not reordering, so it gets no suggestion.
     */
    private static final Pattern ISO_DATE = Pattern.compile("(?=[0-9])(?<![\\p{N}\\-/.\\p{L}_:])((?:19|20|1[34](?=[0-9]{2}/))[0-9]{2})([-/])"
            + "(0[1-9]|1[0-2]|(?<=/)[1-9])\\2(0[1-9]|[12][0-9]|3[01]|(?<=/)[1-9])(?![\\p{N}\\-/_:T])");

    /**
     * A number with the Chinese and Japanese unit of ten thousand or of a hundred million: "4,3万 Autos" is 43.000.
     */
    private static final Pattern MYRIAD = Pattern.compile("(?=[0-9])(?<![\\p{N}.,])([0-9]+(?:[.,][0-9]+)?)\\s?([万億亿])");
    /** A century in Roman numerals, as Romance and Slavic languages write it: German writes "im 19. Jahrhundert". */
    private static final Pattern ROMAN_CENTURY = Pattern.compile("(?<![\\p{L}])([IVX]{1,5})\\.?(\\s+Jahrhunderts?)(?!\\p{L})");

    /**
     * A year of the Thai solar calendar, the Buddhist era, 543 years ahead of the Gregorian: "im Jahr 2568" is 2025.
     * German news names no year so far ahead after "Jahr" or a month but in science fiction, so years 2500 to 2599
     * there are read as Thai ("bis zum 15. September 2567").
     */
    private static final Pattern BUDDHIST_YEAR = Pattern.compile(DIGIT_FIRST + "(?=25)(?<=\\b(?:Jahr|Jahres|Jahre|"
            + CalendarNames.alternation(CalendarNames.GERMAN_MONTHS) + ")[ \\u00A0])(25[0-9]{2})(?![\\p{N}])");
    private static final int BUDDHIST_ERA_OFFSET = 543;

    /**
     * A score with a hyphen, as English and Turkish sports pages write it ("setzte sich 3-1 durch"): German writes
     * "3:1". The winner's goals first and at most {@value #MAX_HYPHEN_SCORE}, so that a range ("12-14 Zeichen", which
     * rises) stays silent, and not after the label of a reference ("Artikel 5-2", "§ 13-1").
     */
    private static final Pattern HYPHEN_SCORE = Pattern.compile(
            "(?=[0-9])(?<![\\p{N}.,:/\\-\\p{L}])([0-9]{1,2})-([0-9]{1,2})(?![\\p{N},:/\\-\\p{L}]|\\.\\d)");
    private static final int MAX_HYPHEN_SCORE = 15;
    /** The labels of a legal or document reference, before which "5-2" is a number, not a score. */
    private static final Pattern REFERENCE_LABEL = Pattern.compile(
            "(?:Artikel|Art\\.|§|Nr\\.|Abs\\.|Kapitel|Paragraf|Paragraph|Ziffer|Punkt)\\s*$");

    /**
     * An amount with the East Asian magnitudes 万 (10⁴), 億/亿 (10⁸) and 兆 (10¹²), maybe with the yen or yuan sign:
     * "5兆3529億円", "1万5000円". German counts in thousands: "5,35 Billionen Yen", "15.000 Yen".
     */
    private static final Pattern CJK_AMOUNT = Pattern.compile(
            "(?=[0-9])(?<![\\p{N}.,])(?:[0-9]+(?:\\.[0-9]+)?[兆億亿万])+[0-9]*([円元])?");
    private static final Pattern CJK_PART = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)([兆億亿万])");
    private static final Map<Character, Double> CJK_MAGNITUDES = Map.of('兆', 1e12, '億', 1e8, '亿', 1e8, '万', 1e4);

    /**
     * Signs that German writes itself or that are German words and units: "SFr." and "US$", the article "den", the
     * area unit "Ar" (the Malagasy ariary's sign).
     */
    private static final Set<String> GERMAN_LOOKALIKE_SIGNS = Set.of("SFr.", "US$", "den", "Ar");
    private static final int MIN_ANY_CASE_SIGN = 3;
    /**
     * The local currency signs of other countries, from the JDK's locale data ("Kč", "zł", "Ft", "лв.", "kr"), that
     * German news does not write after an amount: it writes the currency's name or ISO code ("230 Mrd. Kronen", "CZK"),
     * which the finding suggests, each of them for a sign of several currencies ("kr"). Signs of capitals only ("KM",
     * "DA") are left out, as units and abbreviations look the same, and so is {@link #GERMAN_LOOKALIKE_SIGNS}.
     */
    private static final Map<String, List<String>> LOCAL_CURRENCY_SIGNS = localCurrencySigns();
    /**
     * The signs as a regular expression's alternation, the longest first ("kr." before "kr"); a sign of three letters
     * or more also with its first two letters capitalised, as papers write the Kenyan shilling "KSh" for "Ksh". All
     * capitals would be an acronym ("FDJ").
     */
    private static final String LOCAL_SIGN = LOCAL_CURRENCY_SIGNS.keySet().stream()
            .flatMap(sign -> sign.length() >= MIN_ANY_CASE_SIGN ? Stream.of(sign, capitaliseTwo(sign)) : Stream.of(sign))
            .distinct().filter(sign -> !sign.equals(sign.toUpperCase(Locale.ROOT)) || LOCAL_CURRENCY_SIGNS.containsKey(sign))
            .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
            .collect(Collectors.joining("|", "(", ")"));
    private static final Pattern LOCAL_CURRENCY = Pattern.compile(
            "(?=[0-9])(?<![\\p{L}\\p{N}.,])([0-9][0-9.,]*)(\\s\\p{L}{2,5}\\.?)?\\s?" + LOCAL_SIGN + "(?![\\p{L}\\p{N}])");

    /** The same signs before the amount: "Rs 1,500", "zł 120". */
    // the lookahead for a digit close by lets the alternation of signs run only where an amount follows
    private static final Pattern LOCAL_CURRENCY_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])(?=\\S{1,8}\\s?[0-9])"
            + LOCAL_SIGN + "\\s?([0-9][0-9.,]*[0-9]|[0-9])(?![\\p{L}\\p{N}])");

    /**
     * Indian digit grouping, lakh and crore ("1,25,000", "2,50,00,000"): two digits to a group above the thousands.
     * German groups by three with full stops.
     */
    private static final Pattern INDIAN_GROUPED = Pattern.compile(
            "(?=[0-9])(?<![\\p{N}.,:])[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?![\\p{N}]|,[0-9])");

    /** A Chinese or Japanese date, year, month and day marked with "年", "月", "日": "2025年3月12日", "3月12日". */
    private static final Pattern CJK_DATE = Pattern.compile(
            "(?=[0-9])(?<![\\p{N}])(?:((?:19|20)[0-9]{2})年)?(0?[1-9]|1[0-2])月(0?[1-9]|[12][0-9]|3[01])日");

    /**
     * A year, maybe after a day and month, with the abbreviation of "year" in Polish ("2024 r."), Russian ("2024 г.")
     * or Ukrainian ("14.03.2024 р.").
     */
    private static final Pattern YEAR_ABBREVIATION = Pattern.compile(
            "(?=[0-9])(?<![\\p{N}.])((?:[0-9]{1,2}\\.){0,2}(?:19|20)[0-9]{2})\\s?(?:r|г|р)\\.(?!\\p{L})");

    /**
     * Year, month and day with dots, as Hungarian, Korean and Japanese write them ("2024. 03. 14.", "2024.03.12."):
     * German puts the day first. Spaces after the dots, a final dot or a two-digit month tell it from a version number
     * ("2023.3.1").
     */
    private static final Pattern YEAR_FIRST_DATE = Pattern.compile(
            "(?=[0-9])(?<![\\p{N}.])((?:19|20)[0-9]{2})\\.(\\s?)(0[1-9]|1[0-2]|(?<=\\s)[1-9])\\.\\2(0?[1-9]|[12][0-9]|3[01])(\\.?)"
                    + "(?![\\p{N}])");

    /**
     * A clock hour with the French hour mark and no minutes after "um", "gegen", "zwischen", "von", "bis" or "ab" ("um
     * 20h", "um 20 h", "zwischen 20h und 8h", "ab 21h"); "ab 24h" and "ab 48h" are durations, beyond the clock's hours.
     */
    private static final Pattern HOUR_MARK_ALONE = Pattern.compile(
            "(?=[0-9])(?<=\\b(?:[Uu]m|[Gg]egen|[Zz]wischen|[Vv]on|[Bb]is|[Aa]b) )([01]?[0-9]|2[0-3]) ?h(?: (und|bis) ([01]?[0-9]|2[0-3]) ?h)?"
                    + "(?![\\p{L}\\p{N}-])");

    /**
     * A span of hours with the French hour mark and no minutes: "10h–18h", "9h-12h", or the mark glued to the last hour
     * alone ("8-14h"); German writes "8 bis 14 Uhr".
     */
    private static final Pattern HOUR_MARK_RANGE = Pattern.compile(
            "(?=[0-9])(?<![\\p{L}\\p{N}.,:])([01]?[0-9]|2[0-3])(?:h\\s?[–-]\\s?|[–-])([01]?[0-9]|2[0-3])h(?![\\p{L}\\p{N}])");

    /**
     * 12-hour clock: "2:15 PM", "9:45 p.m.", "9 a. m.", "9:45am". A lowercase "am" after a space is the German
     * preposition ("um 9 am Montag"), so it only counts glued to the digits.
     */
    private static final Pattern TWELVE_HOUR_TIME = Pattern.compile(
            "(?=[0-9])(?<![\\p{N}.:,])([0-9]{1,2})(?:[:.]([0-9]{2}))?(?:\\s?(AM|PM|[AaPp]\\.\\s?[Mm]\\.?|pm)|(am))"
                    + "(?![\\p{L}\\p{N}-])");

    /**
     * The French and Portuguese hour mark ("20h15", "21h00") and the Dutch one ("17u30"); "/", "+" or "=" before it,
     * "+" or "=" after it mean a base64 blob, not a time.
     */
    private static final Pattern HOUR_MARK_TIME = Pattern.compile(
            "(?=[0-9])(?<![\\p{L}\\p{N}.,:/+=])([01]?[0-9]|2[0-3])(?:[hu]| h )([0-5][0-9])(?![\\p{L}\\p{N}+=]|\\s?(?:min|Min|m\\b))");

    /**
     * Currencies by name, as they follow an amount in German: the units of the JDK's currencies named in German ("Lari",
     * "Dong", "Rupie"), maybe in the plural ("Rupien", "Pesos").
     */
    private static final String CURRENCY_NAMES = "(?:" + CalendarNames.alternation(germanCurrencyUnits()) + ")(?:n|s)?";
    private static final Pattern CURRENCY_NAME = Pattern.compile("(?<!\\p{L})(?:" + CURRENCY_NAMES + ")(?!\\p{L})");

    /**
     * Units, magnitudes and currencies that follow a measured amount: a closed class of the SI units, magnitudes and
     * currencies news uses. A decimal point before one of them is English.
     */
    private static final Pattern UNIT = Pattern.compile("(?:Prozentpunkte|Prozent|%|Promille|Punkte|Millionen|Milliarden"
            + "|Billionen|Mio\\.?|Mrd\\.?|Grad|°C|Kilometer|Meter|Zentimeter|Millimeter|Quadratmeter|Quadratkilometer"
            + "|Kubikmeter|Hektar|km|m|cm|mm|km/h|Kilogramm|Gramm|Tonnen|kg|Liter|Milliliter|Sekunden|Minuten|Stunden"
            + "|Kilowatt|Megawatt|Gigawatt|Kilowattstunden|kW|MW|GW|kWh|Zoll|Karat|Cent|[€$£℃]|" + CURRENCY_NAMES + ")");

    /** Also before a hyphenated compound with the unit ("5.7-Zoll-Display"), which no date or version is. */
    private static final Pattern DECIMAL_POINT_UNIT = Pattern.compile(
            "(?=[0-9])(?<![\\p{N}.,])([0-9]{1,4})\\.([0-9]{1,2})(\\s?|-)(" + UNIT.pattern() + ")(?![\\p{L}])");

    /**
     * An amount with a magnitude word or abbreviation of another language: English "4.3bn", "250mn", "1.2 trn", "38
     * million", and the words other languages derive from the same Latin roots ("4,2 mld.", "5 mln", "3 miliony",
     * "12 milyar", "7 millones", "2 miljard"). German writes "Mio.", "Mrd." and "Bio." or the capitalised noun. The
     * roots make a closed class across the source languages, so a pattern of them beats a word list per language; a
     * German word the shape also takes ("milde", "billig") is known to the dictionary and left out. "m" and "k" stay
     * out, "5m" being five metres.
     */
    private static final Pattern FOREIGN_MAGNITUDE = Pattern.compile(
            "(?=[0-9])(?<![\\p{L}\\p{N}.,])([0-9]+(?:[.,][0-9]+)?)\\s?(bn|mn|mln|bln|tn|trn|mld|mlrd|(?:mil|bil|tril)\\p{Ll}*)\\.?"
                    + "(?![\\p{L}\\p{N}])");
    /** Thousand millions: "mld", "miliard", "miljard", "milyar"; English "bn", "bln" and "billion". */
    private static final Pattern THOUSAND_MILLIONS = Pattern.compile("m.*(?:ld|rd|iar|jar|yar).*|bn|bln|billions?");
    /** Millions: "mln", "mn", "million", "milion", "miljoen", "miljon", "milyon", "millón", "milhão", "milijun". */
    private static final Pattern MILLIONS = Pattern.compile("mln|mn|mil+[ijy]?(?:on|ón|hão|hões|oen|jun|jon).*");
    /** Ambiguous elsewhere: "bilion", "billón", "bilhão" are a thousand millions in some languages, a million in others. */
    private static final Pattern OTHER_BILLIONS = Pattern.compile("bil+[ijy]?(?:on|ón|hão|hões|joen|jon|jun).*");
    /**
     * Unit symbols German writes after a time or a number in lower case ("2:14 min", "1.20 ml", "1.5 ha"): no clock
     * word. A closed class of symbols, so listed.
     */
    private static final Set<String> UNIT_SYMBOLS = Set.of("min", "sek", "sec", "std", "ml", "mg", "ha", "ct", "cm",
            "mm", "km", "kg", "dl", "cl", "kw", "ps", "mb", "gb", "tb", "kb", "pt", "px");
    /** Million millions: English "tn", "trn", "trillion"; other languages' "bilion", "billón" are ambiguous. */
    private static final Pattern MILLION_MILLIONS = Pattern.compile("tn|trn|trillions?");

    /** Comma-grouped thousands: two or more groups, or one group and a decimal point ("1,500.50"). */
    private static final Pattern COMMA_THOUSANDS = Pattern.compile(
            "(?=[0-9])(?<![\\p{N}.,:])[0-9]{1,3}(?:(?:,[0-9]{3}){2,}(?:\\.[0-9]+)?|,[0-9]{3}\\.[0-9]+)(?![\\p{N}]|,[0-9])");

    /**
     * One comma group before a word: "3,400 Beschäftigte", "1,234 Einwohner". German writes three decimals only where
     * they count, before a unit, a currency, a magnitude or a time ("1,085 Dollar", "42,195 km", "3,716 Mrd.");
     * before anything else, and in a round "3,400" before any word, the comma groups an English thousand.
     */
    private static final Pattern COMMA_ONE_GROUP = Pattern.compile(
            "(?=[0-9])(?<![\\p{N}.,:])[1-9][0-9]{0,2},[0-9]{2}([0-9])(?![\\p{N}]|[.,][0-9])(?=\\s+(\\p{L}+))");

    /**
     * Thousands grouped with plain spaces before a word, as French, Polish, Czech or Swedish write them ("12 400
     * Hektar", "1 500 Euro", "1 500 000 €"): German news groups with a full stop. A typographer's narrow space (U+202F, U+2009) is
     * DIN 5008's alternative and stays silent; a number after another number ("+43 1 234 567") or with a leading
     * zero ("0664 123 456") is a phone number.
     */
    private static final Pattern SPACE_THOUSANDS = Pattern.compile(
            "(?=[0-9])(?<![\\p{N}.,:/+\\-]|\\p{N} )[1-9][0-9]{0,2}(?:[ \u00A0][0-9]{3})+(?![\\p{N}]|[.,:/][0-9]|\\s\\p{N})"
                    + "(?=\\s+[\\p{L}\\p{Sc}])");

    /**
     * Abbreviations of metric units in another language after an amount: Italian "mq" and "mc" (square and cubic
     * metres), kilometres per hour in Dutch ("km/u"), Danish and Norwegian ("km/t") and Indonesian and Malay ("km/j");
     * French "m3" without its superscript is left alone. German writes "m²" and "m³"; the abbreviations are
     * a closed class.
     */
    private static final Pattern FOREIGN_UNIT = Pattern.compile(
            "(?=[0-9])(?<![\\p{L}\\p{N}.,])([0-9]{1,3}(?:[.,][0-9]{3})*(?:,[0-9]+)?)\\s?(mq|kmq|mc|km/u|km/t|km/j)"
                    + "(?![\\p{L}\\p{N}])");
    private static final Map<String, String> GERMAN_UNITS = Map.of("mq", "m²", "kmq", "km²", "mc", "m³",
            "km/u", "km/h", "km/t", "km/h", "km/j", "km/h");

    /**
     * A unit written in another script after a figure: "1.800 МВт", "5 км", "12 χλμ". German writes SI symbols in Latin
     * letters (a lone Greek letter is a symbol of its own: "5 Ω"); Cyrillic ones are the same symbols transliterated (GOST 8.417), a closed set, so the common ones map
     * back; any other is reported without a suggestion.
     */
    private static final Pattern FOREIGN_SCRIPT_UNIT = Pattern.compile(
            "(?=[0-9])(?<![\\p{L}\\p{N}.,])([0-9]{1,3}(?:[.,][0-9]{3})*(?:,[0-9]+)?|[0-9]+)\\s?"
                    + "(\\p{IsCyrillic}{1,3}(?:/\\p{IsCyrillic}{1,2})?|\\p{IsGreek}{2,3})(?![\\p{L}\\p{N}-])");
    private static final Map<String, String> CYRILLIC_SI = Map.ofEntries(Map.entry("км", "km"),
            Map.entry("кг", "kg"), Map.entry("м", "m"), Map.entry("см", "cm"), Map.entry("мм", "mm"),
            Map.entry("т", "t"), Map.entry("л", "l"), Map.entry("Вт", "W"), Map.entry("кВт", "kW"),
            Map.entry("МВт", "MW"), Map.entry("ГВт", "GW"), Map.entry("км/ч", "km/h"), Map.entry("га", "ha"));

    /**
     * A Chinese or Japanese clock time, hour and maybe minutes marked with "時" and "分": "21時", "9時30分"; "3時間" is
     * a duration of three hours.
     */
    private static final Pattern CJK_TIME = Pattern.compile("(?=[0-9])(?<![\\p{N}])([01]?[0-9]|2[0-4])[時时](?!間|间)(?:([0-5]?[0-9])分)?");

    /** Words after which even round three decimals are German: magnitudes ("3,500 Milliarden"), scores and times. */
    private static final Pattern PRECISE_QUANTITY = Pattern.compile(
            "(?:Millionen|Milliarden|Billionen|Mio|Mrd|Punkte|Punkten|Zähler|Sekunden|Minuten|Min|Stunden)");

    /** A currency sign before the amount; "US-$" and "US$" are left alone. */
    private static final Pattern LEADING_CURRENCY = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])([$€£])\\s?([0-9](?:[0-9.,]*[0-9])?)(?:(\\s?)(Millionen|Milliarden|Mio\\.|Mrd\\.))?(?![\\p{N}])");

    private static final Map<String, String> CURRENCY_SIGNS = Map.of("$", "Dollar", "€", "Euro", "£", "Pfund");

    /**
     * Another currency's sign ("₹500", "¥ 3.000", "₺1.250", the Brazilian "R$ 40") or abbreviation glued to a grouped amount ("Rp14.500",
     * "Rs.1,200", "RM3,912") before the amount: German puts the currency after it. A glued abbreviation needs thousands grouping,
     * as type names have short plain numbers ("A320", "U21").
     */
    private static final Pattern LEADING_OTHER_CURRENCY = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])(?:((?:R|A|C|NZ|HK|S|NT|MX)\\$|[\\p{Sc}&&[^$€£]])\\s?([0-9](?:[0-9.,]*[0-9])?)"
                    + "|(\\p{Lu}[\\p{Lu}\\p{Ll}]?\\.?)([0-9]{1,3}(?:[.,][0-9]{3})+(?:[.,][0-9]{1,2})?))(?![\\p{N}])");

    /** The same abbreviation glued to a decimal before a magnitude: "Rp4,2 Milliarden" is "4,2 Milliarden Rp". */
    private static final Pattern LEADING_CURRENCY_MAGNITUDE = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])(\\p{Lu}\\p{Ll}?\\.?)([0-9]+,[0-9]+)\\s(Millionen|Milliarden|Billionen|Mio\\.|Mrd\\.)"
                    + "(?!\\p{L})");

    /**
     * An amount of money with its magnitude as one capital letter, as English finance writes it: "USD 18.5M", "30 M€",
     * "$2B", "€500K". German writes "18,5 Mio. US-Dollar". A currency code or sign must stand on one side: "5M" alone
     * may be a model's name.
     */
    private static final Pattern LETTER_MAGNITUDE = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])(?:([A-Z]{3}|[$€£])\\s?)?([0-9]+(?:[.,][0-9]+)?)\\s?(M|Mn|B|Bn|K)(?:\\s?([$€£]))?"
                    + "(?![\\p{L}\\p{N}])");
    private static final Map<String, String> LETTER_MAGNITUDES = Map.of("M", "Mio.", "Mn", "Mio.", "B", "Mrd.",
            "Bn", "Mrd.", "K", "Tsd.");

    /** The percent sign before the number, as Turkish writes it ("%44,4"): German writes "44,4 %". */
    private static final Pattern LEADING_PERCENT = Pattern.compile(
            "(?<![\\p{L}\\p{N}%])%\\s?([0-9]+(?:,[0-9]+)?)(?![\\p{L}\\p{N}])");

    /** A clock time with an hour mark after it ("18:00h", "9.30h", "21:10 hs."): German writes "18:00 Uhr". */
    private static final Pattern TIME_WITH_HOUR_MARK = Pattern.compile(
            "(?=[0-9])(?<![\\p{L}\\p{N}.,:])([01]?[0-9]|2[0-3])[:.]([0-5][0-9])\\s?(?:h|hs\\.?|hrs\\.?)(?![\\p{L}\\p{N}])");

    /** Digits of another script ("١٢", "१५", fullwidth "１２"): German writes Western digits. */
    private static final Pattern OTHER_DIGITS = Pattern.compile("[\\p{Nd}&&[^0-9]][\\p{Nd}.,:/]*");

    /** An amount: digits with German or English grouping ("10 000", "1.500", "2,5"). */
    private static final String AMOUNT = "([0-9]{1,3}(?:[.,\u00A0\u202F ][0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:[.,][0-9]+)?)";

    /**
     * An amount in an imperial unit. The units are a closed class; German keeps "Seemeilen" (a different word),
     * "Zoll" for screens, rims and pipes, "Yards" in American football and golf, and "Feinunze" for gold, so those are
     * not listed.
     */
    private static final Pattern IMPERIAL = Pattern.compile("(?=[0-9])(?<![\\p{L}\\p{N}.,])" + AMOUNT
            + "[\\s\u00A0-]?(sq\\.? ?ft\\.?|sq\\.? ?mi\\.?|square feet|square miles|Quadratfuß|Quadratmeilen"
            + "|Meilen|Meile|miles|mile|mph|Fuß|feet|ft|Gallonen|Gallone|gallons|Pfund|lbs|lb|inches|inch|oz"
            + "|Grad Fahrenheit|Grad F|°\\s?F|Fahrenheit|acres|Acres)(?![\\p{L}\\p{N}])");

    /** Number words, a closed class, as they stand before a unit: "drei Meilen", "einer Meile". */
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("ein", 1), Map.entry("eine", 1),
            Map.entry("einer", 1), Map.entry("einem", 1), Map.entry("zwei", 2), Map.entry("drei", 3),
            Map.entry("vier", 4), Map.entry("fünf", 5), Map.entry("sechs", 6), Map.entry("sieben", 7),
            Map.entry("acht", 8), Map.entry("neun", 9), Map.entry("zehn", 10), Map.entry("elf", 11),
            Map.entry("zwölf", 12), Map.entry("zwanzig", 20), Map.entry("dreißig", 30), Map.entry("vierzig", 40),
            Map.entry("fünfzig", 50), Map.entry("hundert", 100), Map.entry("tausend", 1000));

    /**
     * A number word before miles or gallons: "drei Meilen". Feet and pounds are left to digits, since "einen Fuß"
     * and "ein Pfund Butter" are German.
     */
    private static final Pattern IMPERIAL_WORDS = Pattern.compile("(?<!\\p{L})((?iu:"
            + CalendarNames.alternation(NUMBER_WORDS.keySet()) + "))\\s+(Meilen|Meile|Gallonen|Gallone)(?!\\p{L})");

    /** Metric rewrites of the imperial units: factor, offset (Fahrenheit) and the German unit. */
    private record Conversion(double factor, double offset, String unit) {
    }

    private static final Map<String, Conversion> CONVERSIONS = conversions();

    /** The translator already gave the metric value: "25 Meilen (40 Kilometer)". */
    private static final Pattern METRIC_IN_BRACKETS = Pattern.compile(
            "^\\s*\\((?:rund |etwa |ca\\. |knapp |gut |über |mehr als )?[0-9]");

    /** "Pfund" is money unless the sentence speaks of weight: "wog 200 Pfund", "200 Pfund schwer", "abgenommen". */
    private static final Pattern WEIGHT_CONTEXT = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:wieg\\p{L}*|wog\\p{L}*|gewogen|\\p{L}*gewicht\\p{L}*|schwer(?:e[nmrs]?)?"
                    + "|(?:ab|zu)(?:ge)?nommen|(?:ab|zu)nehmen|kilo)(?!\\p{L})");

    /** Aircraft altitudes are given in feet in German too (ICAO flight levels): "in 35.000 Fuß Höhe". */
    private static final Pattern ALTITUDE_AFTER = Pattern.compile("^\\s+Höhe");

    private static final Pattern ENGLISH_GROUPED = Pattern.compile("[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?");
    private static final Pattern ENGLISH_DECIMAL = Pattern.compile("[0-9]+\\.[0-9]{1,2}");

    /** English words that mark the surrounding text as an untranslated English passage, not a locale slip. */
    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("the", "of", "for", "and", "to", "with", "than",
            "at", "by", "from", "is", "are", "on", "this", "that");

    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\W{0,3}$");
    private static final Pattern WORD_AFTER = Pattern.compile("^\\W{0,3}(\\p{L}+)");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s");
    private static final int SENTENCE_REACH = 300;

    private static final List<Convention> CONVENTIONS = List.of(
            new Convention(MONTH_DAY_YEAR, "Date in English order (month before day)",
                    (m, t) -> germanDate(null, m.group(2), MONTHS.get(m.group(1)), m.group(3))),
            new Convention(ENGLISH_MONTH_DAY, "Date in English order (month before day)",
                    (m, t) -> germanDate(m.group(1), m.group(3), MONTHS.get(m.group(2)), null)),
            new Convention(DAY_ENGLISH_MONTH, "Date with an English month name",
                    (m, t) -> germanDate(null, m.group(1), MONTHS.get(m.group(2)), m.group(4))),
            new Convention(FOREIGN_DATE, "Date with a foreign month name",
                    (m, t) -> m.group(2) == null && m.group(4) == null ? Optional.empty()
                            : germanDate(m.group(1), m.group(2), CalendarNames.FOREIGN_MONTHS.get(m.group(3)),
                                    m.group(4))),
            new Convention(DAY_WITHOUT_FULL_STOP, "Day without its ordinal full stop",
                    (m, t) -> germanDate(null, m.group(1), m.group(2), m.group(3))),
            new Convention(PREPOSITION_DAY_WITHOUT_FULL_STOP, "Day without its ordinal full stop",
                    (m, t) -> germanDate(null, m.group(1), m.group(2), null)),
            new Convention(PREPOSITION_MONTH_DAY, "Date in English order (month before day)",
                    LocaleFormatDetector::monthDay),
            new Convention(RANGE_MONTH_DAY, "Date in English order (month before day)",
                    LocaleFormatDetector::monthDay),
            new Convention(PREPOSITION_DAY_SLASH_MONTH, "Day and month with a slash",
                    LocaleFormatDetector::dayMonth),
            new Convention(FOREIGN_ORDINAL, "Ordinal with a foreign marker",
                    (m, t) -> Optional.of(List.of(m.group(1) + "."))),
            new Convention(HOURS_ABBREVIATION, "Time with the English 'hrs' or the Spanish 'hs'",
                    (m, t) -> Optional.of(List.of(Integer.parseInt(m.group(1))
                            + (m.group(2) == null ? "" : ":" + m.group(2)) + " Uhr"))),
            new Convention(FOREIGN_CLOCK, "Time with a foreign clock word", (m, t) -> foreignClock(m)),
            new Convention(SLASH_DATE, "Date with slashes", (m, t) -> slashDate(m)),
            new Convention(YEAR_FULL_STOP_DATE, "Date with a full stop after the year", (m, t) -> Optional.of(List.of(
                    numericDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3))))),
            new Convention(DASH_DATE, "Date with hyphens", (m, t) -> slashDate(m)),
            new Convention(ISO_DATE, "Date with the year first", (m, t) -> Optional.of(m.group(1).startsWith("1")
                    && !m.group(1).startsWith("19") ? List.of()
                    : List.of(numericDate(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), m.group(1))))),
            new Convention(MYRIAD, "Number with an East Asian unit", (m, t) -> myriad(m)),
            new Convention(ROMAN_CENTURY, "Century in Roman numerals",
                    (m, t) -> Optional.of(List.of(roman(m.group(1)) + "." + m.group(2)))),
            new Convention(BUDDHIST_YEAR, "Year of the Thai Buddhist era",
                    (m, t) -> Optional.of(List.of(String.valueOf(Integer.parseInt(m.group(1)) - BUDDHIST_ERA_OFFSET)))),
            new Convention(HYPHEN_SCORE, "Score written with a hyphen", (m, t) -> {
                int first = Integer.parseInt(m.group(1));
                return first <= MAX_HYPHEN_SCORE && first >= Integer.parseInt(m.group(2))
                        && !REFERENCE_LABEL.matcher(t.text().substring(Math.max(0, m.start() - 12), m.start())).find()
                        ? Optional.of(List.of(m.group(1) + ":" + m.group(2))) : Optional.empty();
            }),
            new Convention(CJK_AMOUNT, "Amount with East Asian magnitudes", (m, t) -> cjkAmount(m)),
            new Convention(INDIAN_GROUPED, "Digits grouped in lakh and crore",
                    (m, t) -> Optional.of(List.of(String.format(Locale.GERMAN, "%,d",
                            Long.parseLong(m.group().replace(",", "")))))),
            new Convention(LOCAL_CURRENCY, "Currency sign of another country", (m, t) -> Optional.of(
                    currencyCodes(m.group(3)).stream()
                            .map(code -> m.group(1) + (m.group(2) == null ? "" : m.group(2)) + " " + code).toList())),
            new Convention(CJK_DATE, "Date in Chinese or Japanese form", (m, t) -> Optional.of(List.of(
                    String.format(Locale.ROOT, "%02d.%02d.%s", Integer.parseInt(m.group(3)),
                            Integer.parseInt(m.group(2)), m.group(1) == null ? "" : m.group(1))))),
            new Convention(YEAR_ABBREVIATION, "Year with a foreign abbreviation of 'year'",
                    (m, t) -> Optional.of(List.of(m.group(1)))),
            new Convention(FOREIGN_SCRIPT_UNIT, "Unit in another script", (m, t) -> Optional.of(
                    CYRILLIC_SI.containsKey(m.group(2)) ? List.of(m.group(1) + " " + CYRILLIC_SI.get(m.group(2)))
                            : List.of())),
            new Convention(CJK_TIME, "Time in Chinese or Japanese form", (m, t) -> Optional.of(List.of(
                    m.group(2) == null ? Integer.parseInt(m.group(1)) + " Uhr"
                            : String.format(Locale.ROOT, "%d:%02d Uhr", Integer.parseInt(m.group(1)),
                                    Integer.parseInt(m.group(2)))))),
            new Convention(YEAR_FIRST_DATE, "Date with the year first", (m, t) -> yearFirstDate(m)),
            new Convention(HOUR_MARK_ALONE, "Hour with the French hour mark", (m, t) -> Optional.of(List.of(
                    m.group(2) == null ? Integer.parseInt(m.group(1)) + " Uhr"
                            : Integer.parseInt(m.group(1)) + " " + m.group(2) + " " + Integer.parseInt(m.group(3))
                                    + " Uhr"))),
            new Convention(HOUR_MARK_RANGE, "Hours with the French hour mark",
                    (m, t) -> Optional.of(List.of(m.group(1) + " bis " + m.group(2) + " Uhr"))),
            new Convention(TWELVE_HOUR_TIME, "Time on the 12-hour clock", (m, t) -> twentyFourHourTime(m)),
            new Convention(HOUR_MARK_TIME, "Time with a foreign hour mark",
                    (m, t) -> Optional.of(List.of(Integer.parseInt(m.group(1)) + ":" + m.group(2) + " Uhr"))),
            new Convention(DECIMAL_POINT_UNIT, "Decimal point instead of a decimal comma",
                    LocaleFormatDetector::decimalComma),
            new Convention(COMMA_THOUSANDS, "Commas as thousands separators",
                    (m, t) -> Optional.of(List.of(germanNumber(m.group())))),
            new Convention(COMMA_ONE_GROUP, "Comma as a thousands separator", LocaleFormatDetector::commaThousand),
            new Convention(FOREIGN_UNIT, "Unit with a foreign abbreviation",
                    (m, t) -> Optional.of(List.of(m.group(1) + " " + GERMAN_UNITS.get(m.group(2))))),
            new Convention(SPACE_THOUSANDS, "Spaces as thousands separators",
                    (m, t) -> Optional.of(List.of(m.group().replaceAll("[ \u00A0]", ".")))),
            new Convention(LEADING_CURRENCY, "Currency sign before the amount", (m, t) -> currencyAfter(m)),
            new Convention(LEADING_OTHER_CURRENCY, "Currency before the amount", (m, t) -> otherCurrencyAfter(m)),
            new Convention(LEADING_CURRENCY_MAGNITUDE, "Currency before the amount", (m, t) -> Optional.of(List.of(
                    m.group(2) + " " + m.group(3) + " " + m.group(1).replace(".", "")))),
            new Convention(LETTER_MAGNITUDE, "Magnitude abbreviated as in English",
                    (m, t) -> !isCurrency(m.group(1)) && m.group(4) == null ? Optional.empty() : Optional.of(List.of(
                            germanDecimal(m.group(2)) + " " + LETTER_MAGNITUDES.get(m.group(3)) + " "
                                    + currencyName(m.group(1) != null ? m.group(1) : m.group(4))))),
            new Convention(LEADING_PERCENT, "Percent sign before the number",
                    (m, t) -> Optional.of(List.of(m.group(1) + " %"))),
            new Convention(TIME_WITH_HOUR_MARK, "Time with an hour mark",
                    (m, t) -> Optional.of(List.of(m.group(1) + ":" + m.group(2) + " Uhr"))),
            new Convention(OTHER_DIGITS, "Digits of another script", (m, t) -> westernDigits(m.group())),
            new Convention(IMPERIAL, "Imperial unit left unconverted", LocaleFormatDetector::metric),
            new Convention(IMPERIAL_WORDS, "Imperial unit left unconverted", LocaleFormatDetector::metric),
            // after the older conventions, which name a sign they know in words ("Rp14.500" is "14.500 Rp")
            new Convention(LOCAL_CURRENCY_BEFORE, "Currency sign of another country before the amount",
                    (m, t) -> Optional.of(currencyCodes(m.group(1)).stream()
                            .map(code -> germanNumber(m.group(2)) + " " + code).toList())));


    @Override
    public Category category() {
        return Category.LOCALE_FORMAT;
    }

    @Override
    public List<Finding> detect(AnalysedText analysed) {
        String text = analysed.text();
        List<Finding> findings = new ArrayList<>();
        int[] numberStarts = NUMBER_START.matcher(text).results().mapToInt(MatchResult::start).toArray();
        for (Convention convention : conventions) {
            Matcher m = convention.pattern().matcher(text);
            if (convention.digitFirst()) {
                // each of its matches starts a run of digits: trying those places alone spares a scan of the text
                m.useTransparentBounds(true).useAnchoringBounds(false);
                int end = 0;
                for (int start : numberStarts) {
                    if (start >= end && m.region(start, text.length()).lookingAt()) {
                        end = m.end();
                        report(convention, m, analysed, findings);
                    }
                }
            } else {
                while (m.find()) {
                    report(convention, m, analysed, findings);
                }
            }
        }
        return FindingOverlaps.keepFirstOfOverlapping(findings);
    }

    private void report(Convention convention, Matcher m, AnalysedText analysed, List<Finding> findings) {
        if (inEnglishPassage(analysed.text(), m.start(), m.end())) {
            return;
        }
        Optional<List<String>> rewrite = convention.rewrite().apply(m, analysed);
        if (rewrite.isPresent()) {
            List<String> suggestions = rewrite.get();
            String advice = suggestions.isEmpty() ? "use the German form" : "write '" + suggestions.get(0) + "'";
            findings.add(finding(m.start(), m.end(), convention.problem() + ": '" + m.group() + "'; " + advice,
                    suggestions));
        }
    }

    /**
     * The last word of each currency's German name ("Georgischer Lari": "Lari"); the codes for metals, drawing rights
     * and tests (X…) name no unit, bar the four shared currencies of Africa, the Caribbean and the Pacific.
     */
    private static Set<String> germanCurrencyUnits() {
        Set<String> units = new TreeSet<>();
        for (Currency currency : Currency.getAvailableCurrencies()) {
            String code = currency.getCurrencyCode();
            if (code.startsWith("X") && !SHARED_CURRENCIES.contains(code)) {
                continue;
            }
            String[] words = currency.getDisplayName(Locale.GERMAN).split("[\\s-]+");
            String unit = words[words.length - 1];
            if (unit.matches("\\p{Lu}\\p{Ll}{2,}")) {
                units.add(unit);
            }
        }
        return units;
    }

    /** "14. September" for {@link #DAY_WORLD_MONTH}'s match, or none where the word is no month name or German. */
    private Optional<List<String>> worldMonth(MatchResult m, AnalysedText text) {
        String german = CalendarNames.WORLD_MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        return german == null || isGerman(m.group(2)) ? Optional.empty()
                : Optional.of(List.of(m.group(1) + ". " + german));
    }

    /** "Dienstag" for {@link #DATE_PREPOSITION_WORLD_WEEKDAY}'s match, or none where the word is German. */
    private Optional<List<String>> worldWeekday(MatchResult m, AnalysedText text) {
        String german = CalendarNames.WORLD_WEEKDAYS.get(m.group().toLowerCase(Locale.ROOT));
        return german == null || isGerman(m.group()) ? Optional.empty() : Optional.of(List.of(german));
    }

    /** A word of Latin letters the speller knows; it passes words of other scripts, which are no German. */
    private boolean isGerman(String word) {
        return LATIN_LETTERS.matcher(word).matches() && lexicon.isKnown(word);
    }

    /** "18.30 Uhr" for {@link #CLOCK_WORD}'s match, or none where the word is German or a unit symbol. */
    private Optional<List<String>> clockWord(MatchResult m, AnalysedText text) {
        String word = m.group(3);
        return GermanWords.isKnownOrAbbreviation(lexicon, word) || UNIT_SYMBOLS.contains(word.toLowerCase(Locale.ROOT))
                ? Optional.empty() : Optional.of(List.of(m.group(1) + "." + m.group(2) + " Uhr"));
    }

    /** The German magnitude of {@link #FOREIGN_MAGNITUDE}'s word, or none for a word German knows. */
    private Optional<List<String>> foreignMagnitude(MatchResult m, AnalysedText text) {
        String word = m.group(2);
        if (GermanWords.isKnownOrAbbreviation(lexicon, word)) {
            return Optional.empty();
        }
        String amount = germanDecimal(m.group(1)) + " ";
        if (THOUSAND_MILLIONS.matcher(word).matches()) {
            return Optional.of(List.of(amount + "Mrd."));
        }
        if (MILLIONS.matcher(word).matches()) {
            return Optional.of(List.of(amount + "Mio."));
        }
        if (MILLION_MILLIONS.matcher(word).matches()) {
            return Optional.of(List.of(amount + "Bio."));
        }
        // the Spanish "mil" (thousand) and the ambiguous billions are flagged without a suggestion; any other word of
        // the shape ("militärische") is none
        return word.equals("mil") || OTHER_BILLIONS.matcher(word).matches() ? Optional.of(List.of()) : Optional.empty();
    }

    /**
     * "in der 36th Minute", "ihren 50th Saison-Sieg", "am Mai 20th": the suffix fits the number (1st, 2nd, 3rd, 11th)
     * and a noun German's dictionary knows comes next, or a month name stands before. An English name goes on in
     * English ("16th Street", "5th Avenue", "19th Global CEO Survey") and stays silent.
     */
    private Optional<List<String>> englishOrdinal(MatchResult m, AnalysedText text) {
        int number = Integer.parseInt(m.group(1));
        if (!m.group(2).equals(EnglishOrdinals.suffix(number))) {
            return Optional.empty();
        }
        String before = text.wordBefore(m.start());
        String after = text.wordAfter(m.end());
        boolean monthBefore = before != null && MONTHS.containsKey(before);
        boolean germanAfter = after != null && lexicon.hasTag(after, "SUB");
        return monthBefore || germanAfter ? Optional.of(List.of(number + ".")) : Optional.empty();
    }

    private static boolean inEnglishPassage(String text, int start, int end) {
        Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, start - 30), start));
        Matcher after = WORD_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 30)));
        return (before.find() && ENGLISH_FUNCTION_WORDS.contains(before.group(1).toLowerCase(Locale.ROOT)))
                || (after.find() && ENGLISH_FUNCTION_WORDS.contains(after.group(1).toLowerCase(Locale.ROOT)));
    }

    /** "Donnerstag, 5. Juni 2025" from its parts; the weekday and the year may be null, the day too if a year is given. */
    private static Optional<List<String>> germanDate(String weekday, String day, String germanMonth, String year) {
        StringBuilder date = new StringBuilder();
        if (weekday != null) {
            date.append(CalendarNames.germanWeekday(weekday)).append(", ");
        }
        if (day != null) {
            int d = Integer.parseInt(day);
            if (d < 1 || d > 31) {
                return Optional.empty();
            }
            date.append(d).append(". ");
        }
        date.append(germanMonth);
        if (year != null) {
            date.append(' ').append(year);
        }
        return Optional.of(List.of(date.toString()));
    }

    /** Day first when the first number cannot be a month, month first when the second cannot; else ambiguous. */
    private static Optional<List<String>> slashDate(MatchResult m) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        if (first < 1 || second < 1 || first > 31 || second > 31 || (first > 12 && second > 12)) {
            return Optional.empty();
        }
        if (first > 12) {
            return Optional.of(List.of(numericDate(first, second, m.group(3))));
        }
        if (second > 12) {
            return Optional.of(List.of(numericDate(second, first, m.group(3))));
        }
        return Optional.of(List.of());
    }

    /** "kl. 8.00" as "8:00 Uhr"; "8:30 μ.μ." (after noon) as "20:30 Uhr". */
    private static Optional<List<String>> foreignClock(MatchResult m) {
        boolean before = m.group(1) != null;
        int hour = Integer.parseInt(before ? m.group(1) : m.group(3));
        String minutes = before ? m.group(2) : m.group(4);
        if (!before && m.group(5).startsWith("μ") && hour < 12) {
            hour += 12;
        }
        return Optional.of(List.of(minutes == null ? hour + " Uhr" : hour + ":" + minutes + " Uhr"));
    }

    /** "4,3万" as "43.000", "2亿" as "200 Millionen". */
    private static Optional<List<String>> myriad(MatchResult m) {
        BigDecimal value = new BigDecimal(m.group(1).replace(',', '.'));
        if (m.group(2).equals("万")) {
            return Optional.of(List.of(String.format(Locale.GERMAN, "%,d",
                    value.multiply(BigDecimal.valueOf(10_000)).longValue())));
        }
        return Optional.of(List.of(value.multiply(BigDecimal.valueOf(100)).stripTrailingZeros()
                .toPlainString().replace('.', ',') + " Millionen"));
    }

    /** The value of a Roman numeral of I, V and X. */
    private static int roman(String numeral) {
        int value = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int digit = numeral.charAt(i) == 'X' ? 10 : numeral.charAt(i) == 'V' ? 5 : 1;
            boolean subtract = i + 1 < numeral.length() && digit < (numeral.charAt(i + 1) == 'X' ? 10
                    : numeral.charAt(i + 1) == 'V' ? 5 : 1);
            value += subtract ? -digit : digit;
        }
        return value;
    }

    /** The German date for a month (group 1), a day (group 2) and perhaps a year (group 3). */
    private static Optional<List<String>> monthDay(MatchResult m, AnalysedText text) {
        return germanDate(null, m.group(2), MONTHS.get(m.group(1)), m.group(3));
    }

    /** "17/10" as "17.10.", "12/30" (month first) as "30.12."; nothing when neither order makes a date. */
    private static Optional<List<String>> dayMonth(MatchResult m, AnalysedText text) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        if (first >= 1 && first <= 31 && second >= 1 && second <= 12) {
            return Optional.of(List.of(first + "." + second + "."));
        }
        if (first >= 1 && first <= 12 && second >= 13 && second <= 31) {
            return Optional.of(List.of(second + "." + first + "."));
        }
        return Optional.empty();
    }

    /** A year-first date, unless the version-number shape gives no sign of a date (no space, final dot or "03"). */
    private static Optional<List<String>> yearFirstDate(MatchResult m) {
        boolean dateShaped = !m.group(2).isEmpty() || !m.group(5).isEmpty() || m.group(3).startsWith("0");
        return dateShaped ? Optional.of(List.of(numericDate(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)),
                m.group(1)))) : Optional.empty();
    }

    private static String numericDate(int day, int month, String year) {
        return String.format(Locale.ROOT, "%02d.%02d.%s", day, month, year);
    }

    private static Optional<List<String>> twentyFourHourTime(MatchResult m) {
        int hour = Integer.parseInt(m.group(1));
        if (hour < 1 || hour > 12) {
            return Optional.empty();
        }
        String marker = m.group(3) != null ? m.group(3) : m.group(4);
        boolean afternoon = Character.toLowerCase(marker.charAt(0)) == 'p';
        int hour24 = hour % 12 + (afternoon ? 12 : 0);
        String minutes = m.group(2) == null ? "" : ":" + m.group(2);
        return Optional.of(List.of(hour24 + minutes + " Uhr"));
    }

    /** "4.7 Prozent" becomes "4,7 Prozent"; in Swiss text a point before a currency is the house style. */
    private static Optional<List<String>> decimalComma(MatchResult m, AnalysedText text) {
        if (text.language().equals("de-CH") && CURRENCY_NAME.matcher(m.group(4)).matches()) {
            return Optional.empty();
        }
        return Optional.of(List.of(m.group(1) + "," + m.group(2) + m.group(3) + m.group(4)));
    }

    /**
     * "3,400 Beschäftigte" becomes "3.400 Beschäftigte". Left alone before magnitudes, scores and times; a round
     * amount before a currency in a sentence naming a second currency is an exchange rate ("1,100 Dollar je Euro"),
     * and three precise decimals before a unit or currency are German ("1,085 Dollar").
     */
    private static Optional<List<String>> commaThousand(MatchResult m, AnalysedText text) {
        String next = m.group(2);
        if (PRECISE_QUANTITY.matcher(next).matches()) {
            return Optional.empty();
        }
        boolean round = m.group(1).equals("0");
        boolean measure = UNIT.matcher(next).matches();
        if (!round && (measure || !Character.isUpperCase(next.charAt(0)))) {
            return Optional.empty();
        }
        if (CURRENCY_NAME.matcher(next).matches()) {
            String sentence = sentenceAround(text.text(), m.start(), m.end());
            if (CURRENCY_NAME.matcher(sentence).results().map(MatchResult::group).distinct().count() > 1) {
                return Optional.empty();
            }
        }
        return Optional.of(List.of(m.group().replace(',', '.')));
    }

    private static Optional<List<String>> currencyAfter(MatchResult m) {
        String magnitude = m.group(4) == null ? "" : " " + m.group(4);
        String amount = magnitude.isEmpty() ? germanNumber(m.group(2)) : germanDecimal(m.group(2));
        return Optional.of(List.of(amount + magnitude + " " + CURRENCY_SIGNS.get(m.group(1))));
    }

    /** A currency sign, or an ISO 4217 code the JDK knows ("USD", not the graphics card "GTX"). */
    private static boolean isCurrency(String signOrCode) {
        if (signOrCode == null) {
            return false;
        }
        try {
            return CURRENCY_SIGNS.containsKey(signOrCode) || Currency.getInstance(signOrCode) != null;
        } catch (IllegalArgumentException notACode) {
            return false;
        }
    }

    /** "Dollar" for "$", a currency code as it is ("USD"). */
    private static String currencyName(String signOrCode) {
        return CURRENCY_SIGNS.getOrDefault(signOrCode, signOrCode);
    }

    private static Optional<List<String>> otherCurrencyAfter(MatchResult m) {
        return m.group(1) != null ? Optional.of(List.of(m.group(2) + " " + m.group(1)))
                : Optional.of(List.of((m.group(4).matches(".*,[0-9]{3}") ? germanNumber(m.group(4)) : m.group(4)) + " "
                        + m.group(3).replace(".", "")));
    }

    /** The amount in German words of magnitude: "5兆3529億円" is "5,35 Billionen Yen". */
    private static Optional<List<String>> cjkAmount(MatchResult m) {
        double value = 0;
        Matcher part = CJK_PART.matcher(m.group());
        int end = 0;
        while (part.find()) {
            value += Double.parseDouble(part.group(1)) * CJK_MAGNITUDES.get(part.group(2).charAt(0));
            end = part.end();
        }
        // the units after the last magnitude: "1万5000円" is 15,000 yen
        String units = m.group().substring(end).replaceAll("[^0-9]", "");
        value += units.isEmpty() ? 0 : Double.parseDouble(units);
        String currency = m.group(1) == null ? "" : m.group(1).equals("円") ? " Yen" : " Yuan";
        String[] names = {"Billionen", "Milliarden", "Millionen"};
        double[] sizes = {1e12, 1e9, 1e6};
        for (int i = 0; i < sizes.length; i++) {
            if (value >= sizes[i]) {
                return Optional.of(List.of(germanDecimal(String.format(Locale.ROOT, "%.2f", value / sizes[i])
                        .replaceAll("\\.?0+$", "")) + " " + names[i] + currency));
            }
        }
        return Optional.of(List.of(String.format(Locale.GERMAN, "%,.0f", value) + currency));
    }

    private static Optional<List<String>> westernDigits(String digits) {
        StringBuilder western = new StringBuilder();
        digits.codePoints().forEach(c -> western.append(Character.isDigit(c)
                ? (char) ('0' + Character.digit(c, 10)) : (char) c));
        return Optional.of(List.of(western.toString()));
    }

    /**
     * The metric value of an imperial amount, rounded as a reader would say it. Silent where German uses the unit too
     * or the translator gave the metric value in brackets.
     */
    private static Optional<List<String>> metric(MatchResult m, AnalysedText analysed) {
        String text = analysed.text();
        String unit = m.group(2);
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
        if (METRIC_IN_BRACKETS.matcher(after).find()) {
            return Optional.empty();
        }
        if (unit.equals("Pfund") && (after.startsWith(" Sterling")
                || !WEIGHT_CONTEXT.matcher(sentenceAround(text, m.start(), m.end())).find())) {
            return Optional.empty();
        }
        if (unit.equals("Fuß") && ALTITUDE_AFTER.matcher(after).find()) {
            return Optional.empty();
        }
        Conversion conversion = CONVERSIONS.get(unit.replaceAll("\\s", ""));
        double value = parseAmount(m.group(1)) * conversion.factor() + conversion.offset();
        return Optional.of(List.of(germanRounded(value) + " " + conversion.unit()));
    }

    /** The text from the sentence end before {@code start} to the one after {@code end}, within a few hundred chars. */
    private static String sentenceAround(String text, int start, int end) {
        int from = Math.max(0, start - SENTENCE_REACH);
        int sentenceStart = from;
        Matcher before = SENTENCE_END.matcher(text).region(from, start);
        while (before.find()) {
            sentenceStart = before.end();
        }
        Matcher after = SENTENCE_END.matcher(text).region(end, Math.min(text.length(), end + SENTENCE_REACH));
        int sentenceEnd = after.find() ? after.start() : Math.min(text.length(), end + SENTENCE_REACH);
        return text.substring(sentenceStart, sentenceEnd);
    }

    /**
     * "10 000", "1.500" and "2,5" read the German way, "1,500" the English way, since it stands before a unit; a
     * number word by its value.
     */
    private static double parseAmount(String amount) {
        Integer word = NUMBER_WORDS.get(amount.toLowerCase(Locale.ROOT));
        if (word != null) {
            return word;
        }
        String plain = amount.replaceAll("[\u00A0\u202F ]", "");
        if (plain.matches("[0-9]{1,3}(?:,[0-9]{3})+")) {
            return Double.parseDouble(plain.replace(",", ""));
        }
        return Double.parseDouble(plain.replace(".", "").replace(',', '.'));
    }

    /** Whole numbers from ten on, with a thousands point; one decimal below ten: "628", "1.609", "4,8". */
    private static String germanRounded(double value) {
        if (Math.abs(value) >= 10) {
            return String.format(Locale.GERMAN, "%,d", Math.round(value));
        }
        return String.format(Locale.GERMAN, "%.1f", value).replace(",0", "");
    }

    /** "1,500,000.5" becomes "1.500.000,5"; "4.99" becomes "4,99"; anything else is kept. */
    private static String germanNumber(String number) {
        if (ENGLISH_GROUPED.matcher(number).matches() && number.contains(",")) {
            return number.replace(',', '\u0000').replace('.', ',').replace('\u0000', '.');
        }
        return germanDecimal(number);
    }

    private static String germanDecimal(String number) {
        return ENGLISH_DECIMAL.matcher(number).matches() ? number.replace('.', ',') : number;
    }

    private static String capitaliseTwo(String sign) {
        return sign.substring(0, 2).toUpperCase(Locale.ROOT) + sign.substring(2);
    }

    /** The ISO codes of the currencies a sign stands for, the sign as the text writes it. */
    private static List<String> currencyCodes(String sign) {
        List<String> codes = LOCAL_CURRENCY_SIGNS.get(sign);
        return codes != null ? codes : LOCAL_CURRENCY_SIGNS.entrySet().stream()
                .filter(e -> capitaliseTwo(e.getKey()).equals(sign)).findFirst().map(Map.Entry::getValue)
                .orElse(List.of());
    }

    private static Map<String, List<String>> localCurrencySigns() {
        Map<String, Set<String>> signs = new HashMap<>();
        for (Locale locale : Locale.getAvailableLocales()) {
            if (locale.getCountry().length() != 2) {
                continue;
            }
            Currency currency;
            try {
                currency = Currency.getInstance(locale);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (currency == null) {
                continue;
            }
            String sign = currency.getSymbol(locale);
            boolean capitalsOnly = sign.matches("[A-Z.]+");
            if (sign.codePoints().filter(Character::isLetter).count() >= 2 && !capitalsOnly
                    && !sign.equals(currency.getCurrencyCode()) && !GERMAN_LOOKALIKE_SIGNS.contains(sign)) {
                signs.computeIfAbsent(sign, k -> new TreeSet<>()).add(currency.getCurrencyCode());
            }
        }
        // a sign of several currencies ("kr": Swedish, Norwegian, Danish, Icelandic) gets each code as a suggestion
        return signs.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    private static Map<String, String> monthNames() {
        Map<String, String> names = new HashMap<>();
        CalendarNames.GERMAN_MONTHS.forEach(month -> names.put(month, month));
        List<String> abbreviations = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                "Nov", "Dec");
        for (int i = 0; i < 12; i++) {
            names.putIfAbsent(CalendarNames.ENGLISH_MONTHS.get(i), CalendarNames.GERMAN_MONTHS.get(i));
            names.putIfAbsent(abbreviations.get(i), CalendarNames.GERMAN_MONTHS.get(i));
        }
        names.put("Sept", "September");
        return Map.copyOf(names);
    }

    /** International yard and pound (1959), US liquid gallon, and Fahrenheit to Celsius. */
    private static Map<String, Conversion> conversions() {
        Conversion mile = new Conversion(1.609344, 0, "Kilometer");
        Conversion foot = new Conversion(0.3048, 0, "Meter");
        Conversion gallon = new Conversion(3.785411784, 0, "Liter");
        Conversion pound = new Conversion(0.45359237, 0, "Kilogramm");
        Conversion fahrenheit = new Conversion(5.0 / 9, -32 * 5.0 / 9, "Grad Celsius");
        Conversion acre = new Conversion(0.40468564224, 0, "Hektar");
        Map<String, Conversion> units = new HashMap<>();
        List.of("Meilen", "Meile", "miles", "mile").forEach(u -> units.put(u, mile));
        units.put("mph", new Conversion(1.609344, 0, "km/h"));
        List.of("Fuß", "feet", "ft").forEach(u -> units.put(u, foot));
        List.of("Gallonen", "Gallone", "gallons").forEach(u -> units.put(u, gallon));
        List.of("Pfund", "lbs", "lb").forEach(u -> units.put(u, pound));
        List.of("GradFahrenheit", "GradF", "°F", "Fahrenheit").forEach(u -> units.put(u, fahrenheit));
        List.of("acres", "Acres").forEach(u -> units.put(u, acre));
        Conversion squareFoot = new Conversion(0.09290304, 0, "Quadratmeter");
        List.of("sqft", "sq.ft", "sq.ft.", "sqft.", "squarefeet", "Quadratfuß").forEach(u -> units.put(u, squareFoot));
        Conversion squareMile = new Conversion(2.589988110336, 0, "Quadratkilometer");
        List.of("sqmi", "sq.mi", "sq.mi.", "sqmi.", "squaremiles", "Quadratmeilen")
                .forEach(u -> units.put(u, squareMile));
        List.of("inches", "inch").forEach(u -> units.put(u, new Conversion(2.54, 0, "Zentimeter")));
        units.put("oz", new Conversion(28.349523125, 0, "Gramm"));
        return Map.copyOf(units);
    }

    @Override
    public String description() {
        return "Dates, times, numbers, amounts and units in a foreign convention the translation kept: month before "
                + "day, foreign month and weekday names, slashed dates, the 12-hour clock and the French hour mark, "
                + "decimal points, comma thousands, a leading currency sign, imperial units.";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.wrong("Eine Busfahrt kostet weiterhin 1.50 Lari.", "1.50 Lari",
                        "Eine Busfahrt kostet weiterhin 1,50 Lari."),
                DetectorExample.right("Es kostet 1,50 Euro und 3,716 Mrd. Euro, 1,085 Dollar je Euro, 12 Pesos."),
                DetectorExample.wrong("Die Studie erschien am 12. juuni in Tartu.", "12. juuni",
                        "Die Studie erschien am 12. Juni in Tartu."),
                DetectorExample.wrong("Am 9. лютого stieg das Thermometer auf elf Grad.", "9. лютого",
                        "Am 9. Februar stieg das Thermometer auf elf Grad."),
                DetectorExample.wrong("Der Antrag scheiterte am marți im Parlament.", "marți",
                        "Der Antrag scheiterte am Dienstag im Parlament."),
                DetectorExample.right("Am 3. Mai und am Montag, seit 12 Jahren, am Ende, bis Juli, vom 5. Juni an."),
                DetectorExample.right("Die Parade zieht am Mardi Gras durch New Orleans."),
                DetectorExample.wrong("Eine Abstimmung ist für den 11 Juni geplant.", "11 Juni",
                        "Eine Abstimmung ist für den 11. Juni geplant."),
                DetectorExample.wrong("Der Regen hält bis zum 15. September 2567 an.", "2567",
                        "Der Regen hält bis zum 15. September 2024 an."),
                DetectorExample.right("Die 3 Mai-Termine und den 11. Juni hat er bis 2030 frei, am 5 Juni 14 Tore."),
                DetectorExample.wrong("Die Fahrt kostet 845 kr pro Person.", "845 kr", "Die Fahrt kostet 845 SEK pro Person."),
                DetectorExample.wrong("Die Anzahlung beträgt KSh 1,500.", "KSh 1,500", "Die Anzahlung beträgt 1.500 KES."),
                DetectorExample.right("Er lief die Strecke in 2:14 min, im Ziel gab es 3 militärische Ehrungen."),
                DetectorExample.wrong("Ab 20h ist der Platz für den Verkehr gesperrt.",
                        "20h",
                        "Ab 20 Uhr ist der Platz für den Verkehr gesperrt."),
                DetectorExample.wrong("Das Konzert beginnt um 19.30 val. im Stadtpark.",
                        "19.30 val.",
                        "Das Konzert beginnt um 19.30 Uhr im Stadtpark."),
                DetectorExample.wrong("Der Staat investiert 3,5 mld. Euro in die Bahn.",
                        "3,5 mld.",
                        "Der Staat investiert 3,5 Mrd. Euro in die Bahn."),
                DetectorExample.wrong("Das Unternehmen zahlt 12 million Dollar Strafe.",
                        "12 million",
                        "Das Unternehmen zahlt 12 Mio. Dollar Strafe."),
                DetectorExample.right("Die Sprechstunde ist von 15.00 bzw. 16.00 bis 18.00 Uhr, an 5 milde Tage erinnert man sich gern."),
                DetectorExample.wrong("Kuala Lumpur, 14/03/25. Die Börse schloss fester.", "14/03/25",
                        "Kuala Lumpur, 14.03.25. Die Börse schloss fester."),
                DetectorExample.wrong("Die Ambulanz ist werktags 7-13h geöffnet.", "7-13h",
                        "Die Ambulanz ist werktags 7 bis 13 Uhr geöffnet."),
                DetectorExample.wrong("Das Urteil fiel am 3. 12. 2024. nach langer Beratung.", "3. 12. 2024.",
                        "Das Urteil fiel am 03.12.2024 nach langer Beratung."),
                DetectorExample.wrong("Das Rückspiel folgt am Donnerstag, 21/03, in Sevilla.", "21/03",
                        "Das Rückspiel folgt am Donnerstag, 21.3., in Sevilla."),
                DetectorExample.right("Die Studie erschien im Fachblatt Nature. (red, 16. 5. 2016)"),
                DetectorExample.wrong("Ein Krisenstab tagt täglich um 18.00 น. im Rathaus.", "18.00 น.",
                        "Ein Krisenstab tagt täglich um 18:00 Uhr im Rathaus."),
                DetectorExample.wrong("Im Ausland setzte Lanhai 4,3万 Autos ab.", "4,3万",
                        "Im Ausland setzte Lanhai 43.000 Autos ab."),
                DetectorExample.wrong("Verdi komponierte die Oper im XIX Jahrhundert.", "XIX Jahrhundert",
                        "Verdi komponierte die Oper im 19. Jahrhundert."),
                DetectorExample.wrong("Weiter geht es am Sonntag, den 12/05, in Turin.", "12/05",
                        "Weiter geht es am Sonntag, den 12.5., in Turin."),
                DetectorExample.right("Ludwig XIV. regierte lange; Jahrhunderte später fiel die Zahl auf 2/3 der Stimmen."),
                DetectorExample.wrong("Das Feuer breitet sich seit dem Morgen des 14/01 aus.", "14/01",
                        "Das Feuer breitet sich seit dem Morgen des 14.1. aus."),
                DetectorExample.wrong("Seit dem Jahr 2568 gilt ein Verkaufsverbot.", "2568",
                        "Seit dem Jahr 2025 gilt ein Verkaufsverbot."),
                DetectorExample.right("Im Jahr 2050 soll das Land klimaneutral sein; 2568 Menschen kamen."),
                DetectorExample.wrong("Der Chip soll ab September 12 an erste Kunden gehen.", "September 12",
                        "Der Chip soll ab 12. September an erste Kunden gehen."),
                DetectorExample.right("Ab September 12 neue Stellen, seit Mai 3 Tore."),
                DetectorExample.wrong("Mehr als 1,25,000 Menschen wurden getestet.", "1,25,000",
                        "Mehr als 125.000 Menschen wurden getestet."),
                DetectorExample.wrong("Windböen von 132 km/u, der Umzug zieht ab 21h los.", "132 km/u",
                        "Windböen von 132 km/h, der Umzug zieht ab 21 Uhr los."),
                DetectorExample.right("Ein 12 Ar großes Grundstück, Artikel 5-2 gilt, ab 24h geöffnet."),
                DetectorExample.wrong("Anpfiff war um 21 hs Ortszeit.", "21 hs", "Anpfiff war um 21 Uhr Ortszeit."),
                DetectorExample.wrong("Die Behörde beschloss die Maßnahme am 1403/09/25.", "1403/09/25",
                        "Die Behörde beschloss die Maßnahme am 15.12.2024."),
                DetectorExample.right("Der Akku hält 12 hrs, der Flug dauert 3時間, Version 1403/09 bleibt."),
                DetectorExample.wrong("Gesammelt wurden 1935.3 Gramm Gestein.", "1935.3 Gramm",
                        "Gesammelt wurden 1935,3 Gramm Gestein."),
                DetectorExample.wrong("Dem Netz fehlen rund 1.800 МВт Leistung.", "1.800 МВт",
                        "Dem Netz fehlen rund 1.800 MW Leistung."),
                DetectorExample.wrong("Geöffnet ist bis 21時, der Eintritt kostet 300 Yen.", "21時",
                        "Geöffnet ist bis 21 Uhr, der Eintritt kostet 300 Yen."),
                DetectorExample.right("Jabloko (Яблоко) holte 5 Prozent, dazu 3 µSv, 2 α-Teilchen und 5 Ω."),
                DetectorExample.wrong("Der Gewinn stieg auf 5兆3529億円.", "5兆3529億円",
                        "Der Gewinn stieg auf 5,35 Billionen Yen."),
                DetectorExample.wrong("Das Defizit soll bei 230 mld. Kč liegen.", "230 mld. Kč",
                        "Das Defizit soll bei 230 Mrd. Kronen liegen."),
                DetectorExample.right("Er gab 12 den Vorzug, zahlte 5 Fr. und 3 US$ und fuhr 20 KM."),
                DetectorExample.wrong("Der Meister setzte sich am Samstag 3-1 durch.", "3-1",
                        "Der Meister setzte sich am Samstag 3:1 durch."),
                DetectorExample.wrong("Ab 2026/7/1 soll die Fertigung beginnen.", "2026/7/1",
                        "Ab 01.07.2026 soll die Fertigung beginnen."),
                DetectorExample.right("Das Passwort hat 12-14 Zeichen, Artikel 49-3 gilt, die Saison 2023/24 endet."),
                DetectorExample.wrong("Vermieter verlangen für 650 sq ft mehr als 2.000 Euro.", "650 sq ft",
                        "Vermieter verlangen für 60 Quadratmeter mehr als 2.000 Euro."),
                DetectorExample.wrong("Der Umsatz stieg auf 4.3bn Kronen.", "4.3bn",
                        "Der Umsatz stieg auf 4,3 Mrd. Kronen."),
                DetectorExample.wrong("Sie stritten in der Nacht auf den 3 November 2010 lange.", "3 November 2010",
                        "Sie stritten in der Nacht auf den 3. November 2010 lange."),
                DetectorExample.wrong("Das Gerät hat ein 9.7-Zoll-Display.", "9.7-Zoll",
                        "Das Gerät hat ein 9,7-Zoll-Display."),
                DetectorExample.right("Die Version 2.0 kommt am 3. November 2010, dazu Web 2.0 und Industrie 4.0."),
                DetectorExample.wrong("Die Wahl findet am 11/23/2025 statt.",
                        "11/23/2025",
                        "Die Wahl findet am 23.11.2025 statt."),
                DetectorExample.wrong("Das Treffen beginnt am jeudi 5 juin um 20h15.",
                        "jeudi 5 juin",
                        "Das Treffen beginnt am Donnerstag, 5. Juni, um 20.15 Uhr."),
                DetectorExample.wrong("Der Sturm zog mit 60 mph über die Küste.",
                        "60 mph",
                        "Der Sturm zog mit 97 km/h über die Küste."),
                DetectorExample.wrong("Das Werk hat 3,400 Beschäftigte.",
                        "3,400",
                        "Das Werk hat 3.400 Beschäftigte."),
                DetectorExample.wrong("Das Urteil fiel um 18 h 45 bei 38.5℃ im Saal (120 mq).",
                        "18 h 45", "Das Urteil fiel um 18:45 Uhr bei 38,5 ℃ im Saal (120 m²)."),
                DetectorExample.wrong("Die Stiftung gab R$ 40.000 für die Forschung.", "R$ 40.000",
                        "Die Stiftung gab 40.000 Real für die Forschung."),
                DetectorExample.right("Die Etappe dauerte 4 h 12 min, am 15. 3. 2025 (APA) um 21 Uhr."),
                DetectorExample.wrong("Das Feuer zerstörte 12 400 Hektar Wald.", "12 400",
                        "Das Feuer zerstörte 12.400 Hektar Wald."),
                DetectorExample.right("Erreichbar unter 0664 123 456 oder +43 1 234 567 und im Jahr 2024 100 Tage"
                        + " lang; gebaut wurden 12\u202F400 Wohnungen."),
                DetectorExample.wrong("Die Frist endet am 12-06-2025, geöffnet ist von 10h–18h.", "12-06-2025",
                        "Die Frist endet am 12.06.2025, geöffnet ist von 10 bis 18 Uhr."),
                DetectorExample.wrong("Die Ermittlungen begannen am 2025-06-03 in Łódź.", "2025-06-03",
                        "Die Ermittlungen begannen am 03.06.2025 in Łódź."),
                DetectorExample.wrong("Das Verfahren läuft seit März 2024 r. weiter.", "2024 r.",
                        "Das Verfahren läuft seit März 2024 weiter."),
                DetectorExample.right("Der Bericht (bericht_2025-06-03.pdf, https://example.org/2025-06-03/a) "
                        + "nennt die Jahre 2019-2024 und die Linie 10-12."),
                DetectorExample.right("Der Zug fährt um 14.30 Uhr ab, das Spiel endete 2:1 und der Umsatz "
                        + "stieg um 3,5 Prozent auf 11.000 Euro."),
                DetectorExample.right("Der Euro stieg auf 1,085 Dollar, die Fähre fuhr 12 Seemeilen und der "
                        + "Fernseher misst 65 Zoll; eine Feinunze Gold kostet 2.300 Dollar."),
                DetectorExample.right("Er ging zu Fuß und zahlte ein Pfund Sterling; der Verein nahm 70 Millionen "
                        + "Pfund ein."),
                DetectorExample.wrong("Das Start-up sammelte USD 18.5M ein.", "USD 18.5M",
                        "Das Start-up sammelte 18,5 Mio. USD ein."),
                DetectorExample.wrong("Die Schulen erhalten 30 M€ für Bücher.", "30 M€",
                        "Die Schulen erhalten 30 Mio. Euro für Bücher."),
                DetectorExample.wrong("Die Provinz gibt Rp4,2 Milliarden frei.", "Rp4,2 Milliarden",
                        "Die Provinz gibt 4,2 Milliarden Rp frei."),
                DetectorExample.right("Der 5M-Plan, die Boeing 737 MAX, eine Geforce GTX 970M und 100 MB Speicher "
                        + "kosten 4,2 Millionen Euro."),
                DetectorExample.wrong("Das Konzert beginnt um 19 h im Saal.", "19 h", "Das Konzert beginnt um 19 Uhr im Saal."),
                DetectorExample.right("Die Akkus halten 20 h, der Zug fährt mit 200 km/h."));
    }
}
