package org.mtqa.evaluation;

import static org.mtqa.finding.Category.ENCODING;
import static org.mtqa.finding.Category.INVISIBLE_CHARACTER;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.mtqa.text.Spans.Span;

/**
 * Recipes that damage characters: mojibake, UTF-8 bytes read in a single-byte encoding (the usual fault of a pipeline
 * that guessed the encoding), lost letters, and invisible format characters inside or between words.
 */
final class CharacterRecipes {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset LATIN_2 = Charset.forName("ISO-8859-2");

    /** Typographic characters outside ASCII, whose UTF-8 bytes read as windows-1252 give "â€“", "â€ž" and the like. */
    private static final String TYPOGRAPHY = "„“”‚‘’–—…€«»•";

    /** Letters whose UTF-8 second byte is a C1 control in ISO-8859-1 (ß, Ä, Ö, Ü): there Latin-1 differs. */
    private static final String C1_LETTERS = "ßÄÖÜ";

    /** Format characters that render as nothing: soft hyphen, zero-width (non-)joiner and space, word joiner, BOM. */
    private static final List<String> INSIDE_WORD = List.of("\u00AD", "\u200B", "\u200C", "\u200D", "\u2060",
            "\uFEFF", "\u200E", "\u200F", "\u061C");

    /** Zero-width characters that can stand for, or beside, the space between two words. */
    private static final List<String> BETWEEN_WORDS = List.of("\u200B", "\u2060", "\uFEFF", "\u200C", "\u200D");

    /** Bidirectional controls around a word (a name, as right-to-left pages wrap it): isolates, embeddings, marks. */
    private static final List<List<String>> AROUND_WORD = List.of(List.of("\u2066", "\u2069"),
            List.of("\u2067", "\u2069"), List.of("\u2068", "\u2069"), List.of("\u202A", "\u202C"),
            List.of("\u202B", "\u202C"), List.of("\u202D", "\u202C"), List.of("\u202E", "\u202C"),
            List.of("\u200E", ""), List.of("\u200F", ""), List.of("", "\u200E"), List.of("", "\u200F"));

    private CharacterRecipes() {
    }

    static List<Recipe> recipes() {
        return List.of(
                new Recipe("encoding.windows-1252", ENCODING, (t, r) -> misreadWord(t, r, WINDOWS_1252, false)),
                new Recipe("encoding.latin-1", ENCODING,
                        (t, r) -> misreadWord(t, r, StandardCharsets.ISO_8859_1, true)),
                new Recipe("encoding.latin-2", ENCODING, (t, r) -> misreadWord(t, r, LATIN_2, false)),
                new Recipe("encoding.twice", ENCODING, CharacterRecipes::misreadTwice),
                new Recipe("encoding.lost-letter", ENCODING, CharacterRecipes::lostLetters),
                new Recipe("encoding.punctuation", ENCODING, CharacterRecipes::misreadPunctuation),
                new Recipe("encoding.sentence", ENCODING, CharacterRecipes::misreadSentence),
                new Recipe("invisible.inside-word", INVISIBLE_CHARACTER, CharacterRecipes::insideWord),
                new Recipe("invisible.soft-hyphens", INVISIBLE_CHARACTER, CharacterRecipes::softHyphens),
                new Recipe("invisible.between-words", INVISIBLE_CHARACTER, CharacterRecipes::betweenWords),
                new Recipe("invisible.bidi", INVISIBLE_CHARACTER, CharacterRecipes::aroundWord));
    }

    /** The text as a program that took its UTF-8 bytes for {@code charset} shows it. */
    static String misread(String text, Charset charset) {
        return new String(text.getBytes(StandardCharsets.UTF_8), charset);
    }

    private static List<Span> nonAsciiWords(InjectedText t) {
        return t.words().stream().filter(w -> w.value().chars().anyMatch(c -> c > 0x7F) && t.isFreeOnLine(w))
                .toList();
    }

    private static List<Edit> misreadWord(InjectedText t, Random r, Charset charset, boolean preferC1) {
        List<Span> words = nonAsciiWords(t);
        List<Span> c1 = words.stream().filter(w -> w.value().chars().anyMatch(c -> C1_LETTERS.indexOf(c) >= 0))
                .toList();
        return Draw.any(preferC1 && !c1.isEmpty() ? c1 : words, r)
                .map(w -> List.of(Edit.replace(w.start(), w.end(), misread(w.value(), charset)))).orElse(List.of());
    }

    private static List<Edit> misreadTwice(InjectedText t, Random r) {
        return Draw.any(nonAsciiWords(t), r).map(w -> List.of(Edit.replace(w.start(), w.end(),
                misread(misread(w.value(), WINDOWS_1252), WINDOWS_1252)))).orElse(List.of());
    }

    /** Letters outside ASCII lost on the way: each one a replacement character or a question mark. */
    private static List<Edit> lostLetters(InjectedText t, Random r) {
        String lost = Draw.oneOf(r, "\uFFFD", "?");
        return Draw.any(nonAsciiWords(t), r).map(w -> List.of(Edit.replace(w.start(), w.end(),
                w.value().replaceAll("[^\\x00-\\x7F]", lost)))).orElse(List.of());
    }

    private static List<Edit> misreadPunctuation(InjectedText t, Random r) {
        List<Integer> at = new ArrayList<>();
        String text = t.text();
        for (int i = 0; i < text.length(); i++) {
            if (TYPOGRAPHY.indexOf(text.charAt(i)) >= 0 && t.isFreeOnLine(i, i + 1)) {
                at.add(i);
            }
        }
        return Draw.any(at, r).map(i -> List.of(Edit.replace(i, i + 1,
                misread(text.substring(i, i + 1), WINDOWS_1252)))).orElse(List.of());
    }

    /** Every word with a letter outside ASCII in one sentence misread, as when a pipeline misread a whole block. */
    private static List<Edit> misreadSentence(InjectedText t, Random r) {
        List<Span> words = nonAsciiWords(t);
        List<List<Edit>> candidates = new ArrayList<>();
        for (Span sentence : t.sentences()) {
            List<Edit> edits = words.stream().filter(w -> w.start() >= sentence.start() && w.end() <= sentence.end())
                    .map(w -> Edit.replace(w.start(), w.end(), misread(w.value(), WINDOWS_1252))).toList();
            if (edits.size() >= 2) {
                candidates.add(edits);
            }
        }
        return Draw.any(candidates, r).orElse(List.of());
    }

    private static List<Edit> insideWord(InjectedText t, Random r) {
        return Draw.any(t.plainWords(4), r).map(w -> {
            int at = Draw.between(r, 1, w.value().length() - 1);
            return List.of(Edit.replace(w.start(), w.end(),
                    w.value().substring(0, at) + Draw.oneOf(r, INSIDE_WORD) + w.value().substring(at)));
        }).orElse(List.of());
    }

    /** Two or three soft hyphens in a long word, as a hyphenating editor leaves them. */
    private static List<Edit> softHyphens(InjectedText t, Random r) {
        return Draw.any(t.plainWords(9), r).map(w -> {
            TreeSet<Integer> cuts = new TreeSet<>();
            int wanted = Draw.between(r, 2, 3);
            for (int tries = 0; cuts.size() < wanted && tries < 20; tries++) {
                int at = Draw.between(r, 2, w.value().length() - 2);
                if (cuts.subSet(at - 1, true, at + 1, true).isEmpty()) {
                    cuts.add(at);
                }
            }
            StringBuilder out = new StringBuilder(w.value());
            cuts.descendingSet().forEach(at -> out.insert((int) at, '\u00AD'));
            return List.of(Edit.replace(w.start(), w.end(), out.toString()));
        }).orElse(List.of());
    }

    /** A zero-width character for the space between two words, or beside it. */
    private static List<Edit> betweenWords(InjectedText t, Random r) {
        return Draw.any(t.wordPairs(), r).map(p -> {
            String invisible = Draw.oneOf(r, BETWEEN_WORDS).repeat(Draw.between(r, 1, 2));
            String gap = Draw.oneOf(r, invisible, invisible, " " + invisible, invisible + " ");
            return List.of(Edit.replace(p.left().start(), p.right().end(), p.left().value() + gap + p.right().value()));
        }).orElse(List.of());
    }

    private static List<Edit> aroundWord(InjectedText t, Random r) {
        List<Span> capitalised = t.plainWords(3).stream().filter(w -> Character.isUpperCase(w.value().charAt(0)))
                .toList();
        return Draw.any(capitalised, r).map(w -> {
            List<String> pair = Draw.oneOf(r, AROUND_WORD);
            return List.of(Edit.replace(w.start(), w.end(), pair.get(0) + w.value() + pair.get(1)));
        }).orElse(List.of());
    }
}
