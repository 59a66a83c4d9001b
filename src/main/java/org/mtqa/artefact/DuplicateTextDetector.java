package org.mtqa.artefact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.Sentences;
import org.mtqa.text.Spans.Span;
import org.mtqa.text.Spans;
import org.springframework.stereotype.Component;

/**
 * Finds a title, sentence or paragraph that appears a second time, also when the copy is cut off ("Regierung senkt die
 * Steuern für kleine" after the full title) or carries a leading id number. Sentences are compared ignoring case, white
 * space and punctuation; the first occurrence stays, later copies are flagged for deletion.
 */
@Component
public class DuplicateTextDetector implements ArtefactDetector {

    /** Shorter pieces ("Hindernisse", "sagte er.") recur naturally. */
    private static final int MIN_WORDS = 5;
    private static final int MIN_CHARS = 30;
    /** How many sentences after its original a copy inside a paragraph may stand: "Satz. Satz." or one between. */
    private static final int MAX_NEARBY_DISTANCE = 2;

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern NUMBER = Pattern.compile("\\p{N}+");
    /** A sentence that ends like this is complete; one that does not may be a cut-off copy. */
    private static final Pattern CLOSED = Pattern.compile("[.!?…:;][\"“”»«'’)\\]]*$");

    /**
     * One sentence: its span from the first compared token on, its number among the article's sentences, its line and
     * place in the line, its tokens, whether it ends like a complete sentence.
     */
    private record Unit(Span span, int index, int line, int position, List<String> tokens, boolean closed) {
        String key() {
            return String.join(" ", tokens);
        }

        /** The first words, which a cut-off copy shares with its original. */
        String opening() {
            return String.join(" ", tokens.subList(0, MIN_WORDS - 1));
        }
    }


    @Override
    public Category category() {
        return Category.DUPLICATE_TEXT;
    }

    @Override
    public List<Finding> detect(AnalysedText analysed) {
        String text = analysed.text();
        Map<String, Unit> firstByKey = new HashMap<>();
        Map<String, List<Unit>> originalsByOpening = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        int index = 0;
        List<Span> lines = analysed.lines();
        for (int n = 0; n < lines.size(); n++) {
            List<Span> sentences = Sentences.split(lines.get(n));
            List<Unit> copies = new ArrayList<>();
            List<Unit> originalsOfCopies = new ArrayList<>();
            for (int position = 0; position < sentences.size(); position++) {
                Unit unit = unit(text, sentences.get(position), index, n, position);
                if (unit == null) {
                    continue;
                }
                index++;
                Unit original = originalOf(unit, firstByKey, originalsByOpening);
                if (original == null) {
                    firstByKey.putIfAbsent(unit.key(), unit);
                    originalsByOpening.computeIfAbsent(unit.opening(), k -> new ArrayList<>()).add(unit);
                } else {
                    copies.add(unit);
                    originalsOfCopies.add(original);
                }
            }
            // A copied title or paragraph repeats a whole line as a whole line, or a sentence follows its original at
            // once. A sentence that recurs far away is a quote taken up again, as news teasers and interviews do.
            boolean lineCopied = copies.size() == sentences.size() && copiesLineStart(originalsOfCopies);
            List<Unit> flagged = new ArrayList<>();
            for (int i = 0; i < copies.size(); i++) {
                if (lineCopied || copies.get(i).index() - originalsOfCopies.get(i).index() <= MAX_NEARBY_DISTANCE) {
                    flagged.add(copies.get(i));
                }
            }
            findings.addAll(mergedFindings(text, flagged));
        }
        return findings;
    }

    /** The originals are the first sentences of one line, in order: the line, or its start when the copy is cut off. */
    private static boolean copiesLineStart(List<Unit> originals) {
        for (int i = 0; i < originals.size(); i++) {
            if (originals.get(i).line() != originals.get(0).line() || originals.get(i).position() != i) {
                return false;
            }
        }
        return !originals.isEmpty();
    }

    /**
     * A cut-off copy shares at least its opening with the original, so only originals with the same opening are
     * compared: comparing with every earlier sentence would make a long text take hours.
     */
    private static Unit originalOf(Unit unit, Map<String, Unit> firstByKey,
            Map<String, List<Unit>> originalsByOpening) {
        Unit original = firstByKey.get(unit.key());
        if (original == null && !unit.closed()) {
            original = originalsByOpening.getOrDefault(unit.opening(), List.of()).stream()
                    .filter(earlier -> isCutOffCopy(unit, earlier)).findFirst().orElse(null);
        }
        return original;
    }

    /** Copies that are consecutive sentences of one line make one finding: a repeated paragraph is one problem. */
    private List<Finding> mergedFindings(String text, List<Unit> flagged) {
        List<Finding> findings = new ArrayList<>();
        int i = 0;
        while (i < flagged.size()) {
            int j = i;
            while (j + 1 < flagged.size() && flagged.get(j + 1).position() == flagged.get(j).position() + 1) {
                j++;
            }
            findings.add(copyFinding(text, flagged.get(i).span().start(), flagged.get(j).span().end()));
            i = j + 1;
        }
        return findings;
    }

    private Finding copyFinding(String text, int start, int end) {
        String copy = text.substring(start, end);
        String shown = copy.length() > 60 ? copy.substring(0, 57) + "…" : copy;
        return finding(start, end,
                "Repeated text: '" + shown + "' already appears earlier in the article; delete the copy",
                List.of(""));
    }

    /** The later piece repeats the start of the earlier one and stops, as a cut-off title or teaser does. */
    private static boolean isCutOffCopy(Unit copy, Unit earlier) {
        List<String> a = copy.tokens();
        List<String> b = earlier.tokens();
        if (a.size() > b.size()) {
            return false;
        }
        int last = a.size() - 1;
        for (int i = 0; i < last; i++) {
            if (!a.get(i).equals(b.get(i))) {
                return false;
            }
        }
        // The copy may end inside a word: "Die Regierung senkt die Steu".
        return b.get(last).startsWith(a.get(last));
    }

    /** The sentence's tokens, without a leading id number ("1662611347 Die Regierung senkt …"); null when too short to judge. */
    private static Unit unit(String text, Span sentence, int index, int line, int position) {
        List<Span> tokens = Spans.matches(TOKEN, sentence.value());
        int first = 0;
        while (first < tokens.size() && NUMBER.matcher(tokens.get(first).value()).matches()) {
            first++;
        }
        if (tokens.size() - first < MIN_WORDS) {
            return null;
        }
        int start = sentence.start() + tokens.get(first).start();
        if (sentence.end() - start < MIN_CHARS) {
            return null;
        }
        List<String> words = tokens.subList(first, tokens.size()).stream()
                .map(t -> t.value().toLowerCase(Locale.ROOT))
                .toList();
        Span compared = new Span(text.substring(start, sentence.end()), start, sentence.end());
        return new Unit(compared, index, line, position, words, CLOSED.matcher(sentence.value()).find());
    }

    @Override
    public String description() {
        return "A title, sentence or paragraph that appears a second time, also cut off or with a leading id; "
                + "the first occurrence stays, later copies are flagged.";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.wrong("Der Landtag berät über das Budget.\n\nDie Abgeordneten stimmen am "
                        + "Freitag ab. Die Abgeordneten stimmen am Freitag ab.",
                        "Die Abgeordneten stimmen am Freitag ab.",
                        "Der Landtag berät über das Budget.\n\nDie Abgeordneten stimmen am Freitag ab."),
                DetectorExample.right("Die Abgeordneten stimmen am Freitag ab. Danach stimmen sie über die "
                        + "Schulen ab."));
    }
}
