package org.mtqa.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.languagetool.JLanguageTool;
import org.languagetool.rules.RuleMatch;

/**
 * Runs LanguageTool over a whole text and turns its matches into findings with offsets into that text. Long texts are
 * checked in pieces cut after a line end, so memory stays bounded and offsets are shifted back exactly.
 */
public class LanguageToolChecker {

    /** What LanguageTool says of a text. */
    public record Result(List<Finding> findings, int sentences) {
    }

    private final LanguageToolPool pool;
    private final int chunkChars;

    public LanguageToolChecker(LanguageToolPool pool, int chunkChars) {
        this.pool = pool;
        this.chunkChars = chunkChars;
    }

    public Result check(String text) {
        JLanguageTool tool = pool.instance();
        List<Finding> findings = new ArrayList<>();
        int sentences = 0;
        for (int start = 0; start < text.length(); ) {
            int end = chunkEnd(text, start);
            String piece = text.substring(start, end);
            for (RuleMatch match : matches(tool, piece)) {
                findings.add(toFinding(match, piece, start));
            }
            sentences += (int) tool.sentenceTokenize(piece).stream().filter(s -> !s.isBlank()).count();
            start = end;
        }
        return new Result(findings, sentences);
    }

    /** Ends a piece after the last paragraph break (or else line end) within the limit, never inside a line if avoidable. */
    int chunkEnd(String text, int start) {
        int limit = start + chunkChars;
        if (limit >= text.length()) {
            return text.length();
        }
        int paragraph = text.lastIndexOf("\n\n", limit);
        if (paragraph > start) {
            return paragraph + 2;
        }
        int line = text.lastIndexOf('\n', limit);
        if (line > start) {
            return line + 1;
        }
        int space = text.lastIndexOf(' ', limit);
        return space > start ? space + 1 : limit;
    }

    private static List<RuleMatch> matches(JLanguageTool tool, String piece) {
        try {
            return tool.check(piece);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Finding toFinding(RuleMatch match, String piece, int shift) {
        Category category = LanguageToolCategories.of(match.getRule());
        List<String> suggestions = match.getSuggestedReplacements();
        String matched = piece.substring(match.getFromPos(), match.getToPos());
        boolean accentsOnly = !suggestions.isEmpty() && Diacritics.differOnlyInAccents(matched, suggestions.get(0));
        return new Finding(category, match.getRule().getId(), Source.LANGUAGETOOL,
                accentsOnly ? Severity.INFO : LanguageToolCategories.severityOf(match.getRule()),
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
