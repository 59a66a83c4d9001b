package org.mtqa.evaluation;

import static org.mtqa.finding.Category.DUPLICATE_TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mtqa.text.Spans.Span;
import org.mtqa.text.Spans;

/**
 * Recipes that repeat the text's own words: a sentence, a block of sentences or the title again, a copy with a small
 * change, a word or clause caught in a loop, a sentence that restarts. The copy is the artefact; its original is kept
 * as it is, so that the copy stays a copy.
 */
final class RepetitionRecipes {

    private RepetitionRecipes() {
    }

    static List<Recipe> recipes() {
        return List.of(
                new Recipe("duplicate.sentence-adjacent", DUPLICATE_TEXT, RepetitionRecipes::adjacentSentence),
                new Recipe("duplicate.sentence-later", DUPLICATE_TEXT, RepetitionRecipes::laterSentence),
                new Recipe("duplicate.paragraph", DUPLICATE_TEXT, RepetitionRecipes::paragraph),
                new Recipe("duplicate.title", DUPLICATE_TEXT, RepetitionRecipes::title),
                new Recipe("duplicate.near-copy", DUPLICATE_TEXT, RepetitionRecipes::nearCopy),
                new Recipe("duplicate.word-loop", DUPLICATE_TEXT, RepetitionRecipes::wordLoop),
                new Recipe("duplicate.clause-loop", DUPLICATE_TEXT, RepetitionRecipes::clauseLoop),
                new Recipe("duplicate.restart", DUPLICATE_TEXT, RepetitionRecipes::restart));
    }

    /** Sentences of at least four words that may be copied. */
    private static List<Span> sentences(InjectedText t) {
        return t.sentences().stream()
                .filter(s -> Spans.words(s.value()).size() >= 4 && s.value().length() <= 400 && t.isFreeOnLine(s))
                .toList();
    }

    private static List<Edit> adjacentSentence(InjectedText t, Random r) {
        return Draw.any(sentences(t), r).map(s -> List.of(Edit.keep(s), Edit.of(s.end(), s.end(), " ", s.value(), "")))
                .orElse(List.of());
    }

    private static List<Edit> laterSentence(InjectedText t, Random r) {
        List<Span> sentences = sentences(t);
        List<Span> all = t.sentences();
        return Draw.any(sentences, r).flatMap(s -> Draw.any(all.stream()
                        .filter(later -> later.start() > s.end() + 1 && t.isFree(later.end(), later.end())).toList(), r)
                .map(later -> List.of(Edit.keep(s), Edit.of(later.end(), later.end(), " ", s.value(), ""))))
                .orElse(List.of());
    }

    /** Two or three sentences of one line repeated as a paragraph of their own, after them or at the end. */
    private static List<Edit> paragraph(InjectedText t, Random r) {
        List<Span> all = t.sentences();
        List<Span> blocks = new ArrayList<>();
        int size = Draw.between(r, 2, 3);
        for (int i = 0; i + size <= all.size(); i++) {
            Span first = all.get(i);
            Span last = all.get(i + size - 1);
            if (t.isFreeOnLine(first.start(), last.end())) {
                blocks.add(new Span(t.text().substring(first.start(), last.end()), first.start(), last.end()));
            }
        }
        return Draw.any(blocks, r).map(block -> {
            int end = t.text().length();
            boolean atEnd = Draw.chance(r, 0.4) && t.isFree(end, end) && block.end() < end - 1;
            int at = atEnd ? end : block.end();
            String before = atEnd ? (t.text().endsWith("\n") ? "\n" : "\n\n") : "\n";
            return List.of(Edit.keep(block), Edit.of(at, at, before, block.value(), ""));
        }).orElse(List.of());
    }

    /** The title, or a text's first sentence standing for it, repeated on a line of its own. */
    private static List<Edit> title(InjectedText t, Random r) {
        Span firstLine = Spans.trim(Spans.lines(t.text()).get(0));
        List<Span> firstSentences = t.sentences().stream().limit(1).toList();
        Span title = Spans.lines(t.text()).size() > 1 && Draw.chance(r, 0.5) || firstSentences.isEmpty()
                ? firstLine : firstSentences.get(0);
        if (title.isBlank() || title.value().length() > 300 || !t.isFreeOnLine(title)) {
            return List.of();
        }
        String text = t.text();
        boolean spaceAfter = title.end() < text.length() && text.charAt(title.end()) == ' ';
        int end = spaceAfter ? title.end() + 1 : title.end();
        return List.of(Edit.keep(title), new Edit(title.end(), end, List.of(Edit.plain("\n"),
                Edit.artefact(title.value()), Edit.plain(spaceAfter ? "\n" : ""))));
    }

    /** A sentence followed by a copy of itself with one word dropped or two words swapped. */
    private static List<Edit> nearCopy(InjectedText t, Random r) {
        List<Span> longer = sentences(t).stream().filter(s -> Spans.words(s.value()).size() >= 6).toList();
        return Draw.any(longer, r).flatMap(s -> {
            String v = s.value();
            List<Span> words = Spans.words(v);
            List<Integer> spaced = new ArrayList<>();
            for (int i = 1; i + 1 < words.size(); i++) {
                if (v.substring(words.get(i).end(), words.get(i + 1).start()).equals(" ")) {
                    spaced.add(i);
                }
            }
            return Draw.any(spaced, r).map(i -> {
                Span a = words.get(i);
                Span b = words.get(i + 1);
                String changed = Draw.chance(r, 0.5) ? v.substring(0, a.start()) + v.substring(b.start())
                        : v.substring(0, a.start()) + b.value() + " " + a.value() + v.substring(b.end());
                return List.of(Edit.keep(s), Edit.of(s.end(), s.end(), " ", changed, ""));
            });
        }).orElse(List.of());
    }

    /** A word repeated three to twelve more times, as a degenerate translation loop writes it. */
    private static List<Edit> wordLoop(InjectedText t, Random r) {
        return Draw.any(t.plainWords(3), r).map(w -> {
            String separator = Draw.oneOf(r, ", ", " ");
            String loop = (w.value() + separator).repeat(Draw.between(r, 3, 12)) + w.value();
            return List.of(Edit.replace(w.start(), w.end(), loop));
        }).orElse(List.of());
    }

    /** The last three to six words of a sentence repeated, two to six times. */
    private static List<Edit> clauseLoop(InjectedText t, Random r) {
        List<Span> clauses = new ArrayList<>();
        int length = Draw.between(r, 3, 6);
        for (Span s : sentences(t)) {
            List<Span> words = Spans.words(s.value());
            if (words.size() <= length) {
                continue;
            }
            Span first = words.get(words.size() - length);
            Span last = words.get(words.size() - 1);
            String clause = s.value().substring(first.start(), last.end());
            if (clause.matches("[\\p{L}\\p{N}]+(?: [\\p{L}\\p{N}\\-]+)*")) {
                clauses.add(new Span(clause, s.start() + first.start(), s.start() + last.end()));
            }
        }
        return Draw.any(clauses, r).map(c -> {
            String separator = Draw.oneOf(r, ", ", " ");
            String loop = (c.value() + separator).repeat(Draw.between(r, 1, 5)) + c.value();
            return List.of(Edit.replace(c.start(), c.end(), loop));
        }).orElse(List.of());
    }

    /** A sentence that starts, breaks off after two to five words and starts again. */
    private static List<Edit> restart(InjectedText t, Random r) {
        List<Span> starts = new ArrayList<>();
        int length = Draw.between(r, 2, 5);
        for (Span s : sentences(t)) {
            List<Span> words = Spans.words(s.value());
            if (words.size() > length + 2 && words.get(0).start() == 0) {
                String prefix = s.value().substring(0, words.get(length - 1).end());
                if (prefix.matches("\\p{L}+(?: [\\p{L}\\p{N}]+)*")) {
                    starts.add(new Span(prefix, s.start(), s.start() + prefix.length()));
                }
            }
        }
        return Draw.any(starts, r).map(p -> List.of(Edit.replace(p.start(), p.end(), p.value() + " " + p.value())))
                .orElse(List.of());
    }
}
