package org.mtqa.artefact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.QuoteMarks.Mark;
import org.mtqa.text.QuoteMarks.Quote;
import org.mtqa.text.QuoteMarks.Style;
import org.mtqa.text.QuoteMarks;
import org.mtqa.text.Spans;
import org.springframework.stereotype.Component;

/**
 * Quotation marks a German text should not have: French quotes (« … » with inner spaces, wrong in every variant, and
 * «…» outside Switzerland, where German uses „…“ or »…«), marks of the wrong shape (“…„, „…„, <<…>>, ,,…''),
 * quotes never closed, quotes closed in another style („…» or „…”), English quotes (“…”), and quotes in a style other
 * than the one the article mostly uses. German „…“, »…« and Swiss «…» (in de-CH) are right when used consistently;
 * typewriter quotes "…" are tolerated and reported at most as INFO. English quotes around English words are the
 * quoted passage's own and left to the untranslated-text check.
 */
@Component
public class QuotationDetector implements ArtefactDetector {

    /** The spaces French typesetting puts inside guillemets: space, no-break, narrow no-break and thin space. */
    private static final String INNER_SPACE = "[ \\u00A0\\u202F\\u2009]";
    private static final String NOT_MARK_OR_SPACE = "[^«»‹›„“\\n \\u00A0\\u202F\\u2009]";

    /**
     * One quotation mark twice in a row (two typewriter quotes before "Der Pate", „„…): no style writes that, whichever
     * style the text uses. Not after "=", an empty attribute of markup (alt=""); guillemets twice are link arrows.
     */
    private static final Pattern DOUBLED_MARK = Pattern.compile("(?<!=)([\"„“”])\\1");
    /**
     * A quote in guillemets or low-high marks on one line, with the spaces inside it as their own groups: mark, inner
     * space, words, inner space, mark. The first mark stands where a quote opens, not after a word, the last where one
     * closes; whether the marks belong together is checked after the match.
     */
    private static final Pattern SPACED_QUOTE = Pattern.compile("(?<![\\p{L}\\p{N}.,;:!?…])([«»‹›„])(" + INNER_SPACE
            + "*)(" + NOT_MARK_OR_SPACE + "(?:[^«»‹›„“\\n]{0,500}?" + NOT_MARK_OR_SPACE + ")?)(" + INNER_SPACE
            + "*)([«»‹›“])(?![\\p{L}\\p{N}])");

    /** Each opening mark of {@link #SPACED_QUOTE} with the closing mark that belongs to it. */
    private static final Map<Character, Character> PARTNER = Map.of('«', '»', '»', '«', '‹', '›', '›', '‹', '„', '“');

    /**
     * Marks of the wrong shape, by what stands in for them: German marks in reverse order (“…„, ‘…‚), a low mark
     * closing („…„), ASCII guillemets either way round (<<…>>, >>…<<), two commas with two apostrophes (,,…'') and
     * typewriter apostrophes around words ('…', not "'s" or "'nen", nor a genitive apostrophe "Grass'"), East Asian brackets, and signs that
     * other scripts' keyboards put in for quote marks (Hebrew gershayim ״…״, the double prime ″…″, full-width ＂…＂,
     * 〝…〞) around words, not after a figure ("5″"). Group 1 is the opening mark, group 2
     * the closing one; an empty group is right as it stands.
     */
    private static final List<Pattern> WRONG_SHAPES = List.of(
            Pattern.compile("([“‘])[^„‚“”‘’\\n]{1,500}?([„‚])(?![\\p{L}\\p{N}])"),
            Pattern.compile("„()[^„“”\"\\n]{1,500}?(?<=\\S)(„)(?![\\p{L}\\p{N}])"),
            Pattern.compile("(<<\\s*)[^<>\\n]{1,500}?(\\s*>>)"),
            Pattern.compile("(>>\\s*)[^<>\\n]{1,500}?(\\s*<<)"),
            Pattern.compile("(?<![\\p{L}\\p{N}'’])(')(?=\\p{L})(?!(?:s|n|ne|nen|m)\\b)[^'\\s]*+\\s[^'\\n]{0,500}?"
                    + "(?<=[\\p{L}\\p{N}.!?…])(')(?![\\p{L}\\p{N}])"),
            // one word between them, not ending in the letters a genitive apostrophe follows ("Grass'")
            Pattern.compile("(?<![\\p{L}\\p{N}'’])(')(?=\\p{L}{3})\\p{L}[\\p{L}-]*+(?<![sxzßSXZ])(')(?![\\p{L}\\p{N}])"),
            Pattern.compile("(?<![\\p{L}\\p{N},])(,,)(?=[\\p{L}\\p{N}])[^\\n]{1,500}?(?<=\\S)(''|\")(?![\\p{L}\\p{N}])"),
            Pattern.compile("([「『〈《])[^「『〈《」』〉》\\n]{1,500}?([」』〉》])"),
            Pattern.compile("(?<![\\p{L}\\p{N}])([״″＂〃〝])(?=\\p{L})[^״″＂〃〝〞〟\\n]{1,500}?(?<=[\\p{L}\\p{N}.!?…])"
                    + "([״″＂〃〞〟])(?![\\p{L}\\p{N}])"));

    /** A mark of the wrong shape, rewritten in the house style once that is known. */
    private record Misshapen(int start, int end, String glyph, boolean opening, boolean single) {
    }

    /**
     * English function words without a German homograph ("in", "was", "will", "am" are left out): three of them around
     * an English-style quote mark it as English text.
     */
    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of(
            "the", "a", "of", "and", "to", "is", "are", "were", "be", "been", "it", "it's", "i", "i'm", "you",
            "you're", "we", "they", "he", "she", "my", "your", "our", "their", "this", "that", "not", "don't", "with",
            "for", "on", "at", "by", "from", "have", "has", "can't", "what", "who");
    private static final int MIN_ENGLISH_WORDS = 3;
    /** How far before an English-style mark, and after an unclosed one, its context reaches. */
    private static final int ENGLISH_CONTEXT_BEFORE = 40;
    private static final int ENGLISH_CONTEXT_AFTER = 80;


    @Override
    public Category category() {
        return Category.QUOTATION;
    }

    @Override
    public List<Finding> detect(AnalysedText analysed) {
        String text = analysed.text();
        boolean swiss = analysed.language().equals("de-CH");
        List<Finding> findings = new ArrayList<>();
        Set<Integer> handled = new HashSet<>();
        List<MatchResult> spaced = spacedOrFrenchQuotes(text, swiss);
        spaced.forEach(m -> {
            handled.add(m.start(1));
            handled.add(m.start(5));
        });
        List<Misshapen> misshapen = wrongShapes(text, handled);
        List<Quote> quotes = analysed.quotePairs().stream()
                .filter(q -> (q.open() == null || !handled.contains(q.open().index()))
                        && (q.close() == null || !handled.contains(q.close().index())))
                .toList();
        Map<Style, Integer> votes = germanStyleVotes(quotes, swiss);
        Style house = mostUsed(votes);
        // what the writer uses, Swiss marks included even where they are foreign
        Style practice = mostUsed(germanStyleVotes(analysed.quotePairs(), true));
        boolean typographic = !votes.isEmpty();
        spaced.forEach(m -> frenchQuote(m, swiss, house, findings));
        misshapen.forEach(mark -> findings.add(misshapen(mark, house)));
        List<int[]> english = new ArrayList<>();
        for (Quote quote : quotes) {
            if (isEnglishText(text, quote, english)) {
                continue;
            }
            if (quote.open() == null) {
                unopened(text, quote.close(), findings);
            } else if (quote.close() == null) {
                unclosed(text, quote.open(), findings);
            } else if (quote.isMatched()) {
                foreignStyle(quote, house, typographic, swiss, findings);
            } else {
                mismatched(quote, house, practice, findings);
            }
        }
        Matcher doubled = DOUBLED_MARK.matcher(text);
        while (doubled.find()) {
            int start = doubled.start();
            if (findings.stream().noneMatch(f -> f.start() <= start + 1 && start < f.end())) {
                findings.add(finding(start, start + 1, "Doubled quotation mark '" + doubled.group()
                        + "': delete one", List.of("")));
            }
        }
        findings.sort(Comparator.comparingInt(Finding::start));
        return findings;
    }

    /**
     * Quotes written the French way: with spaces inside the marks, or «…» outside Switzerland. A pair that is right
     * as it stands («…» in de-CH, »…«, „…“ without inner spaces) is left to the pairing.
     */
    private static List<MatchResult> spacedOrFrenchQuotes(String text, boolean swiss) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = SPACED_QUOTE.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            char open = m.group(1).charAt(0);
            char close = m.group(5).charAt(0);
            boolean frenchOrder = open == '«' || open == '‹';
            boolean spacedInside = !m.group(2).isEmpty() || !m.group(4).isEmpty();
            boolean partners = PARTNER.get(open) == close;
            if (partners && (spacedInside || (frenchOrder && !swiss))) {
                found.add(m.toMatchResult());
            }
            // a mark that found no partner here may open the next quote
            from = partners ? m.end() : m.start() + 1;
        }
        return found;
    }

    /** Each mark of a French quote with the space inside it, rewritten as the variant wants it. */
    private void frenchQuote(MatchResult m, boolean swiss, Style house, List<Finding> findings) {
        char open = m.group(1).charAt(0);
        boolean single = open == '‹' || open == '›';
        boolean foreignOrder = (open == '«' || open == '‹') && !swiss;
        String why = foreignOrder ? "French quotation marks " + m.group(1) + "…" + m.group(5) + " in German text"
                : "Space inside the quotation marks";
        if (foreignOrder || !m.group(2).isEmpty()) {
            String right = foreignOrder ? String.valueOf(house.open(single)) : m.group(1);
            findings.add(finding(Severity.MINOR, m.start(1), m.end(2),
                    why + ": write " + right + " instead of '" + m.group(1) + m.group(2) + "'", List.of(right)));
        }
        if (foreignOrder || !m.group(4).isEmpty()) {
            String right = foreignOrder ? String.valueOf(house.close(single)) : m.group(5);
            findings.add(finding(Severity.MINOR, m.start(4), m.end(5),
                    why + ": write " + right + " instead of '" + m.group(4) + m.group(5) + "'", List.of(right)));
        }
    }

    /** Marks of the wrong shape ({@link #WRONG_SHAPES}); their indices join {@code handled}. */
    private static List<Misshapen> wrongShapes(String text, Set<Integer> handled) {
        List<Misshapen> found = new ArrayList<>();
        for (Pattern shape : WRONG_SHAPES) {
            Matcher m = shape.matcher(text);
            while (m.find()) {
                // inside typewriter double quotes, typewriter single ones are that style's inner marks
                if (handled.contains(m.start(1)) || handled.contains(m.start(2))
                        || m.group(1).equals("'") && insideTypewriterQuote(text, m.start(1))) {
                    continue;
                }
                // apostrophes inside a double quote stand for the inner marks ‚…‘
                boolean single = m.group(2).startsWith("‚")
                        || m.group(1).equals("'") && insideDoubleQuote(text, m.start(1));
                for (int group = 1; group <= 2; group++) {
                    if (!m.group(group).isEmpty()) {
                        found.add(new Misshapen(m.start(group), m.end(group), m.group(group), group == 1, single));
                    }
                }
                handled.add(m.start());
                handled.add(m.end() - 1);
            }
        }
        return found;
    }

    /** More double quotes open than close on the line before {@code index}. */
    private static boolean insideDoubleQuote(String text, int index) {
        int depth = 0;
        for (int i = index - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            char c = text.charAt(i);
            depth += c == '„' || c == '»' ? 1 : c == '“' || c == '«' ? -1 : 0;
        }
        return depth > 0;
    }

    /** An odd number of typewriter double quotes stands on the line before {@code index}. */
    private static boolean insideTypewriterQuote(String text, int index) {
        int lineStart = text.lastIndexOf('\n', index) + 1;
        return text.substring(lineStart, index).chars().filter(c -> c == '"').count() % 2 == 1;
    }

    private Finding misshapen(Misshapen mark, Style house) {
        String right = String.valueOf(mark.opening() ? house.open(mark.single()) : house.close(mark.single()));
        return finding(Severity.MINOR, mark.start(), mark.end(), "Quotation mark of the wrong shape '" + mark.glyph()
                + "': " + (mark.opening() ? "open" : "close") + " with " + right, List.of(right));
    }

    /**
     * An English-style quote around English words, or inside one: the marks belong to the English passage. The
     * context is a little before the opening mark and the quote's words, or what follows an unclosed mark.
     */
    private static boolean isEnglishText(String text, Quote quote, List<int[]> english) {
        int start = quote.start();
        if (english.stream().anyMatch(span -> span[0] <= start && start < span[1])) {
            return true;
        }
        Mark first = quote.open() != null ? quote.open() : quote.close();
        if (first.style() != Style.ENGLISH) {
            return false;
        }
        int from = Math.max(0, start - ENGLISH_CONTEXT_BEFORE);
        int to = quote.open() != null && quote.close() != null ? quote.close().index()
                : Math.min(text.length(), start + ENGLISH_CONTEXT_AFTER);
        long count = Spans.words(text.substring(from, to)).stream()
                .map(w -> w.value().toLowerCase(Locale.ROOT).replace('’', '\''))
                .filter(ENGLISH_FUNCTION_WORDS::contains)
                .count();
        if (count >= MIN_ENGLISH_WORDS) {
            english.add(new int[] {start, to});
            return true;
        }
        return false;
    }

    /**
     * How many marks of each German style the article uses: the most frequent is its house style. Swiss «…» is a
     * German style in de-CH only.
     */
    private static Map<Style, Integer> germanStyleVotes(List<Quote> quotes, boolean swiss) {
        Map<Style, Integer> votes = new EnumMap<>(Style.class);
        for (Quote quote : quotes) {
            for (Mark mark : new Mark[] {quote.open(), quote.close()}) {
                if (mark != null && mark.style().isGerman() && (swiss || mark.style() != Style.SWISS_GUILLEMETS)) {
                    votes.merge(mark.style(), 1, Integer::sum);
                }
            }
        }
        return votes;
    }

    private void unopened(String text, Mark close, List<Finding> findings) {
        boolean afterDigit = close.index() > 0 && Character.isDigit(text.charAt(close.index() - 1));
        if (close.style() == Style.TYPEWRITER || afterDigit || betweenLetters(text, close.index())) {
            return; // typewriter quotes are tolerated; 55” is an inch mark
        }
        findings.add(finding(Severity.MINOR, close.index(), close.index() + 1,
                "Closing quote " + close.glyph() + " has no opening quote: add the opening mark or remove it",
                List.of()));
    }

    private void unclosed(String text, Mark open, List<Finding> findings) {
        // typewriter quotes are tolerated, and an English ‘ may be an apostrophe (‘90er)
        boolean ambiguous = open.style() == Style.TYPEWRITER || (open.single() && open.style() == Style.ENGLISH)
                || betweenLetters(text, open.index());
        if (ambiguous || nextParagraphReopens(text, open.index())) {
            return;
        }
        findings.add(finding(Severity.MINOR, open.index(), open.index() + 1,
                "Quote opened with " + open.glyph() + " is never closed in its paragraph: add the closing mark",
                List.of()));
    }

    /**
     * A lone mark between two letters opens or closes nothing: it is a byte of damaged encoding ("Ã„rzte") or an
     * apostrophe, and belongs to other checks.
     */
    private static boolean betweenLetters(String text, int index) {
        return index > 0 && index + 1 < text.length() && Character.isLetter(text.charAt(index - 1))
                && Character.isLetter(text.charAt(index + 1));
    }

    /** German typesetting reopens a quote that runs on at the start of each paragraph and closes it only once. */
    private static boolean nextParagraphReopens(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && QuoteMarks.isQuoteGlyph(text.charAt(i));
    }

    /** A well-formed quote whose style is not the article's German house style; «…» is foreign outside Switzerland. */
    private void foreignStyle(Quote quote, Style house, boolean typographic, boolean swiss, List<Finding> findings) {
        Style style = quote.open().style();
        if (style == house || (style == Style.TYPEWRITER && !typographic)) {
            return;
        }
        boolean french = style == Style.SWISS_GUILLEMETS && !swiss;
        Severity severity = style == Style.ENGLISH || french ? Severity.MINOR : Severity.INFO;
        String why = style == Style.ENGLISH ? "English-style quote " + style.sample() + " in German text"
                : french ? "French quotation marks " + style.sample() + " in German text"
                : "Quote style " + style.sample() + " differs from the article's " + house.sample();
        for (Mark mark : new Mark[] {quote.open(), quote.close()}) {
            char right = mark.opening() ? house.open(mark.single()) : house.close(mark.single());
            findings.add(finding(severity, mark.index(), mark.index() + 1,
                    why + ": use " + right + " instead of " + mark.glyph(), List.of(String.valueOf(right))));
        }
    }

    /**
     * A quote opened in one style and closed in another. The mark that departs from the house style is the wrong
     * one; when neither side matches it, both are. Where the writer's own practice is foreign to the variant («…» in
     * a German article), a mark departing from that practice is flagged too, without a suggestion: both marks of the
     * pair are then suspect.
     */
    private void mismatched(Quote quote, Style house, Style practice, List<Finding> findings) {
        Mark open = quote.open();
        Mark close = quote.close();
        String why = "Quote opened with " + open.glyph() + " is closed with " + close.glyph();
        for (Mark mark : new Mark[] {open, close}) {
            char right = mark.opening() ? house.open(mark.single()) : house.close(mark.single());
            if (mark.style() != house) {
                findings.add(mismatchedMark(mark, why + ": use " + right + " instead of " + mark.glyph(),
                        List.of(String.valueOf(right))));
            } else if (practice != house && mark.style() != practice) {
                findings.add(mismatchedMark(mark, why + "; the article otherwise uses " + practice.sample(),
                        List.of()));
            }
        }
    }

    private Finding mismatchedMark(Mark mark, String message, List<String> suggestions) {
        Severity severity = mark.style() == Style.TYPEWRITER ? Severity.INFO : Severity.MINOR;
        return finding(severity, mark.index(), mark.index() + 1, message, suggestions);
    }

    /** The style with the most marks; ties go to the style listed first, so plain German „…“ wins over guillemets. */
    private static Style mostUsed(Map<Style, Integer> votes) {
        return votes.entrySet().stream()
                .max(Map.Entry.<Style, Integer>comparingByValue().thenComparing(e -> -e.getKey().ordinal()))
                .map(Map.Entry::getKey)
                .orElse(Style.GERMAN);
    }

    @Override
    public String description() {
        return "Quotation marks a German text should not have: French quotes with inner spaces or «…» outside "
                + "Switzerland, marks of the wrong shape, quotes never closed or closed in another style, English "
                + "quotes, or a style other than the article's own.";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.wrong("Er sah den Film \"\"Der Pate\" im Kino.", "\"\"",
                        "Er sah den Film \"Der Pate\" im Kino."),
                DetectorExample.wrong("Der Minister sagte, “wir bleiben dabei”, und ging.",
                        "“",
                        "Der Minister sagte, „wir bleiben dabei“, und ging."),
                DetectorExample.wrong("Die Chefin sagte: « Dieser Haushalt ist ungerecht », und ging.",
                        "« ",
                        "Die Chefin sagte: „Dieser Haushalt ist ungerecht“, und ging."),
                DetectorExample.wrong("Eine Sprecherin sagte: “Venedig ist kein Freizeitpark„, und ging.",
                        "„",
                        "Eine Sprecherin sagte: „Venedig ist kein Freizeitpark“, und ging."),
                DetectorExample.right("„Wir bleiben dabei“, sagte der Minister. Die Zeitung „Kurier“ "
                        + "berichtete darüber."),
                DetectorExample.right("»Wir bleiben dabei«, sagte der Minister. Die Zeitung »Kurier« berichtete."),
                DetectorExample.wrong("Sie gaben sich als 'Anlageberaterinnen' aus.", "'",
                        "Sie gaben sich als „Anlageberaterinnen“ aus."),
                DetectorExample.right("Das war Grass' Roman, und so geht's: Hans' Rat und 'ne Menge Arbeit."),
                DetectorExample.wrong("'Das Angebot kam zu spät', sagte die Betriebsrätin.", "'",
                        "„Das Angebot kam zu spät“, sagte die Betriebsrätin."),
                DetectorExample.wrong(">>Wir haben alles gegeben<<, sagte der Trainer.", ">>",
                        "„Wir haben alles gegeben“, sagte der Trainer."),
                DetectorExample.right("In Andreas' Werkstatt lief Rock 'n' Roll, und 's Radio spielte laut."),
                DetectorExample.right("Er nannte ihn \"einen 'Mann der ersten Stunde'\", sagte die Sprecherin."),
                DetectorExample.wrong("Der Arzt sprach von einer ״vermeidbaren Krise״ im Land.", "״",
                        "Der Arzt sprach von einer „vermeidbaren Krise“ im Land."),
                DetectorExample.right("Das Display misst 6,1″ und der Winkel 12′ 30″ nach Norden."));
    }
}
