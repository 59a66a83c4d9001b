package org.mtqa.artefact;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.Sentences;
import org.mtqa.text.Spans.Span;
import org.mtqa.text.Spans;
import org.springframework.stereotype.Component;

/**
 * Finds English left untranslated: web furniture such as "5 min read", "Related posts", "Read more", and short
 * lines in English. The evidence is a run of common English words that the German speller does not know. Title-case
 * runs around a name ("Lord of the Rings", "Carnegie Endowment for International Peace"), quoted titles, URLs and
 * loanwords the speller knows ("Homeoffice", "Team") are left alone.
 */
@Component
public class UntranslatedDetector implements ArtefactDetector {

    /** English function words; a German word among them ("in", "will") is fine, the speller decides. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "a", "an", "of", "from", "on", "in", "at", "by", "with", "and", "or", "for", "to", "into", "over",
            "about", "after", "before", "up", "down", "out", "off", "your", "you", "we", "our", "us", "my", "his",
            "her", "their", "its", "it", "i", "me", "he", "she", "they", "them", "is", "are", "was", "were", "be",
            "been", "has", "have", "had", "do", "does", "did", "this", "that", "these", "those", "there", "here",
            "what", "who", "which", "when", "where", "why", "how", "not", "no", "all", "more", "most", "some", "any",
            "can", "will", "would", "should", "could", "may", "must", "just", "now", "only", "than", "then", "if",
            "but", "as", "don't", "it's", "i'm", "you're", "can't", "let's");

    /** The words of web page furniture: "5 min read", "Posted by", "Share this article". */
    private static final Set<String> WEB_WORDS = Set.of(
            "read", "min", "mins", "minute", "minutes", "share", "click", "tap", "blog", "posted", "post", "posts",
            "comment", "comments", "reply", "leave", "subscribe", "follow", "sign", "login", "log", "home", "next",
            "previous", "prev", "related", "tags", "views", "ago", "article", "articles", "page", "menu", "search",
            "skip", "content", "loading", "privacy", "policy", "cookies", "accept", "continue", "watch", "photo",
            "image", "published", "updated", "author", "tweet", "email", "print", "advertisement", "sponsored",
            "trending", "popular", "recent", "archive", "category", "day", "days", "hour", "hours", "view", "show",
            "back", "like", "followers", "feed", "see", "full", "story", "stories", "top", "link", "latest", "new");

    /** Between the content words of a title-case name these stay lowercase: "Bank of America". */
    private static final Set<String> TITLE_FUNCTION_WORDS = Set.of(
            "of", "the", "a", "an", "and", "for", "on", "in", "at", "to", "from", "by", "with", "or");

    private static final int MIN_UNKNOWN_WORDS = 2;
    /** Two function words alone ("of the", "when we") are mostly a piece of a name, an idiom or a quotation. */
    private static final int MIN_FUNCTION_RUN = 3;
    /** Around a run, this share of words unknown to German marks an English quotation, not a translation miss. */
    private static final double ENGLISH_CONTEXT_SHARE = 0.5;
    private static final int MIN_CONTEXT_WORDS = 2;
    /** How many words on each side of a run are its context. */
    private static final int CONTEXT_WORDS = 4;
    private static final int MAX_SHORT_LINE_WORDS = 8;

    /** Quoted stretches (titles, quotations) are not translation misses. */
    private static final Pattern QUOTED = Pattern.compile("„[^“”\"]*[“”\"]|»[^«]*«|«[^»]*»|“[^”]*”|‚[^‘’]*[‘’]|\"[^\"]*\"");
    /** URLs, e-mail addresses and domain names. */
    // The whole run of non-space characters; anchored at its start, so a long token without an address is one pass, not
    // one pass for every character of it.
    private static final Pattern ADDRESS = Pattern.compile("(?<!\\S)\\S*?(?:://|www\\.|@|\\p{L}\\.\\p{L}{2,})\\S*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"“”»«'’)]*$");
    /** Markup and shortcodes belong to another detector. */
    private static final Pattern MARKUP = Pattern.compile("[\\[\\]<>{}=]");

    private final GermanLexicon lexicon;

    public UntranslatedDetector(GermanLexicon lexicon) {
        this.lexicon = lexicon;
    }


    @Override
    public Category category() {
        return Category.UNTRANSLATED;
    }

    @Override
    public List<Finding> detect(AnalysedText analysed) {
        List<Finding> findings = new ArrayList<>();
        for (Span raw : analysed.lines()) {
            Span line = Spans.trim(raw);
            if (line.isBlank() || MARKUP.matcher(line.value()).find()) {
                continue;
            }
            List<Span> words = checkableWords(line);
            if (isEnglishLine(line, words)) {
                findings.add(untranslated(line.start(), line.end(), line.value()));
                continue;
            }
            for (List<Span> run : englishRuns(line, words)) {
                int start = run.get(0).start();
                int end = run.get(run.size() - 1).end();
                findings.add(untranslated(start, end, analysed.text().substring(start, end)));
            }
        }
        return findings;
    }

    private Finding untranslated(int start, int end, String english) {
        return finding(start, end,
                "Untranslated English text '" + english + "': translate it or, if it is page furniture, delete it",
                List.of());
    }

    /** The line's words with offsets into the whole text, leaving out those in quotes, URLs and addresses. */
    private static List<Span> checkableWords(Span line) {
        BitSet excluded = new BitSet(line.value().length());
        for (Pattern p : List.of(QUOTED, ADDRESS)) {
            Matcher m = p.matcher(line.value());
            while (m.find()) {
                excluded.set(m.start(), m.end());
            }
        }
        List<Span> words = new ArrayList<>();
        for (Span w : Spans.words(line.value())) {
            int firstExcluded = excluded.nextSetBit(w.start());
            boolean inside = firstExcluded >= 0 && firstExcluded < w.end();
            // An excluded word still breaks a run, so keep a placeholder that is never English.
            String value = inside ? "" : w.value();
            words.add(new Span(value, line.start() + w.start(), line.start() + w.end()));
        }
        return words;
    }

    /** A short line of English words and unknown words only, not a title-case name: "yourtheme on instagram". */
    private boolean isEnglishLine(Span line, List<Span> words) {
        // A full English sentence on its own line is an embedded quote or tweet; furniture has no full stop.
        if (words.size() < 2 || words.size() > MAX_SHORT_LINE_WORDS || SENTENCE_END.matcher(line.value()).find()) {
            return false;
        }
        int englishOnly = 0;
        boolean knownOtherWord = false;
        boolean lowercaseKnownOtherWord = false;
        for (Span w : words) {
            boolean english = isEnglish(w.value());
            boolean known = w.value().isEmpty() || lexicon.isKnown(w.value());
            if (known && !english) {
                knownOtherWord = true;
                lowercaseKnownOtherWord |= !isCapitalised(w.value());
            }
            if (english && !known) {
                englishOnly++;
            }
        }
        // A known capitalised word may be a name ("Follow us on Telegram") when the English is clear.
        boolean looksEnglish = knownOtherWord
                ? !lowercaseKnownOtherWord && englishOnly >= MIN_UNKNOWN_WORDS
                : englishOnly >= 1;
        return looksEnglish && !isTitleCaseName(words);
    }

    /**
     * Runs of adjacent English words with at least two the German speller does not know, inside German text: not part
     * of a title-case name, nor of an English quotation.
     */
    private List<List<Span>> englishRuns(Span line, List<Span> words) {
        List<List<Span>> runs = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!isEnglish(words.get(i).value())) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < words.size() && isEnglish(words.get(j).value()) && adjacent(line, words.get(j - 1), words.get(j))) {
                j++;
            }
            List<Span> run = words.subList(i, j);
            if (isTranslationMiss(run) && !isTitleCase(nameWindow(line, words, i, j))
                    && !inEnglishQuotation(line, words, i, j)) {
                runs.add(List.copyOf(run));
            }
            i = j;
        }
        return runs;
    }

    private boolean isTranslationMiss(List<Span> run) {
        long unknown = run.stream().filter(w -> !lexicon.isKnown(w.value())).count();
        boolean furniture = run.stream().anyMatch(w -> WEB_WORDS.contains(w.value().toLowerCase(Locale.ROOT)));
        return unknown >= MIN_UNKNOWN_WORDS && (furniture || run.size() >= MIN_FUNCTION_RUN);
    }

    /**
     * The words around the run, within its sentence, are mostly unknown to German: a quoted tweet or lyric whose
     * quote marks were lost, or an English product string, not a translation miss.
     */
    private boolean inEnglishQuotation(Span line, List<Span> words, int runFrom, int runTo) {
        Span sentence = Sentences.split(line).stream()
                .filter(s -> s.start() <= words.get(runFrom).start() && words.get(runFrom).start() < s.end())
                .findFirst().orElse(line);
        int context = 0;
        int unknown = 0;
        for (int k = Math.max(0, runFrom - CONTEXT_WORDS); k < Math.min(words.size(), runTo + CONTEXT_WORDS); k++) {
            Span w = words.get(k);
            boolean inSentence = w.start() >= sentence.start() && w.end() <= sentence.end();
            if (inSentence && (k < runFrom || k >= runTo) && !w.value().isEmpty()) {
                context++;
                unknown += lexicon.isKnown(w.value()) ? 0 : 1;
            }
        }
        return context >= MIN_CONTEXT_WORDS && unknown >= ENGLISH_CONTEXT_SHARE * context;
    }

    /** The run widened by the capitalised words next to it, to see whether it is part of a name. */
    private static List<Span> nameWindow(Span line, List<Span> words, int from, int to) {
        int start = from;
        while (start > 0 && isCapitalised(words.get(start - 1).value())
                && adjacent(line, words.get(start - 1), words.get(start))) {
            start--;
        }
        int end = to;
        while (end < words.size() && isCapitalised(words.get(end).value())
                && adjacent(line, words.get(end - 1), words.get(end))) {
            end++;
        }
        return words.subList(start, end);
    }

    /** Capitalised words, with lowercase function words only between them: "Lord of the Rings", "Read More". */
    private static boolean isTitleCase(List<Span> words) {
        return words.stream().allMatch(w -> isCapitalised(w.value())
                || TITLE_FUNCTION_WORDS.contains(w.value().toLowerCase(Locale.ROOT)));
    }

    /**
     * A title-case line with a word that is no English common word: "The Economist", "Game of Thrones"; unlike
     * "Latest From Blog", made of furniture words only.
     */
    private static boolean isTitleCaseName(List<Span> words) {
        return isTitleCase(words) && words.stream()
                .anyMatch(w -> isCapitalised(w.value()) && !isEnglish(w.value()));
    }

    private static boolean isEnglish(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        return FUNCTION_WORDS.contains(lower) || WEB_WORDS.contains(lower);
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** Only white space between the two words: a run does not cross punctuation. */
    private static boolean adjacent(Span line, Span left, Span right) {
        String between = line.value().substring(left.end() - line.start(), right.start() - line.start());
        return between.isBlank();
    }

    @Override
    public String description() {
        return "Text left in the source language: web furniture and short lines made of common words the German "
                + "dictionary does not know.";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.wrong("Die Regierung stellte den Plan am Montag vor.\n\nRead the full story here\n",
                        "Read the full story here",
                        "Die Regierung stellte den Plan am Montag vor.\n"),
                DetectorExample.right("Die Fans feierten den Sieg mit dem Team, viele arbeiten im Homeoffice."));
    }
}
