package org.mtqa.artefact;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Month and weekday names of the languages machine translation into German most often starts from, each mapped to its
 * German name. Both are closed classes, fixed by each language's calendar, so a list is the right tool here: there is
 * nothing to infer. Month names are given in the lowercase these languages write them in; English months are
 * capitalised and kept apart, since four of them are spelt as in German.
 */
final class CalendarNames {

    static final List<String> GERMAN_MONTHS = List.of("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
            "August", "September", "Oktober", "November", "Dezember");

    static final List<String> GERMAN_WEEKDAYS = List.of("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag",
            "Samstag", "Sonntag");

    static final List<String> ENGLISH_MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    /** January to December in French, Spanish, Italian, Portuguese and Dutch. */
    private static final List<List<String>> FOREIGN_MONTH_ROWS = List.of(
            List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                    "novembre", "décembre"),
            List.of("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                    "noviembre", "diciembre"),
            List.of("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                    "ottobre", "novembre", "dicembre"),
            List.of("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
                    "outubro", "novembro", "dezembro"),
            List.of("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                    "oktober", "november", "december"));

    /** Monday to Sunday in English, French, Spanish, Italian, Portuguese and Dutch. */
    private static final List<List<String>> FOREIGN_WEEKDAY_ROWS = List.of(
            List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
            List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
            List.of("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
            List.of("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
            List.of("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado",
                    "domingo"),
            List.of("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"));

    /** Foreign month name (lowercase, also the Spanish "setiembre") to its German name. */
    static final Map<String, String> FOREIGN_MONTHS = toGerman(FOREIGN_MONTH_ROWS, GERMAN_MONTHS, Map.of(
            "setiembre", "September"));

    /** Foreign weekday name (lowercase) to its German name. */
    static final Map<String, String> FOREIGN_WEEKDAYS = toGerman(FOREIGN_WEEKDAY_ROWS, GERMAN_WEEKDAYS, Map.of());

    /**
     * Month names of every language the JDK's CLDR data has, in their written and stand-alone forms (the Czech "září",
     * the Ukrainian genitive "лютого", the Estonian "juuni"), lowercase, to their German name; German's own left out.
     * Names with digits ("10月") are dates of their own, not names.
     */
    static final Map<String, String> WORLD_MONTHS = worldNames(Month.values().length, (i, style, locale) -> Month.of(i + 1)
            .getDisplayName(style, locale), GERMAN_MONTHS);

    /** Weekday names of every language the JDK's CLDR data has, as {@link #WORLD_MONTHS}. */
    static final Map<String, String> WORLD_WEEKDAYS = worldNames(DayOfWeek.values().length, (i, style, locale) -> DayOfWeek
            .of(i + 1).getDisplayName(style, locale), GERMAN_WEEKDAYS);

    private CalendarNames() {
    }

    private interface DisplayName {
        String of(int index, TextStyle style, Locale locale);
    }

    private static Map<String, String> worldNames(int count, DisplayName name, List<String> german) {
        Set<String> germanLowercase = new HashSet<>();
        german.forEach(g -> germanLowercase.add(g.toLowerCase(Locale.ROOT)));
        Map<String, String> names = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (String language : Locale.getISOLanguages()) {
            Locale locale = Locale.forLanguageTag(language);
            for (int i = 0; i < count; i++) {
                for (TextStyle style : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE)) {
                    String lowercase = name.of(i, style, locale).toLowerCase(Locale.ROOT);
                    if (lowercase.chars().anyMatch(Character::isDigit) || germanLowercase.contains(lowercase)) {
                        continue;
                    }
                    String before = names.putIfAbsent(lowercase, german.get(i));
                    if (before != null && !before.equals(german.get(i))) {
                        ambiguous.add(lowercase);
                    }
                }
            }
        }
        // "listopad" is November in Czech and October in Croatian: a name of two months names neither for sure
        names.keySet().removeAll(ambiguous);
        return Map.copyOf(names);
    }

    /** The German weekday for a foreign one in any case ("Jeudi", "jeudi"), or null. */
    static String germanWeekday(String foreign) {
        return FOREIGN_WEEKDAYS.get(foreign.toLowerCase(Locale.ROOT));
    }

    /** An alternation of the names, longest first so that no name stops at a shorter one's end. */
    static String alternation(Iterable<String> names) {
        List<String> sorted = new ArrayList<>();
        names.forEach(sorted::add);
        sorted.sort((a, b) -> b.length() - a.length());
        return "(?:" + String.join("|", sorted) + ")";
    }

    private static Map<String, String> toGerman(List<List<String>> rows, List<String> german,
            Map<String, String> extra) {
        Map<String, String> names = new HashMap<>(extra);
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                names.putIfAbsent(row.get(i), german.get(i));
            }
        }
        return Map.copyOf(names);
    }
}
