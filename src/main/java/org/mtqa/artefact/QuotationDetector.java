package org.mtqa.artefact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.QuoteMarks.Mark;
import org.mtqa.text.QuoteMarks.Quote;
import org.mtqa.text.QuoteMarks.Style;
import org.mtqa.text.QuoteMarks;
import org.springframework.stereotype.Component;

/**
 * Quotation marks a German text should not have: quotes never closed, quotes closed in another style („…»), English
 * quotes (“…”), and quotes in a style other than the one the article mostly uses. German „…“, »…« and Swiss «…» are
 * right when used consistently; typewriter quotes "…" are tolerated and reported at most as INFO.
 */
@Component
public class QuotationDetector implements ArtefactDetector {


    @Override
    public Category category() {
        return Category.QUOTATION;
    }

    @Override
    public List<Finding> detect(AnalysedText analysed) {
        String text = analysed.text();
        List<Quote> quotes = analysed.quotePairs();
        Map<Style, Integer> votes = germanStyleVotes(quotes);
        // ties go to the style listed first, so plain German „…“ wins over guillemets
        Style house = votes.entrySet().stream()
                .max(Map.Entry.<Style, Integer>comparingByValue().thenComparing(e -> -e.getKey().ordinal()))
                .map(Map.Entry::getKey)
                .orElse(Style.GERMAN);
        boolean typographic = !votes.isEmpty();
        List<Finding> findings = new ArrayList<>();
        for (Quote quote : quotes) {
            if (quote.open() == null) {
                unopened(text, quote.close(), findings);
            } else if (quote.close() == null) {
                unclosed(text, quote.open(), findings);
            } else if (quote.isMatched()) {
                foreignStyle(quote, house, typographic, findings);
            } else {
                mismatched(quote, house, findings);
            }
        }
        findings.sort(Comparator.comparingInt(Finding::start));
        return findings;
    }

    /** How many marks of each German style the article uses: the most frequent is its house style. */
    private static Map<Style, Integer> germanStyleVotes(List<Quote> quotes) {
        Map<Style, Integer> votes = new EnumMap<>(Style.class);
        for (Quote quote : quotes) {
            for (Mark mark : new Mark[] {quote.open(), quote.close()}) {
                if (mark != null && mark.style().isGerman()) {
                    votes.merge(mark.style(), 1, Integer::sum);
                }
            }
        }
        return votes;
    }

    private void unopened(String text, Mark close, List<Finding> findings) {
        boolean afterDigit = close.index() > 0 && Character.isDigit(text.charAt(close.index() - 1));
        if (close.style() == Style.TYPEWRITER || afterDigit) {
            return; // typewriter quotes are tolerated; 55” is an inch mark
        }
        findings.add(finding(Severity.MINOR, close.index(), close.index() + 1,
                "Closing quote " + close.glyph() + " has no opening quote: add the opening mark or remove it",
                List.of()));
    }

    private void unclosed(String text, Mark open, List<Finding> findings) {
        // typewriter quotes are tolerated, and an English ‘ may be an apostrophe (‘90er)
        boolean ambiguous = open.style() == Style.TYPEWRITER || (open.single() && open.style() == Style.ENGLISH);
        if (ambiguous || nextParagraphReopens(text, open.index())) {
            return;
        }
        findings.add(finding(Severity.MINOR, open.index(), open.index() + 1,
                "Quote opened with " + open.glyph() + " is never closed in its paragraph: add the closing mark",
                List.of()));
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

    /** A well-formed quote whose style is not the article's German house style. */
    private void foreignStyle(Quote quote, Style house, boolean typographic, List<Finding> findings) {
        Style style = quote.open().style();
        if (style == house || (style == Style.TYPEWRITER && !typographic)) {
            return;
        }
        Severity severity = style == Style.ENGLISH ? Severity.MINOR : Severity.INFO;
        String why = style == Style.ENGLISH
                ? "English-style quote " + style.sample() + " in German text"
                : "Quote style " + style.sample() + " differs from the article's " + house.sample();
        for (Mark mark : new Mark[] {quote.open(), quote.close()}) {
            char right = mark.opening() ? house.open(mark.single()) : house.close(mark.single());
            findings.add(finding(severity, mark.index(), mark.index() + 1,
                    why + ": use " + right + " instead of " + mark.glyph(), List.of(String.valueOf(right))));
        }
    }

    /**
     * A quote opened in one style and closed in another. The mark that departs from the house style is the wrong
     * one; when neither side matches it, both are.
     */
    private void mismatched(Quote quote, Style house, List<Finding> findings) {
        Mark open = quote.open();
        Mark close = quote.close();
        String why = "Quote opened with " + open.glyph() + " is closed with " + close.glyph();
        if (open.style() != house) {
            findings.add(mismatchedMark(open, house.open(open.single()), why));
        }
        if (close.style() != house) {
            findings.add(mismatchedMark(close, house.close(close.single()), why));
        }
    }

    private Finding mismatchedMark(Mark mark, char right, String why) {
        Severity severity = mark.style() == Style.TYPEWRITER ? Severity.INFO : Severity.MINOR;
        return finding(severity, mark.index(), mark.index() + 1,
                why + ": use " + right + " instead of " + mark.glyph(), List.of(String.valueOf(right)));
    }

    @Override
    public String description() {
        return "Quotation marks a German text should not have: quotes never closed, closed in another style, "
                + "English quotes, or a style other than the article's own.";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.wrong("Der Minister sagte, “wir bleiben dabei”, und ging.",
                        "“",
                        "Der Minister sagte, „wir bleiben dabei“, und ging."),
                DetectorExample.right("„Wir bleiben dabei“, sagte der Minister. Die Zeitung „Kurier“ "
                        + "berichtete darüber."));
    }
}
