package org.mtqa.languagetool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.languagetool.JLanguageTool;
import org.languagetool.rules.RuleMatch;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.finding.Source;
import org.mtqa.text.Diacritics;
import org.mtqa.text.Spans;

/**
 * Runs LanguageTool over a whole text and turns its matches into findings with offsets into that text. Long texts are
 * checked in pieces cut after a line end, so memory stays bounded and offsets are shifted back exactly; data blobs
 * are cut out.
 */
public class LanguageToolChecker {

    /** What LanguageTool says of a text. */
    public record Result(List<Finding> findings, int sentences) {
    }

    /**
     * Data runs ({@link Spans#LONG_TOKEN_CHARS}) are left out of what LanguageTool sees: it would flag every piece of
     * them and take half a minute for 10,000 characters.
     */
    private static final Pattern DATA_BLOB = Pattern.compile("\\S{" + Spans.LONG_TOKEN_CHARS + ",}");

    private final LanguageToolPool pool;
    private final int chunkChars;
    private final Set<String> hintRules;

    public LanguageToolChecker(LanguageToolPool pool, int chunkChars) {
        this(pool, chunkChars, Set.of());
    }

    /**
     * @param hintRules rule ids whose matches are INFO hints: rules that mostly raise false alarms on edited news, whose
     *                  matches QA staff may still want to read
     */
    public LanguageToolChecker(LanguageToolPool pool, int chunkChars, Set<String> hintRules) {
        this.pool = pool;
        this.chunkChars = chunkChars;
        this.hintRules = Set.copyOf(hintRules);
    }

    /** Waits until the calling thread's LanguageTool is loaded, so that loading is not counted as checking time. */
    public void load() {
        pool.instance();
    }

    public Result check(String text) {
        return check(text, List.of(), offset -> { });
    }

    /**
     * @param notProse  spans the detectors report whole as boilerplate, markup or noise. LanguageTool is not given
     *     them: they cost it time and yield only findings the detectors' own would absorb. They are blanked, so that
     *     offsets stay those of {@code text}, and matches overlapping a blank (the spaces it leaves) are dropped.
     * @param checkedTo told, after each piece, the offset in {@code text} up to which LanguageTool has checked it,
     *     so that a long text shows progress; last with {@code text.length()}
     */
    public Result check(String text, List<Finding> notProse, IntConsumer checkedTo) {
        Result result = checkShown(notProse.isEmpty() ? text : blanked(text, notProse), checkedTo);
        if (notProse.isEmpty()) {
            return result;
        }
        List<Finding> kept = result.findings().stream()
                .filter(finding -> notProse.stream().noneMatch(finding::overlaps)).toList();
        return new Result(kept, result.sentences());
    }

    /** The text with every character of the spans but line ends replaced by a space. */
    static String blanked(String text, List<Finding> spans) {
        char[] chars = text.toCharArray();
        for (Finding span : spans) {
            for (int i = span.start(); i < span.end(); i++) {
                if (chars[i] != '\n' && chars[i] != '\r') {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }

    private Result checkShown(String text, IntConsumer checkedTo) {
        JLanguageTool tool = pool.instance();
        List<Finding> findings = new ArrayList<>();
        int sentences = 0;
        int checked = 0;
        Matcher blob = DATA_BLOB.matcher(text);
        for (int regionStart = 0; regionStart < text.length(); ) {
            int regionEnd = blob.find() ? blob.start() : text.length();
            for (int start = regionStart; start < regionEnd; ) {
                int end = chunkEnd(text, start, regionEnd);
                String piece = text.substring(start, end);
                for (RuleMatch match : matches(tool, piece)) {
                    findings.add(toFinding(match, piece, start));
                }
                sentences += (int) tool.sentenceTokenize(piece).stream().filter(s -> !s.isBlank()).count();
                start = end;
                checked = end;
                checkedTo.accept(checked);
            }
            regionStart = regionEnd < text.length() ? blob.end() : regionEnd;
        }
        if (checked < text.length()) {
            // the text ends in a data blob, or is empty
            checkedTo.accept(text.length());
        }
        return new Result(findings, sentences);
    }

    /**
     * Ends a piece after the last paragraph break (or else line end) within the limit and before {@code regionEnd},
     * never inside a line if avoidable.
     */
    int chunkEnd(String text, int start, int regionEnd) {
        int limit = start + chunkChars;
        if (limit >= regionEnd) {
            return regionEnd;
        }
        // search this piece only: searching back from the limit through the whole text makes a long text quadratic
        String piece = text.substring(start, Math.min(text.length(), limit + 2));
        int paragraph = piece.lastIndexOf("\n\n", chunkChars);
        if (paragraph > 0) {
            return start + paragraph + 2;
        }
        int line = piece.lastIndexOf('\n', chunkChars);
        if (line > 0) {
            return start + line + 1;
        }
        int space = piece.lastIndexOf(' ', chunkChars);
        if (space > 0) {
            return start + space + 1;
        }
        // no break at all: cut anyway, but not between the two chars of a surrogate pair
        return Character.isLowSurrogate(text.charAt(limit)) && limit - 1 > start ? limit - 1 : limit;
    }

    private static List<RuleMatch> matches(JLanguageTool tool, String piece) {
        try {
            return tool.check(piece);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Finding toFinding(RuleMatch match, String piece, int shift) {
        List<String> suggestions = match.getSuggestedReplacements();
        String matched = piece.substring(match.getFromPos(), match.getToPos());
        Category category = LanguageToolCategories.of(match.getRule(), matched, suggestions);
        boolean accentsOnly = !suggestions.isEmpty() && Diacritics.differOnlyInAccents(matched, suggestions.get(0));
        return new Finding(category, match.getRule().getId(), Source.LANGUAGETOOL,
                accentsOnly || hintRules.contains(match.getRule().getId()) ? Severity.INFO
                        : LanguageToolCategories.severityOf(match.getRule(), category),
                match.getFromPos() + shift, match.getToPos() + shift,
                accentsOnly ? "Written without accents: '" + suggestions.get(0) + "'. News often writes names so"
                        : plain(match.getMessage()),
                suggestions.subList(0, Math.min(5, suggestions.size())));
    }

    /** LanguageTool marks suggestions inside messages as {@code <suggestion>x</suggestion>}; show them as quotes. */
    private static String plain(String message) {
        return message.replace("<suggestion>", "„").replace("</suggestion>", "“").replaceAll("<[^>]+>", "");
    }
}
