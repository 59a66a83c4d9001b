package org.mtqa.artefact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.FindingOverlaps;
import org.mtqa.text.AnalysedText;
import org.springframework.stereotype.Component;

/**
 * Finds dates, times, numbers and amounts written in an English convention that the translation kept: month before
 * day ("Juni 19, 2024"), slashed dates ("06/19/2024"), the 12-hour clock ("2:15 PM"), a decimal point before a
 * magnitude ("1.5 Milliarden"), comma thousands ("1,500,000") and a currency sign before the amount ("$999").
 * German forms ("19. Juni 2024", "14.30 Uhr", "11.000", "3,5 Prozent", "1.1.2024") and scores ("2:1") pass.
 */
@Component
public class LocaleFormatDetector implements ArtefactDetector {

    /** One convention: its pattern, what it is, and the German rewrite of a match (empty: not a finding). */
    private record Convention(Pattern pattern, String problem, Function<MatchResult, Optional<List<String>>> rewrite) {
    }

    private static final List<String> GERMAN_MONTHS = List.of("Januar", "Februar", "März", "April", "Mai", "Juni",
            "Juli", "August", "September", "Oktober", "November", "Dezember");

    /** Month names and common abbreviations, English and German, to their German name. */
    private static final Map<String, String> MONTHS = monthNames();

    private static final String MONTH = "(?:" + String.join("|", MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")";

    /** Month, day, comma, year: "Juni 19, 2024", "June 19th, 2024", "Sept. 5, 2023". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<!\\p{L})(" + MONTH + ")\\.?\\s+([0-9]{1,2})(?:st|nd|rd|th)?,\\s*((?:1[89]|20)[0-9]{2})(?![\\p{N}])");

    /** Day and English month name without the German ordinal point: "19 June 2024". */
    private static final Pattern DAY_ENGLISH_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{N}.])([0-9]{1,2})\\s+(January|February|March|May|June|July|October|December)\\s+((?:1[89]|20)[0-9]{2})(?![\\p{N}])");

    /** Day, month and a four-digit year separated by slashes; short years are left alone (golf scores "70/66/69"). */
    private static final Pattern SLASH_DATE = Pattern.compile(
            "(?<![\\p{N}/.\\p{L}])([0-9]{1,2})/([0-9]{1,2})/((?:19|20)[0-9]{2})(?![\\p{N}/])");

    /** 12-hour clock; a bare lowercase "am" is the German preposition and therefore not accepted. */
    private static final Pattern TWELVE_HOUR_TIME = Pattern.compile(
            "(?<![\\p{N}.:,])([0-9]{1,2})(?:[:.]([0-9]{2}))?\\s?(AM|PM|A\\.M\\.|P\\.M\\.|a\\.m\\.|p\\.m\\.|pm)(?![\\p{L}\\p{N}-])");

    private static final Pattern DECIMAL_POINT_MAGNITUDE = Pattern.compile(
            "(?<![\\p{N}.,])([0-9]{1,3})\\.([0-9]{1,2})(\\s?)(Millionen|Milliarden|Billionen|Mio\\.|Mrd\\.|Prozentpunkte|Prozent|%)");

    /** Comma-grouped thousands: two or more groups, or one group and a decimal point ("1,500.50"). */
    private static final Pattern COMMA_THOUSANDS = Pattern.compile(
            "(?<![\\p{N}.,:])[0-9]{1,3}(?:(?:,[0-9]{3}){2,}(?:\\.[0-9]+)?|,[0-9]{3}\\.[0-9]+)(?![\\p{N}]|,[0-9])");

    /** A currency sign before the amount; "US-$" and "US$" are left alone. */
    private static final Pattern LEADING_CURRENCY = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])([$€£])\\s?([0-9](?:[0-9.,]*[0-9])?)(?:(\\s?)(Millionen|Milliarden|Mio\\.|Mrd\\.))?(?![\\p{N}])");

    private static final Map<String, String> CURRENCY_NAMES = Map.of("$", "Dollar", "€", "Euro", "£", "Pfund");

    private static final Pattern ENGLISH_GROUPED = Pattern.compile("[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?");
    private static final Pattern ENGLISH_DECIMAL = Pattern.compile("[0-9]+\\.[0-9]{1,2}");

    /** English words that mark the surrounding text as an untranslated English passage, not a locale slip. */
    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("the", "of", "for", "and", "to", "with", "than",
            "at", "by", "an", "from", "is", "was", "are", "on", "this", "that", "per");

    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\W{0,3}$");
    private static final Pattern WORD_AFTER = Pattern.compile("^\\W{0,3}(\\p{L}+)");

    private static final List<Convention> CONVENTIONS = List.of(
            new Convention(MONTH_DAY_YEAR, "Date in English order (month before day)",
                    m -> germanDate(m.group(2), MONTHS.get(m.group(1)), m.group(3))),
            new Convention(DAY_ENGLISH_MONTH_YEAR, "Date with an English month name",
                    m -> germanDate(m.group(1), MONTHS.get(m.group(2)), m.group(3))),
            new Convention(SLASH_DATE, "Date with slashes", LocaleFormatDetector::slashDate),
            new Convention(TWELVE_HOUR_TIME, "Time on the 12-hour clock", LocaleFormatDetector::twentyFourHourTime),
            new Convention(DECIMAL_POINT_MAGNITUDE, "Decimal point instead of a decimal comma",
                    m -> Optional.of(List.of(m.group(1) + "," + m.group(2) + m.group(3) + m.group(4)))),
            new Convention(COMMA_THOUSANDS, "Commas as thousands separators",
                    m -> Optional.of(List.of(germanNumber(m.group())))),
            new Convention(LEADING_CURRENCY, "Currency sign before the amount", LocaleFormatDetector::currencyAfter));


    @Override
    public Category category() {
        return Category.LOCALE_FORMAT;
    }

    @Override
    public List<Finding> detect(AnalysedText analysed) {
        String text = analysed.text();
        List<Finding> findings = new ArrayList<>();
        for (Convention convention : CONVENTIONS) {
            Matcher m = convention.pattern().matcher(text);
            while (m.find()) {
                if (inEnglishPassage(text, m.start(), m.end())) {
                    continue;
                }
                Optional<List<String>> rewrite = convention.rewrite().apply(m);
                if (rewrite.isPresent()) {
                    List<String> suggestions = rewrite.get();
                    String advice = suggestions.isEmpty() ? "use the German form" : "write '" + suggestions.get(0) + "'";
                    findings.add(finding(m.start(), m.end(),
                            convention.problem() + ": '" + m.group() + "'; " + advice, suggestions));
                }
            }
        }
        return FindingOverlaps.keepFirstOfOverlapping(findings);
    }

    private static boolean inEnglishPassage(String text, int start, int end) {
        Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, start - 30), start));
        Matcher after = WORD_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 30)));
        return (before.find() && ENGLISH_FUNCTION_WORDS.contains(before.group(1).toLowerCase(Locale.ROOT)))
                || (after.find() && ENGLISH_FUNCTION_WORDS.contains(after.group(1).toLowerCase(Locale.ROOT)));
    }

    private static Optional<List<String>> germanDate(String day, String germanMonth, String year) {
        int d = Integer.parseInt(day);
        if (d < 1 || d > 31) {
            return Optional.empty();
        }
        return Optional.of(List.of(d + ". " + germanMonth + " " + year));
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

    private static String numericDate(int day, int month, String year) {
        return String.format(Locale.ROOT, "%02d.%02d.%s", day, month, year);
    }

    private static Optional<List<String>> twentyFourHourTime(MatchResult m) {
        int hour = Integer.parseInt(m.group(1));
        if (hour < 1 || hour > 12) {
            return Optional.empty();
        }
        boolean afternoon = Character.toLowerCase(m.group(3).charAt(0)) == 'p';
        int hour24 = hour % 12 + (afternoon ? 12 : 0);
        String minutes = m.group(2) == null ? "" : ":" + m.group(2);
        return Optional.of(List.of(hour24 + minutes + " Uhr"));
    }

    private static Optional<List<String>> currencyAfter(MatchResult m) {
        String magnitude = m.group(4) == null ? "" : " " + m.group(4);
        String amount = magnitude.isEmpty() ? germanNumber(m.group(2)) : germanDecimal(m.group(2));
        return Optional.of(List.of(amount + magnitude + " " + CURRENCY_NAMES.get(m.group(1))));
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

    private static Map<String, String> monthNames() {
        Map<String, String> names = new HashMap<>();
        GERMAN_MONTHS.forEach(month -> names.put(month, month));
        List<String> english = List.of("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December");
        List<String> abbreviations = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                "Nov", "Dec");
        for (int i = 0; i < 12; i++) {
            names.putIfAbsent(english.get(i), GERMAN_MONTHS.get(i));
            names.putIfAbsent(abbreviations.get(i), GERMAN_MONTHS.get(i));
        }
        names.put("Sept", "September");
        return Map.copyOf(names);
    }

    @Override
    public String description() {
        return "Dates, times, numbers and amounts in an English convention the translation kept: month before "
                + "day, slashed dates, the 12-hour clock, decimal points, comma thousands, a leading currency "
                + "sign.";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.wrong("Die Wahl findet am 11/23/2025 statt.",
                        "11/23/2025",
                        "Die Wahl findet am 23.11.2025 statt."),
                DetectorExample.right("Der Zug fährt um 14.30 Uhr ab, das Spiel endete 2:1 und der Umsatz "
                        + "stieg um 3,5 Prozent auf 11.000 Euro."));
    }
}
