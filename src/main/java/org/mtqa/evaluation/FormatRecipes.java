package org.mtqa.evaluation;

import static org.mtqa.finding.Category.LOCALE_FORMAT;
import static org.mtqa.finding.Category.QUOTATION;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mtqa.text.EnglishOrdinals;

/**
 * Recipes that rewrite the text's own quotes, numbers, dates, times, amounts and measures in a convention foreign to
 * German: English, French or Spanish quotation marks and number forms, the 12-hour clock, imperial units.
 */
final class FormatRecipes {

    /**
     * A quote of one line: an opening mark after no letter or digit, a short inner text that neither starts nor ends
     * with a space, and a closing mark before no letter or digit. Only pairs of one style count (see {@link #PAIRS}).
     */
    private static final Pattern QUOTE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])([\"„“»«])([^\\s\"„“”»«](?:[^\"„“”»«\\n\\r]{0,200}[^\\s\"„“”»«])?)([\"“”«»])"
                    + "(?![\\p{L}\\p{N}])");

    /** The opening and closing marks of the styles German text uses: typewriter, German, guillemets, Swiss. */
    private static final Map<String, String> PAIRS = Map.of("\"", "\"", "„", "“", "»", "«", "«", "»", "“", "”");

    /** Marks of two styles in one quote. */
    private static final List<List<String>> MIXED = List.of(List.of("„", "”"), List.of("„", "\""), List.of("\"", "“"),
            List.of("“", "“"), List.of("»", "“"), List.of("„", "«"), List.of("«", "“"));

    /** German marks the wrong way round. */
    private static final List<List<String>> REVERSED = List.of(List.of("“", "„"), List.of("”", "“"),
            List.of("”", "„"));

    /** German month names, Austrian forms included, with their number. A closed class. */
    private static final List<String> MONTHS = List.of("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
            "August", "September", "Oktober", "November", "Dezember");
    private static final Map<String, Integer> AUSTRIAN_MONTHS = Map.of("Jänner", 1, "Feber", 2);
    private static final List<String> ENGLISH_MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");

    private static final String GERMAN_NUMBER = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";
    private static final String ALONE_BEFORE = "(?<![\\p{L}\\p{N}.,])";
    private static final String ALONE_AFTER = "(?![\\p{N}]|[.,]\\d)";

    private static final Pattern THOUSANDS = Pattern.compile(ALONE_BEFORE + "\\d{1,3}(?:\\.\\d{3})+" + ALONE_AFTER);
    private static final Pattern PLAIN_LARGE = Pattern.compile(ALONE_BEFORE + "\\d{4,7}" + ALONE_AFTER);
    private static final Pattern DECIMAL = Pattern.compile(ALONE_BEFORE + "\\d+,\\d+" + ALONE_AFTER);
    private static final Pattern DATE = Pattern.compile("(?<![\\p{N}.])(\\d{1,2})\\. ?("
            + String.join("|", MONTHS) + "|Jänner|Feber)(?: (\\d{4}))?(?![\\p{L}\\p{N}])");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\p{N}.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\p{N}])");
    private static final Pattern TIME = Pattern.compile(
            "(?<![\\p{N}.:,])(\\d{1,2})(?:[.:](\\d{2}))? Uhr(?![\\p{L}])");
    private static final Pattern AMOUNT = Pattern.compile(ALONE_BEFORE + "(" + GERMAN_NUMBER
            + ")(?: (Millionen|Milliarden|Mio\\.|Mrd\\.))? (Euro|Dollar|Pfund|Franken)(?![\\p{L}])");
    private static final Pattern MEASURE = Pattern.compile(ALONE_BEFORE + "(" + GERMAN_NUMBER
            + ") ?(Kilometern?|km|Metern?|m|Zentimetern?|cm|Kilogramm|kg|Litern?|Quadratmetern?|m²|Hektar"
            + "|Grad(?! Celsius| Fahrenheit))(?![\\p{L}\\p{N}])");
    /** "3. Platz": a one- or two-digit ordinal before a capitalised word that is no month. */
    private static final Pattern ORDINAL = Pattern.compile("(?<![\\p{N}.,:/])(\\d{1,2})\\.(?= (\\p{Lu}\\p{Ll}+))");

    /** Imperial units for metric ones: factor, English names, German names. */
    private record Imperial(double factor, double offset, List<String> english, String german) {
    }

    private static final Map<String, Imperial> IMPERIAL = Map.of(
            "km", new Imperial(0.621371, 0, List.of("miles", "mi"), "Meilen"),
            "m", new Imperial(3.28084, 0, List.of("feet", "ft"), "Fuß"),
            "cm", new Imperial(0.393701, 0, List.of("inches", "in."), "Zoll"),
            "kg", new Imperial(2.20462, 0, List.of("pounds", "lbs"), "Pfund"),
            "Grad", new Imperial(1.8, 32, List.of("°F", "degrees Fahrenheit"), "Grad Fahrenheit"),
            "l", new Imperial(0.264172, 0, List.of("gallons", "gal"), "Gallonen"),
            "m²", new Imperial(10.7639, 0, List.of("sq ft", "square feet"), "Quadratfuß"),
            "ha", new Imperial(2.47105, 0, List.of("acres"), "Acres"));

    private FormatRecipes() {
    }

    static List<Recipe> recipes() {
        return List.of(
                new Recipe("quotation.english", QUOTATION, (t, r) -> requote(t, r, List.of(List.of("“", "”")))),
                new Recipe("quotation.french", QUOTATION, (t, r) -> {
                    String space = Draw.oneOf(r, " ", "\u00A0", "\u202F");
                    return requote(t, r, List.of(List.of("«" + space, space + "»")));
                }),
                new Recipe("quotation.mixed", QUOTATION, (t, r) -> requote(t, r, MIXED)),
                new Recipe("quotation.reversed", QUOTATION, (t, r) -> requote(t, r, REVERSED)),
                new Recipe("quotation.unclosed", QUOTATION, (t, r) -> rewriteQuote(t, r, (m, rr) -> m.group(1)
                        + m.group(2))),
                new Recipe("quotation.unopened", QUOTATION, (t, r) -> rewriteQuote(t, r, (m, rr) -> m.group(2)
                        + m.group(3))),
                new Recipe("quotation.doubled", QUOTATION, (t, r) -> rewriteQuote(t, r, (m, rr) -> Draw.chance(rr, 0.5)
                        ? m.group(1) + m.group(1) + m.group(2) + m.group(3)
                        : m.group(1) + m.group(2) + m.group(3) + m.group(3))),
                new Recipe("locale.thousands", LOCALE_FORMAT, (t, r) -> rewrite(t, r, THOUSANDS,
                        (m, rr) -> englishForm(m.group()))),
                new Recipe("locale.plain-thousands", LOCALE_FORMAT, (t, r) -> rewrite(t, r, PLAIN_LARGE,
                        FormatRecipes::groupedPlainNumber)),
                new Recipe("locale.decimal", LOCALE_FORMAT, (t, r) -> rewrite(t, r, DECIMAL,
                        (m, rr) -> englishForm(m.group()))),
                new Recipe("locale.date", LOCALE_FORMAT, (t, r) -> rewrite(t, r, DATE, FormatRecipes::foreignDate)),
                new Recipe("locale.numeric-date", LOCALE_FORMAT, (t, r) -> rewrite(t, r, NUMERIC_DATE,
                        FormatRecipes::foreignNumericDate)),
                new Recipe("locale.time", LOCALE_FORMAT, (t, r) -> rewrite(t, r, TIME, FormatRecipes::foreignTime)),
                new Recipe("locale.currency", LOCALE_FORMAT, (t, r) -> rewrite(t, r, AMOUNT,
                        FormatRecipes::foreignAmount)),
                new Recipe("locale.imperial-unit", LOCALE_FORMAT, (t, r) -> rewrite(t, r, MEASURE,
                        FormatRecipes::imperial)),
                new Recipe("locale.ordinal", LOCALE_FORMAT, (t, r) -> rewrite(t, r, ORDINAL,
                        FormatRecipes::foreignOrdinal)));
    }

    /** The text's quotes of one style, on one line, clear of marks. */
    private static List<MatchResult> quotes(InjectedText t) {
        List<MatchResult> quotes = new ArrayList<>();
        Matcher m = QUOTE.matcher(t.text());
        while (m.find()) {
            if (m.group(3).equals(PAIRS.get(m.group(1))) && t.isFreeOnLine(m.start(), m.end())) {
                quotes.add(m.toMatchResult());
            }
        }
        return quotes;
    }

    /** One of the text's quotes with its marks replaced by one of the pairs, different from the marks it had. */
    private static List<Edit> requote(InjectedText t, Random r, List<List<String>> pairs) {
        List<String> marks = Draw.oneOf(r, pairs);
        List<MatchResult> candidates = quotes(t).stream()
                .filter(q -> !(q.group(1).equals(marks.get(0).strip()) && q.group(3).equals(marks.get(1).strip())))
                .toList();
        return Draw.any(candidates, r).map(q -> List.of(Edit.replace(q.start(), q.end(),
                marks.get(0) + q.group(2) + marks.get(1)))).orElse(List.of());
    }

    private static List<Edit> rewriteQuote(InjectedText t, Random r, BiFunction<MatchResult, Random, String> rewrite) {
        return Draw.any(quotes(t), r).map(q -> List.of(Edit.replace(q.start(), q.end(), rewrite.apply(q, r))))
                .orElse(List.of());
    }

    /** Replaces one match of the pattern, chosen at random; the rewrite may refuse a match by returning null. */
    private static List<Edit> rewrite(InjectedText t, Random r, Pattern pattern,
            BiFunction<MatchResult, Random, String> rewrite) {
        List<Edit> candidates = new ArrayList<>();
        Matcher m = pattern.matcher(t.text());
        while (m.find()) {
            if (t.isFreeOnLine(m.start(), m.end())) {
                String foreign = rewrite.apply(m.toMatchResult(), r);
                if (foreign != null && !foreign.equals(m.group())) {
                    candidates.add(Edit.replace(m.start(), m.end(), foreign));
                }
            }
        }
        return Draw.any(candidates, r).map(List::of).orElse(List.of());
    }

    /** "12000" as English writes it, "12,000"; years are left alone. */
    private static String groupedPlainNumber(MatchResult m, Random r) {
        long value = Long.parseLong(m.group());
        return value >= 1800 && value <= 2100 ? null : String.format(Locale.US, "%,d", value);
    }

    private static String foreignDate(MatchResult m, Random r) {
        int day = Integer.parseInt(m.group(1));
        String germanMonth = m.group(2);
        int month = AUSTRIAN_MONTHS.getOrDefault(germanMonth, MONTHS.indexOf(germanMonth) + 1);
        String english = ENGLISH_MONTHS.get(month - 1);
        String year = m.group(3);
        if (year == null) {
            return Draw.oneOf(r, germanMonth + " " + day, english + " " + day, english + " " + ordinal(day),
                    ordinal(day) + " " + english, String.format(Locale.ROOT, "%02d/%02d", day, month));
        }
        return Draw.oneOf(r, germanMonth + " " + day + ", " + year, english + " " + day + ", " + year,
                english + " " + ordinal(day) + ", " + year, month + "/" + day + "/" + year,
                String.format(Locale.ROOT, "%02d/%02d/%s", day, month, year), day + " " + english + " " + year);
    }

    /** "3.5.2016" as American (month first: "5/3/2016"), French or Spanish ("03/05/2016", "03-05-2016") write it. */
    private static String foreignNumericDate(MatchResult m, Random r) {
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        String year = m.group(3);
        return Draw.oneOf(r, month + "/" + day + "/" + year,
                String.format(Locale.ROOT, "%02d/%02d/%s", day, month, year),
                String.format(Locale.ROOT, "%02d-%02d-%s", day, month, year));
    }

    /** "14.30 Uhr" on the 12-hour clock ("2:30 PM", "2.30pm"), or as French writes it ("14h30"). */
    private static String foreignTime(MatchResult m, Random r) {
        int hour = Integer.parseInt(m.group(1));
        String minutes = m.group(2);
        if (hour > 24) {
            return null;
        }
        int twelve = hour % 12 == 0 ? 12 : hour % 12;
        String suffix = hour < 12 || hour == 24 ? Draw.oneOf(r, "AM", "a.m.") : Draw.oneOf(r, "PM", "p.m.", "pm");
        String clock = minutes == null ? String.valueOf(twelve) : twelve + Draw.oneOf(r, ":", ".") + minutes;
        return Draw.oneOf(r, clock + " " + suffix, clock + suffix, hour + "h" + (minutes == null ? "" : minutes),
                String.format(Locale.ROOT, "%02d:%s hrs", hour, minutes == null ? "00" : minutes));
    }

    /** "2,5 Millionen Euro" with the currency sign first and the decimal point: "€2.5 Millionen", "$2.5m". */
    private static String foreignAmount(MatchResult m, Random r) {
        String sign = switch (m.group(3)) {
            case "Euro" -> "€";
            case "Dollar" -> "$";
            case "Pfund" -> "£";
            default -> "CHF ";
        };
        String number = englishForm(m.group(1));
        String magnitude = m.group(2);
        if (magnitude == null) {
            return sign + number;
        }
        boolean millions = magnitude.equals("Millionen") || magnitude.equals("Mio.");
        return sign + number + Draw.oneOf(r, " " + magnitude, millions ? "m" : "bn",
                millions ? " million" : " billion");
    }

    /** A metric measure converted to its imperial unit, named in English or in German. */
    private static String imperial(MatchResult m, Random r) {
        String unit = m.group(2);
        String key = unit.startsWith("Kilometer") ? "km" : unit.startsWith("Meter") ? "m"
                : unit.startsWith("Zentimeter") ? "cm" : unit.equals("Kilogramm") ? "kg"
                : unit.startsWith("Liter") ? "l" : unit.startsWith("Quadratmeter") ? "m²"
                : unit.equals("Hektar") ? "ha" : unit;
        Imperial to = IMPERIAL.get(key);
        double value = parseGerman(m.group(1)) * to.factor() + to.offset();
        if (Draw.chance(r, 0.4)) {
            return german(value) + " " + to.german();
        }
        String name = Draw.oneOf(r, to.english());
        return english(value) + (name.startsWith("°") ? Draw.oneOf(r, "", " ") : " ") + name;
    }

    /** "3." before a noun as English ("3rd"), French ("3e") or Spanish ("3.º") writes the ordinal. */
    private static String foreignOrdinal(MatchResult m, Random r) {
        String next = m.group(2);
        if (MONTHS.contains(next) || AUSTRIAN_MONTHS.containsKey(next)) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        return Draw.oneOf(r, ordinal(n), n == 1 ? "1er" : n + "e", n + ".º");
    }

    private static String ordinal(int n) {
        return n + EnglishOrdinals.suffix(n);
    }

    /** A German number in English form, digit for digit: "8.850,34" becomes "8,850.34". */
    private static String englishForm(String german) {
        StringBuilder out = new StringBuilder(german);
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            out.setCharAt(i, c == '.' ? ',' : c == ',' ? '.' : c);
        }
        return out.toString();
    }

    private static double parseGerman(String number) {
        return Double.parseDouble(number.replace(".", "").replace(',', '.'));
    }

    /** English number form: comma thousands, decimal point, one decimal below 100 unless whole. */
    private static String english(double value) {
        return format(value, Locale.US);
    }

    private static String german(double value) {
        return format(value, Locale.GERMANY);
    }

    private static String format(double value, Locale locale) {
        boolean whole = Math.abs(value - Math.rint(value)) < 0.05 || Math.abs(value) >= 100;
        return whole ? String.format(locale, "%,d", Math.round(value)) : String.format(locale, "%,.1f", value);
    }
}
