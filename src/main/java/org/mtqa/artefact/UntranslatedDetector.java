package org.mtqa.artefact;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.languagetool.AnalyzedToken;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.EditDistance;
import org.mtqa.text.Sentences;
import org.mtqa.text.Spans.Span;
import org.mtqa.text.Spans;
import org.springframework.stereotype.Component;

/**
 * Finds text left in the source language, whatever that was: whole sentences and short furniture lines ("Lees
 * verder", "Czytaj więcej", "5 min read") most of whose words the German dictionary does not know, stretches of such
 * words inside a German sentence ("laut den autoridades sanitarias"), and any run of words in another script
 * ("Читайте также"). The language identifier ({@link LanguageIdentifier}) must give the text to a source language,
 * German far behind. English inside a German sentence needs the evidence of English function and web-furniture
 * words, as German news uses English terms of its own accord. Names and title-case runs ("Real Madrid", "Lord of the
 * Rings", "Monte dei Paschi di Siena"), quoted titles, quotations after a colon, embedded social media posts, URLs,
 * dialect and loanwords the speller knows ("Homeoffice", "Team") are left alone.
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

    /** Subject pronouns and finite auxiliaries: the words that make an English stretch a clause of its own. */
    private static final Set<String> CLAUSE_WORDS = Set.of("i", "you", "he", "she", "it", "we", "they", "is", "are",
            "was", "were", "has", "have", "had", "do", "does", "did", "will", "would", "should", "could", "can", "may",
            "must", "don't", "it's", "i'm", "you're", "can't", "let's");
    private static final Set<String> COORDINATORS = Set.of("and", "or", "but");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** English left inside a German sentence by the translation is a phrase; longer stretches are quotations. */
    private static final int MAX_PHRASE_WORDS = 6;

    /** Between the content words of a title-case name these stay lowercase: "Bank of America". */
    private static final Set<String> TITLE_FUNCTION_WORDS = Set.of(
            "of", "the", "a", "an", "and", "for", "on", "in", "at", "to", "from", "by", "with", "or");

    private static final int MIN_UNKNOWN_WORDS = 2;
    /** Two function words alone ("of the", "when we") are mostly a piece of a name, an idiom or a quotation. */
    private static final int MIN_FUNCTION_RUN = 3;
    /** A run of this many words German lacks rules German out for the language identification. */
    private static final int MIN_RUN_WITHOUT_GERMAN = 3;
    /** An English clause inside a German sentence has this many function words and this many others at least. */
    private static final int MIN_ENGLISH_CLAUSE_WORDS = 2;
    /** Around a run, this share of words unknown to German marks an English quotation, not a translation miss. */
    private static final double ENGLISH_CONTEXT_SHARE = 0.5;
    private static final int MIN_CONTEXT_WORDS = 2;
    /** How many words on each side of a run are its context. */
    private static final int CONTEXT_WORDS = 4;
    private static final int MAX_SHORT_LINE_WORDS = 8;
    /** A sentence this long or longer in another language is reported whole. */
    private static final int MIN_SENTENCE_WORDS = 3;
    /** This share of a sentence's words unknown to German makes it a sentence in another language. */
    private static final double FOREIGN_SHARE = 0.6;
    /** Furniture is two to a few words: one of two may be a German word as well. */
    private static final double SHORT_LINE_FOREIGN_SHARE = 0.5;
    /** Around a stretch of another language inside a sentence, this share of the words is German. */
    private static final double MIN_GERMAN_CONTEXT_SHARE = 0.8;
    /** Name particles and the function words of other languages are this short: "di", "van", "la", "dei". */
    private static final int MAX_PARTICLE_LETTERS = 3;
    /** Marks of an embedded social media post: its picture link, any link, an @name or a hashtag. */
    private static final Pattern SOCIAL =
            Pattern.compile("pic\\.twitter\\.com|https?://|(?<![\\p{L}\\p{N}])[@#]\\p{L}");

    /**
     * A credit's label, at the line's start or after a sentence, then one to six capitalised words to its end, perhaps
     * parted by slashes or commas ("Kuva: Metsähallitus / Anna Virtanen").
     */
    private static final Pattern CREDIT_LABEL = Pattern.compile(
            "(?:^|(?<=[.!?] ))(\\p{Lu}\\p{Ll}{2,14})([.:]) \\p{Lu}[\\p{L}'-]*+(?:(?: ?[/|,] ?| )\\p{Lu}[\\p{L}'-]*+){0,5}$");
    /** Quoted stretches (titles, quotations) are not translation misses. */
    /** A credit label with a full stop has this many letters at least: titles are abbreviated shorter ("Bgm."). */
    private static final int MIN_CREDIT_ABBREVIATION = 5;
    private static final Pattern QUOTED = Pattern.compile("„[^“”\"]*[“”\"]|»[^«]*«|«[^»]*»|“[^”]*”|‚[^‘’]*[‘’]|\"[^\"]*\"");
    /** URLs, e-mail addresses and domain names. */
    // The whole run of non-space characters; anchored at its start, so a long token without an address is one pass, not
    // one pass for every character of it.
    private static final Pattern ADDRESS = Pattern.compile("(?<!\\S)\\S*?(?:://|www\\.|@|\\p{L}\\.\\p{L}{2,})\\S*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"“”»«'’)]*$");
    /** Digits, underscores and slashes: a file name or an identifier ("IMG_2025.jpg"), not words of a language. */
    private static final Pattern NOT_PROSE = Pattern.compile("[\\p{N}_/\\\\]");
    /**
     * Markup and shortcodes belong to another detector: their tokens are left out, and lines made mostly of them. A
     * match starts only where a token does, so that a long token costs one pass.
     */
    private static final Pattern MARKUP = Pattern.compile("(?<!\\S)\\S*[\\[\\]<>{}=]\\S*");
    private static final Pattern HTML_TAG = Pattern.compile("</?\\p{Alpha}[^<>\\n]*>");
    /** A line with more than this share of its characters in markup tokens is code, not prose. */
    private static final double MAX_MARKUP_SHARE = 0.3;
    /** A number between two foreign words ("adopté par 42 voix") does not end their run. */
    private static final Pattern NUMBER_BETWEEN = Pattern.compile("\\s+[\\p{N}][\\p{N}.,]*\\s+");
    /** A comma and a relative pronoun: what follows a quoted title, not quoted speech. */
    private static final Pattern RELATIVE_AFTER_COMMA = Pattern.compile(
            ",\\s+(?:das|der|die|den|dem|deren|dessen|welche[rsmn]?)\\s");
    /** Shorter single words are too often codes, abbreviations or names. */
    private static final int MIN_FOREIGN_WORD_LETTERS = 5;
    private static final int MIN_HEAD_LETTERS = 4;
    private static final int NEAR_SUGGESTIONS = 3;
    private static final int MAX_ONE_SLIP_LETTERS = 6;
    private static final int MAX_ABBREVIATION_LETTERS = 5;
    /** Shorter words are one letter off some German word too often to call that a typo. */
    private static final int MIN_TYPO_LETTERS = 7;
    /** East Asian magnitudes and currency signs, which a number carries: "万", "億", "円". */
    private static final Pattern NUMBER_SIGNS = Pattern.compile("[兆億亿万千百円元圓]+");
    /** A quotation needs this many words to be judged a quotation left in another language. */
    private static final int MIN_QUOTATION_WORDS = 4;
    private static final int MAX_UNIT_LETTERS = 3;
    private static final Pattern UNIT_SCRIPT = Pattern.compile("[\\p{IsCyrillic}\\p{IsGreek}]+");

    private static final int MIN_TITLE_LETTERS = 4;
    private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}+");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");

    private final GermanLexicon lexicon;
    private final LanguageIdentifier languages;

    public UntranslatedDetector(GermanLexicon lexicon, LanguageIdentifier languages) {
        this.lexicon = lexicon;
        this.languages = languages;
    }


    @Override
    public Category category() {
        return Category.UNTRANSLATED;
    }

    @Override
    public List<Finding> detect(AnalysedText analysed) {
        List<Finding> findings = new ArrayList<>();
        Set<String> posts = new HashSet<>();
        for (Span raw : analysed.lines()) {
            Span line = Spans.trim(raw);
            if (line.isBlank() || isMostlyMarkup(line.value())) {
                continue;
            }
            List<Span> words = checkableWords(line);
            if (isEnglishLine(line, words)) {
                findings.add(untranslated(line.start(), line.end(), "English", line.value()));
                continue;
            }
            List<Finding> found = new ArrayList<>();
            List<List<Span>> runs = new ArrayList<>(englishRuns(line, words));
            runs.addAll(englishClauses(line, words));
            for (List<Span> run : runs) {
                int start = run.get(0).start();
                int end = run.get(run.size() - 1).end();
                found.add(untranslated(start, end, "English", analysed.text().substring(start, end)));
            }
            // German news quotes in German: a quotation in another script was left untranslated too
            found.addAll(foreignScript(analysed.text(), line, wordsOutside(line, List.of(ADDRESS, MARKUP))));
            found.addAll(foreignText(analysed.text(), line, words, posts));
            found.addAll(foreignQuotations(analysed.text(), line));
            found.addAll(foreignTitles(analysed.text(), words));
            found.addAll(foreignWords(analysed.text(), line, words));
            ForeignLabel.of(line.value(), lexicon, languages).ifPresent(label -> found.add(untranslated(line.start(),
                    line.start() + label.length(), label.language(), line.value().substring(0, label.length()))));
            found.addAll(foreignCreditLabels(line));
            findings.addAll(withoutOverlaps(found));
        }
        // a post is often quoted again in the text: "Great day. Thanks all!, so der Trainer"
        findings.removeIf(f -> posts.stream().anyMatch(post -> post.contains(normalised(
                analysed.text().substring(f.start(), f.end())))));
        return findings;
    }

    private Finding untranslated(int start, int end, String language, String fragment) {
        return finding(start, end, "Untranslated " + language + " text '" + fragment
                + "': translate it or, if it is page furniture, delete it", List.of());
    }

    /** The findings in text order, each dropped that overlaps one before it. */
    private static List<Finding> withoutOverlaps(List<Finding> found) {
        List<Finding> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Finding::start).thenComparing(f -> -f.end()));
        List<Finding> kept = new ArrayList<>();
        for (Finding f : sorted) {
            if (kept.isEmpty() || kept.get(kept.size() - 1).end() <= f.start()) {
                kept.add(f);
            }
        }
        return kept;
    }

    /**
     * Runs of words in a script German does not use (Cyrillic, Greek, Arabic, Chinese ...): text left in the source
     * language whatever it says. Words in brackets are left alone, as a name given in its own script: "Jabloko
     * (Яблоко)"; so are single letters ("α-Strahlung") and symbols among Latin letters ("μm").
     */
    private List<Finding> foreignScript(String text, Span line, List<Span> words) {
        List<Finding> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int j = i;
            while (j < words.size() && isForeignScript(words.get(j).value())
                    && (j == i || onlyPunctuationBetween(text, words.get(j - 1), words.get(j)))) {
                j++;
            }
            List<Span> run = words.subList(i, Math.max(j, i + 1));
            int start = run.get(0).start();
            int end = withFinalPunctuation(line, run.get(run.size() - 1).end());
            // glued to a number, magnitudes and currency signs are the number's format ("1.2万元"), not text
            boolean afterNumber = run.size() == 1 && (start > 0 && Character.isDigit(text.charAt(start - 1))
                    && NUMBER_SIGNS.matcher(run.get(0).value()).matches() || isUnitAfterNumber(text, run.get(0)));
            // a single sign too in the full-width brackets of East Asian text ("（笑）", "laughs" in an interview)
            boolean fullWidthBrackets = start > 0 && text.charAt(start - 1) == '（' && text.startsWith("）", end);
            if (j > i && (run.stream().anyMatch(w -> w.value().codePointCount(0, w.value().length()) > 1)
                    || fullWidthBrackets) && !inBrackets(line, start, end) && !afterNumber) {
                String fragment = text.substring(start, end);
                String language = languages.sourceLanguage(fragment).orElse(scriptName(run.get(0).value()));
                found.add(untranslated(start, end, language, fragment));
            }
            i = Math.max(j, i + 1);
        }
        return found;
    }

    /**
     * A Cyrillic or Greek unit symbol of at most three letters after a figure ("1.800 МВт"): the number's format,
     * which {@link LocaleFormatDetector} reports, not text.
     */
    private static boolean isUnitAfterNumber(String text, Span word) {
        int before = word.start() > 0 && text.charAt(word.start() - 1) == ' ' ? word.start() - 2 : word.start() - 1;
        return word.value().length() <= MAX_UNIT_LETTERS && UNIT_SCRIPT.matcher(word.value()).matches()
                && before >= 0 && Character.isDigit(text.charAt(before))
                && (word.end() == text.length() || !Character.isLetter(text.charAt(word.end())));
    }

    /**
     * A lower-case word German does not know between a German word and a name of two capitalised words: "sagte prezes
     * Tomasz Wrona", "der wethouder Pieter Smit". German writes a title before a name as a capitalised noun, so a
     * lower-case one is the source language's ("prezes", "sindaco", "alcalde"); a word one letter off a German word
     * or known with a capital is a typo, not a foreign word.
     */
    private List<Finding> foreignTitles(String text, List<Span> words) {
        List<Finding> found = new ArrayList<>();
        for (int i = 1; i + 2 < words.size(); i++) {
            String word = words.get(i).value();
            // the speller's answer first: nearly every lower-case word is known, and the rest of the tests cost more
            if (word.length() < MIN_TITLE_LETTERS || !LOWER_WORD.matcher(word).matches() || lexicon.isKnown(word)
                    || !isName(words.get(i + 1).value()) || !isName(words.get(i + 2).value())
                    || !text.substring(words.get(i - 1).end(), words.get(i + 2).start()).matches("[\\p{L}\\s]*")
                    || !lexicon.isKnown(words.get(i - 1).value())
                    || lexicon.isKnown(Character.toUpperCase(word.charAt(0)) + word.substring(1))
                    || lexicon.suggestions(word).stream().anyMatch(s -> EditDistance.isOneEdit(word, s))) {
                continue;
            }
            found.add(finding(words.get(i).start(), words.get(i).end(), "Title left in the source language before a "
                    + "name: '" + word + "'; translate it", List.of()));
        }
        return found;
    }

    /**
     * A capitalised word with no reading but a name's, or none at all and no noun at its end: "Tomasz", "Wrona"; not
     * "Freien", "Umweltlandesrat" or "Burschenschaft".
     */
    private boolean isName(String word) {
        List<AnalyzedToken> readings = lexicon.readings(word);
        return NAME_WORD.matcher(word).matches() && (readings.isEmpty() ? !GermanWords.endsInNoun(lexicon, word)
                : readings.stream().allMatch(r -> r.getPOSTag() == null || r.getPOSTag().startsWith("EIG")));
    }


    /** The end of a stretch with the sentence's full stop, question or exclamation mark right after it. */
    private static int withFinalPunctuation(Span line, int end) {
        int at = end - line.start();
        return at < line.value().length() && ".!?…".indexOf(line.value().charAt(at)) >= 0 ? end + 1 : end;
    }

    /**
     * A word all of whose letters are in a script other than Latin. Digits may follow a word of two letters or more
     * ("台風10号"); after a single sign or before any letter they make a date or a number ("2025年3月12日"), not a word.
     */
    private static boolean isForeignScript(String word) {
        return (word.codePoints().noneMatch(Character::isDigit)
                || word.codePoints().limit(2).allMatch(Character::isLetter))
                && word.codePoints().filter(Character::isLetter)
                        .allMatch(c -> Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN);
    }

    /** The name of the script the word is written in, for text Lingua does not know: "Thai", "Georgian". */
    static String scriptName(String word) {
        String name = Character.UnicodeScript.of(word.codePointAt(0)).name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static boolean onlyPunctuationBetween(String text, Span left, Span right) {
        return text.substring(left.end(), right.start()).chars()
                .noneMatch(c -> Character.isLetterOrDigit(c) || c == '\n' || c == '\r');
    }

    /** Inside a pair of round brackets on the line. */
    private static boolean inBrackets(Span line, int start, int end) {
        String v = line.value();
        int from = start - line.start();
        int open = v.lastIndexOf('(', from);
        int close = v.indexOf(')', end - line.start());
        return open > v.lastIndexOf(')', from) && close >= 0;
    }

    /**
     * Text in a source language written in Latin letters: whole sentences most of whose words the German dictionary
     * does not know, and, inside German sentences, stretches of such words, that the language identifier gives to
     * another language. Inside a German sentence English needs the furniture evidence of {@link #englishRuns}: German
     * news uses English terms of its own accord ("eine Kombination aus money and meaning"). Names are left alone (a
     * stretch needs lowercase words; title-case runs such as "Monte dei Paschi di Siena" are names or titles), as are
     * quotations after a colon ("ein altes Sprichwort: ...") and embedded social media posts: sentences with a
     * post's address, @name or hashtag, or right before one. The posts' text goes into {@code posts}. After a label
     * and its colon ("20.58 Uhr: …") a German sentence is searched for such stretches as well.
     */
    private List<Finding> foreignText(String text, Span line, List<Span> words, Set<String> posts) {
        List<Finding> found = new ArrayList<>();
        if (isForeignShortLine(line, words)) {
            languages.sourceLanguage(joined(nonBlank(words))).ifPresent(language ->
                    found.add(untranslated(line.start(), line.end(), language, line.value())));
            return found;
        }
        List<Finding> block = new ArrayList<>();
        for (Span sentence : Sentences.split(line)) {
            List<Span> inSentence = unquoted(text, sentence, words);
            boolean post = isEmbeddedPost(sentence.value());
            afterColon(text, line, sentence, words, inSentence).ifPresent(found::add);
            boolean throughout = isUnknownThroughout(inSentence);
            boolean foreign = throughout || isForeign(inSentence);
            if (post || !foreign) {
                endBlock(text, block, post, found, posts);
            }
            if (post || inSentence.isEmpty()) {
                continue;
            }
            if (foreign) {
                Span first = inSentence.get(0);
                Optional<String> language = (inSentence.size() < MIN_SENTENCE_WORDS ? Optional.<String>empty()
                        : languages.sourceLanguage(joined(inSentence)))
                        .or(() -> throughout ? languages.sourceLanguageNotEnglish(joined(inSentence), true)
                                : Optional.empty());
                language.ifPresent(l -> block.add(untranslated(first.start(), sentence.end(), l,
                        text.substring(first.start(), sentence.end()))));
                // a sentence end the splitter did not see ("17. Der") leaves German in it: look for the stretch
                if (language.isPresent() || inSentence.size() < MIN_SENTENCE_WORDS) {
                    continue;
                }
            }
            addForeignRuns(text, line, inSentence, found);
            // after a label and its colon ("20.58 Uhr: …", "Bild 3: …") a German sentence goes on
            List<Span> afterLabel = words.stream().filter(w -> !w.value().isEmpty() && w.start() >= sentence.start()
                    && w.end() <= sentence.end() && w.start() > inSentence.get(inSentence.size() - 1).end()).toList();
            if (!afterLabel.isEmpty() && !isForeign(afterLabel)) {
                addForeignRuns(text, line, afterLabel, found);
            }
        }
        endBlock(text, block, false, found, posts);
        return found;
    }

    /** The stretches of {@link #unknownRuns} that Lingua gives to a source language. */
    private void addForeignRuns(String text, Span line, List<Span> words, List<Finding> found) {
        for (List<Span> run : unknownRuns(text, line, words)) {
            int start = run.get(0).start();
            int end = run.get(run.size() - 1).end();
            // three words the dictionary lacks, two of them in lower case, leave German out, whatever the trigrams say
            // so does a lead-in whose opener German lacks in either case before a lower-case word German lacks:
            // "Volgens de minister" (Lingua: Dutch 1.00, German 0.92)
            boolean germanRuledOut = run.size() >= MIN_RUN_WITHOUT_GERMAN && lowercaseUnknown(run) >= MIN_UNKNOWN_WORDS
                    || isForeignLeadIn(line, run) && !lexicon.isKnown(run.get(0).value().toLowerCase(Locale.ROOT))
                            && !lexicon.isKnown(run.get(0).value());
            String stretch = joined(run);
            Optional<String> language = isEnglishClause(run) ? languages.sourceLanguage(stretch, germanRuledOut)
                    : languages.sourceLanguageNotEnglish(stretch, germanRuledOut);
            language.ifPresent(l -> found.add(untranslated(start, end, l, text.substring(start, end))));
        }
    }

    /**
     * What a German lead-in with a colon introduces, when it is not English: "Auf Estnisch fügte er hinzu: Ma ei
     * uskunud, et see nii hästi läheb." German news quotes in German; English quotations are often kept, and so are
     * left to the reader here.
     */
    private Optional<Finding> afterColon(String text, Span line, Span sentence, List<Span> words, List<Span> lead) {
        if (lead.isEmpty()) {
            return Optional.empty();
        }
        int leadEnd = lead.get(lead.size() - 1).end();
        List<Span> rest = words.stream().filter(w -> !w.value().isEmpty() && w.start() >= leadEnd
                && w.end() <= sentence.end()).toList();
        boolean throughout = isUnknownThroughout(rest);
        if (!throughout && (rest.size() < MIN_QUOTATION_WORDS || !isForeign(rest))) {
            return Optional.empty();
        }
        int start = rest.get(0).start();
        int end = withFinalPunctuation(line, rest.get(rest.size() - 1).end());
        return languages.sourceLanguageNotEnglish(joined(rest), throughout)
                .map(language -> untranslated(start, end, language, text.substring(start, end)));
    }

    /**
     * A short line of page furniture, without a full stop or digits, half or more of its words unknown to German, one
     * of them lowercase or spelled with letters German lacks, and not a name: "Lees verder" ("Lees" is a German plural
     * too), "Czytaj więcej", "Ver más noticias", "HABERİN DEVAMI".
     */
    private boolean isForeignShortLine(Span line, List<Span> words) {
        List<Span> present = nonBlank(words);
        if (present.size() < 2 || words.size() > MAX_SHORT_LINE_WORDS || SENTENCE_END.matcher(line.value()).find()
                || NOT_PROSE.matcher(line.value()).find()
                || isName(present) && present.stream().noneMatch(w -> LanguageIdentifier.hasForeignWord(w.value()))) {
            return false;
        }
        long unknown = present.stream().filter(w -> !lexicon.isKnown(w.value())).count();
        return unknown >= SHORT_LINE_FOREIGN_SHARE * present.size()
                && present.stream().anyMatch(w -> !isCapitalised(w.value()) && !lexicon.isKnown(w.value())
                        || LanguageIdentifier.hasForeignWord(w.value()));
    }

    private static List<Span> nonBlank(List<Span> words) {
        return words.stream().filter(w -> !w.value().isEmpty()).toList();
    }

    /** Consecutive foreign sentences are findings, or an embedded post when one follows them. */
    private static void endBlock(String text, List<Finding> block, boolean post, List<Finding> found,
            Set<String> posts) {
        if (post) {
            block.forEach(f -> posts.add(normalised(text.substring(f.start(), f.end()))));
        } else {
            found.addAll(block);
        }
        block.clear();
    }

    private static String normalised(String fragment) {
        return fragment.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").strip();
    }

    /**
     * The sentence's checkable words, up to a colon that ends a German lead-in: what follows it is a quotation or
     * saying ("ein altes Sprichwort: Time is money.").
     */
    private List<Span> unquoted(String text, Span sentence, List<Span> words) {
        List<Span> inSentence = new ArrayList<>();
        for (Span w : words) {
            if (w.start() < sentence.start() || w.end() > sentence.end()) {
                continue;
            }
            if (!inSentence.isEmpty()) {
                Span before = inSentence.get(inSentence.size() - 1);
                boolean colon = text.substring(before.end(), w.start()).contains(":");
                // a compound the speller lacks is German too when the tagger reads it: "eine alte Seglerweisheit:"
                if (colon && !before.value().isEmpty() && (lexicon.isKnown(before.value())
                        || !lexicon.readings(before.value()).isEmpty())) {
                    break;
                }
            }
            inSentence.add(w);
        }
        return inSentence.stream().filter(w -> !w.value().isEmpty()).toList();
    }

    /**
     * Most words unknown to German, two of them lowercase: not a row of names. Words of one or two letters do not
     * count: the function words of other languages ("la", "e", "i", "de") are mostly German words or letters too.
     */
    private boolean isForeign(List<Span> words) {
        List<Span> counted = words.stream().filter(w -> w.value().length() > 2).toList();
        if (counted.isEmpty()) {
            return false;
        }
        long unknown = counted.stream().filter(w -> !lexicon.isKnown(w.value())).count();
        // the first word of a sentence is capitalised by its place: "Děkujeme za rozhovor." has two lowercase words
        String first = words.get(0).value();
        boolean unknownOpener = words.size() >= MIN_SENTENCE_WORDS && isCapitalised(first)
                && first.length() > MAX_PARTICLE_LETTERS && !lexicon.isKnown(first)
                && !lexicon.isKnown(first.toLowerCase(Locale.ROOT)) && first.substring(1).chars().allMatch(Character::isLowerCase);
        return unknown >= FOREIGN_SHARE * counted.size()
                && lowercaseUnknown(words) + (unknownOpener ? 1 : 0) >= MIN_UNKNOWN_WORDS;
    }

    /**
     * A short sentence of two words or more that German knows none of, one of them a word of some length in lower case
     * or spelled with letters German lacks: "Tack själv!", "Wat een koers!". Names are capitalised throughout ("Real
     * Madrid!"), agency and author codes short ("(ste, kub)"); English is left to the English rules, as German news
     * quotes it ("No way.").
     */
    private boolean isUnknownThroughout(List<Span> words) {
        return words.size() >= MIN_UNKNOWN_WORDS && words.size() < MIN_SENTENCE_WORDS + 2
                && words.stream().noneMatch(w -> lexicon.isKnown(w.value()) || !isPlainLetters(w.value()))
                && words.stream().anyMatch(w -> w.value().length() > MAX_PARTICLE_LETTERS
                        && (!isCapitalised(w.value()) || LanguageIdentifier.hasForeignWord(w.value())));
    }

    private static boolean isPlainLetters(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isLetter);
    }

    /**
     * A foreign phrase opening the sentence, as an attribution often does ("Volgens een woordvoerder", "Według
     * prokuratury", "Secondo la Protezione civile"): at its start, two words or more, one of them a lower-case word
     * German does not know. A name opening a sentence is capitalised throughout ("Real Madrid").
     */
    private boolean isForeignLeadIn(Span line, List<Span> run) {
        // after a colon only a label that ends in one: "16.45 Uhr: Mise à jour : Die …", not a title ("Ihr
        // Lieblingsfilm: El abrazo de la serpiente")
        char before = charBefore(line, run.get(0));
        boolean label = before == ':' && charAfter(line, run.get(run.size() - 1)) == ':';
        return run.size() >= MIN_UNKNOWN_WORDS && (".!? ".indexOf(before) >= 0 || label)
                && run.stream().anyMatch(w -> !isCapitalised(w.value()) && w.value().length() > MAX_PARTICLE_LETTERS
                        && !lexicon.isKnown(w.value()));
    }

    private boolean allLowercaseUnknown(List<Span> run) {
        return run.stream().allMatch(w -> !isCapitalised(w.value()) && !lexicon.isKnown(w.value()));
    }

    /**
     * Lowercase words unknown to German, longer than a name particle ("dei", "van", "da") or spelled with a letter
     * German lacks, which no German word of any length has ("bão", "số").
     */
    private long lowercaseUnknown(List<Span> words) {
        return words.stream().filter(w -> !isCapitalised(w.value()) && (w.value().length() > MAX_PARTICLE_LETTERS
                || LanguageIdentifier.hasForeignWord(w.value())) && !lexicon.isKnown(w.value())).count();
    }

    /**
     * Runs of adjacent words unknown to German, with at least two lowercase ones, that are not part of a title-case
     * name. A short word German knows may stand inside a run ("la", "de", "a"), as function words of other languages
     * often are German words too.
     */
    private List<List<Span>> unknownRuns(String text, Span line, List<Span> words) {
        List<List<Span>> runs = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (lexicon.isKnown(words.get(i).value())) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < words.size() && adjacent(line, words.get(j - 1), words.get(j))
                    && (!lexicon.isKnown(words.get(j).value()) || isBridge(words, j))) {
                j++;
            }
            // a lower-case run ends before the names after it: "die mashabiki wa Simba" (the fans of Simba)
            int lastLower = j - 1;
            while (lastLower > i && isCapitalised(words.get(lastLower).value())) {
                lastLower--;
            }
            boolean beforeName = !isCapitalised(words.get(i).value())
                    && (lastLower < j - 1 || j < words.size() && isCapitalised(words.get(j).value()))
                    && words.get(i).value().length() > MIN_FOREIGN_WORD_LETTERS
                    && (i == 0 || GermanWords.isGermanWord(lexicon, words.get(i - 1).value()));
            if (beforeName) {
                j = lastLower + 1;
            }
            List<Span> run = words.subList(i, j);
            // a capitalised start inside a sentence is a title in sentence case: "der Film El abrazo de la serpiente"
            // a run that ends in a colon is a label ("16h45: Mise à jour : Die …"), no title
            boolean title = i > 0 && isCapitalised(run.get(0).value()) && !afterSentenceEnd(line, run.get(0))
                    && charAfter(line, run.get(run.size() - 1)) != ':';
            // two lower-case words German does not know, or a short one beside one between German words: "sin
            // embargo", "bez opamiętania", "en el minuto 87", "ayon sa BSP" (a number or an acronym after it); beside a
            // name it is part of a title ("Noli me tangere")
            boolean foreign = lowercaseUnknown(run) >= MIN_UNKNOWN_WORDS
                    || run.size() >= MIN_UNKNOWN_WORDS && allLowercaseUnknown(run) && lowercaseUnknown(run) > 0
                    && (i == 0 || GermanWords.isGermanWord(lexicon, words.get(i - 1).value())
                            || !isCapitalised(words.get(i - 1).value()))
                    && (j == words.size() || GermanWords.isGermanWord(lexicon, words.get(j).value())
                            || !isCapitalised(words.get(j).value()) || GermanWords.isAcronym(words.get(j).value())
                            || beforeName)
                    || beforeName && (run.size() >= MIN_UNKNOWN_WORDS
                            || LanguageIdentifier.hasForeignWord(run.get(0).value()))
                    || isForeignLeadIn(line, run);
            if (foreign && !title && !isName(nameWindow(line, words, i, j)) && !hasLowercasedName(text, run)
                    && isGermanAround(line, words, i, j)) {
                runs.add(List.copyOf(run));
            }
            i = j;
        }
        return runs;
    }

    /**
     * A lowercase word of the run that the text also writes capitalised, where German knows it neither way: a name
     * written in lower case, as readers' posts do ("beim lidor in döbling" after "Lidor-Filiale").
     */
    private boolean hasLowercasedName(String text, List<Span> run) {
        return run.stream().map(Span::value).filter(w -> !isCapitalised(w) && !lexicon.isKnown(w)).anyMatch(w -> {
            String name = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            return !lexicon.isKnown(name) && Pattern.compile("(?<!\\p{L})" + Pattern.quote(name) + "(?!\\p{Ll})")
                    .matcher(text).find();
        });
    }

    /**
     * The sentence's other words are German: a stretch in a sentence of dialect or of a quotation without quote marks
     * is not a translation miss. Capitalised words the dictionary lacks inside a sentence are names, in any language,
     * and do not count ("ich denke an Hinteregger, powiedział rzecznik, Ulmer, Leitgeb oder Soriano"); after a
     * sentence end or a colon they may open a quotation ("Guess you could say …").
     */
    private boolean isGermanAround(Span line, List<Span> words, int from, int to) {
        List<String> others = IntStream.range(0, words.size()).filter(k -> k < from || k >= to)
                .mapToObj(words::get)
                .filter(w -> !isCapitalised(w.value()) || lexicon.isKnown(w.value())
                        || ".!?:".indexOf(charBefore(line, w)) >= 0 || w.start() == line.start())
                .map(Span::value).toList();
        long known = others.stream().filter(lexicon::isKnown).count();
        return !others.isEmpty() && known >= MIN_GERMAN_CONTEXT_SHARE * others.size();
    }

    /**
     * English terms are common in German news ("best of seven", "money and meaning"); a run with two English function
     * words and two other words is a clause, not a term: "as reported by local media", "for the first time".
     */
    private static boolean isEnglishClause(List<Span> run) {
        long function = run.stream().filter(w -> FUNCTION_WORDS.contains(w.value().toLowerCase(Locale.ROOT))).count();
        return function >= MIN_ENGLISH_CLAUSE_WORDS && run.size() - function >= MIN_ENGLISH_CLAUSE_WORDS;
    }

    /** A short lowercase word between unknown words: a function word of the other language. */
    private boolean isBridge(List<Span> words, int k) {
        String word = words.get(k).value();
        return word.length() <= MAX_PARTICLE_LETTERS && !isCapitalised(word) && k + 1 < words.size()
                && !lexicon.isKnown(words.get(k + 1).value());
    }

    /** An embedded post of a social network: its address, an @name or a hashtag. */
    private static boolean isEmbeddedPost(String sentence) {
        return SOCIAL.matcher(sentence).find();
    }

    private static String joined(List<Span> words) {
        return words.stream().map(Span::value).collect(Collectors.joining(" "));
    }


    /** The line's words with offsets into the whole text, leaving out those in quotes, URLs and addresses. */
    private static List<Span> checkableWords(Span line) {
        return wordsOutside(line, List.of(QUOTED, ADDRESS, MARKUP));
    }

    /** The line's words with offsets into the whole text; those inside a match of the patterns are left blank. */
    private static List<Span> wordsOutside(Span line, List<Pattern> patterns) {
        // an HTML tag is blanked first, so that the words it is glued to stay words: "<strong>Mehr aus der Region:"
        String text = HTML_TAG.matcher(line.value()).replaceAll(tag -> " ".repeat(tag.group().length()));
        BitSet excluded = new BitSet(text.length());
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                excluded.set(m.start(), m.end());
            }
        }
        List<Span> words = new ArrayList<>();
        for (Span w : Spans.words(text)) {
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

    /**
     * English clauses inside a German sentence that hold words German knows too ("at the time of writing": "time" is a
     * form of "timen"; "in a statement"; "despite the criticism"): adjacent English function words and lowercase
     * words unknown to German, a lowercase German word allowed between two of them; two function words and one other
     * word, or one and two, not part of a name or an English quotation, and English by the language identifier
     * ({@link LanguageIdentifier#isEnglishLike}).
     */
    private List<List<Span>> englishClauses(Span line, List<Span> words) {
        List<List<Span>> runs = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!isClauseWord(words.get(i).value())) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < words.size() && adjacent(line, words.get(j - 1), words.get(j))
                    && (isClauseWord(words.get(j).value()) || isClauseBridge(line, words, j))) {
                j++;
            }
            List<Span> run = words.subList(i, j);
            if (isEnglishPhrase(run) && !isTitleCase(nameWindow(line, words, i, j))
                    && !inEnglishQuotation(line, words, i, j)
                    && !isEmbeddedPost(sentenceOf(line, run.get(0)).value())
                    && languages.isEnglishLike(joined(run))) {
                runs.add(List.copyOf(run));
            }
            i = j;
        }
        return runs;
    }

    /**
     * A phrase the translation left, not a quotation: at most {@value #MAX_PHRASE_WORDS} words, no subject pronoun or
     * finite auxiliary (a clause with one is speech, a post or a lyric: "I beg your pardon", "is now officially
     * jailbroken"), and two function words besides coordinators and a word of content ("in a statement"), or an
     * article and two words of content ("despite the criticism"). Pairs and terms ("money and meaning", "best of
     * seven") have neither.
     */
    private boolean isEnglishPhrase(List<Span> run) {
        List<String> lower = run.stream().map(w -> w.value().toLowerCase(Locale.ROOT)).toList();
        if (run.size() > MAX_PHRASE_WORDS || lower.stream().anyMatch(CLAUSE_WORDS::contains)) {
            return false;
        }
        long function = lower.stream().filter(w -> FUNCTION_WORDS.contains(w) && !COORDINATORS.contains(w)).count();
        long content = run.stream().filter(w -> !isEnglishFunctionWord(w.value()) && isForeignLowercase(w.value())
                && w.value().length() > 2).count();
        boolean article = lower.stream().anyMatch(ARTICLES::contains);
        return function >= 2 && content >= 1 || article && content >= 2;
    }

    private static Span sentenceOf(Span line, Span word) {
        return Sentences.split(line).stream().filter(s -> s.start() <= word.start() && word.start() < s.end())
                .findFirst().orElse(line);
    }

    private boolean isClauseWord(String word) {
        return isEnglishFunctionWord(word) || isForeignLowercase(word);
    }

    /** A lowercase German word between two words of an English clause. */
    private boolean isClauseBridge(Span line, List<Span> words, int k) {
        String word = words.get(k).value();
        return !word.isEmpty() && !isCapitalised(word) && k + 1 < words.size()
                && adjacent(line, words.get(k), words.get(k + 1)) && isClauseWord(words.get(k + 1).value());
    }

    /** A word of lowercase letters only that the German dictionary does not know. */
    private boolean isForeignLowercase(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isLowerCase) && !lexicon.isKnown(word);
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
        Span sentence = sentenceOf(line, words.get(runFrom));
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
     * Capitalised words, two at least, with only short particles between them, in any language: "Real Madrid", "Monte
     * dei Paschi di Siena".
     */
    private static boolean isName(List<Span> words) {
        return words.stream().filter(w -> isCapitalised(w.value())).count() >= 2
                && words.stream().allMatch(w -> isCapitalised(w.value()) || w.value().length() <= MAX_PARTICLE_LETTERS
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

    /** An English function word ("the", "was", "have"), in any case. */
    static boolean isEnglishFunctionWord(String word) {
        return FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
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
        return between.isBlank() || NUMBER_BETWEEN.matcher(between).matches();
    }

    /** Only a comma and spaces between the words: items of a list ("tirili, tirilo, tirilaha"). */
    private static boolean listed(Span line, Span left, Span right) {
        return line.value().substring(left.end() - line.start(), right.start() - line.start()).strip().equals(",");
    }

    private static boolean isMostlyMarkup(String line) {
        // what HTML tags wrap is judged without them: "<strong>Mehr aus der Region:</strong> …" is prose
        String rest = HTML_TAG.matcher(line).replaceAll(" ").strip();
        int markup = MARKUP.matcher(rest).results().mapToInt(m -> m.end() - m.start()).sum();
        return rest.isEmpty() || markup > MAX_MARKUP_SHARE * rest.length();
    }

    private static boolean isSpeech(String line, MatchResult quote) {
        String inside = quote.group().substring(0, quote.group().length() - 1).stripTrailing();
        String before = line.substring(0, quote.start()).stripTrailing();
        // a comma after a title opens a relative clause about the work: "»Cien años de soledad«, das sie liebt"
        boolean relativeAfter = RELATIVE_AFTER_COMMA.matcher(line).region(quote.end(), line.length()).lookingAt();
        return SENTENCE_END.matcher(inside).find() || before.endsWith(":")
                || line.startsWith(",", quote.end()) && !relativeAfter
                || inside.length() > 1 && Character.isLowerCase(inside.charAt(1));
    }

    /**
     * A single word left in the source language after a German article, pronoun or number ("der Governor", "850
     * Firefighter", "die prokuratura"), or a lowercase one after a preposition ("von electricity"): unknown to German, no name, and given clearly to a source language (see
     * {@link LanguageIdentifier#sourceLanguageOfWord}); a capitalised word before another is half of a name ("der Lane
     * Hollow").
     */
    private List<Finding> foreignWords(String text, Span line, List<Span> words) {
        List<Finding> found = new ArrayList<>();
        for (int k = 1; k < words.size(); k++) {
            Span span = words.get(k);
            String word = span.value();
            if (!isPlainWord(word) || lexicon.isKnown(word) || isLowercasedNoun(word)) {
                continue;
            }
            String before = Character.isDigit(charBefore(line, span)) ? "0"
                    : adjacent(line, words.get(k - 1), span) ? words.get(k - 1).value() : "";
            String after = k + 1 < words.size() ? words.get(k + 1).value() : "";
            // a lowercase word spelled with letters German lacks needs no German word before it ("fallen desværre aus")
            boolean foreignLetters = !isCapitalised(word) && LanguageIdentifier.hasForeignWord(word);
            boolean context = foreignLetters || isDeterminer(before) || isPreposition(before) && !isCapitalised(word);
            if (!(context || !isCapitalised(word)) || !isAlone(text, span, after) || hasGermanHead(word)
                    || isCoordinatedModifier(words, k)) {
                continue;
            }
            // without that context a lowercase word must stand alone in German prose and be no German formation
            boolean lone = !isCapitalised(word) && !isEmbedded(line, words, k)
                    && !GermanWords.isGermanFormation(lexicon, word);
            if (!context && !lone) {
                continue;
            }
            // MINOR, as MQM rates a term left untranslated that the reader can still follow; a name the
            // dictionary lacks ("die Pershing") then costs a point, not the file's PASS
            // the speller's suggestions cost more than Lingua's verdict: asked last, for the few words it gives away
            Optional<String> language = languages.sourceLanguageOfWord(word);
            if (context && language.isPresent() && !isTypo(word)) {
                found.add(foreignWord(span, language.get()));
            } else if (lone && language.filter(source -> !source.equals("English")).isPresent()
                    && !isNearGermanWord(word)) {
                // a lowercase word far from every German word and from German word formation, and given to a
                // source language: English is left to the English rules, as German news quotes it
                found.add(foreignWord(span, language.get()));
            }
        }
        return found;
    }

    /**
     * The word is no lone word in a German sentence: it follows a word German lacks or knows only as a name, as a
     * species does its genus ("Ursus arctos"), a title's words its first ("El abrazo") and an English word another
     * ("should remain"); or it follows a hash or at sign ("#vouli"), or a hyphen that tore it from its first half
     * ("duf- tende"), or it is short before a full stop, an abbreviation ("kanad."); an item of a comma list follows
     * such a word as well ("tirili, tirilo, tirilaha").
     */
    private boolean isEmbedded(Span line, List<Span> words, int k) {
        Span word = words.get(k);
        char before = charBefore(line, word);
        Span previous = words.get(k - 1);
        return before == '#' || before == '@' || before == '-'
                || (adjacent(line, previous, word) || before == ',' && listed(line, previous, word))
                        && !GermanWords.isGermanWord(lexicon, previous.value())
                || word.value().length() <= MAX_ABBREVIATION_LETTERS
                        && line.value().startsWith(".", word.end() - line.start());
    }

    /**
     * A capitalised word, "und" or "oder", then another capitalised word German lacks: the first of two modifiers that
     * share a head, a term used as German uses it ("in einer Augmented oder Mixed Reality").
     */
    private boolean isCoordinatedModifier(List<Span> words, int k) {
        if (k + 2 >= words.size() || !isCapitalised(words.get(k).value())) {
            return false;
        }
        String next = words.get(k + 2).value();
        return lexicon.hasTag(words.get(k + 1).value(), "KON:NEB") && isCapitalised(next) && !lexicon.isKnown(next);
    }

    private Finding foreignWord(Span word, String language) {
        return finding(Severity.MINOR, word.start(), word.end(),
                "Untranslated " + language + " word '" + word.value() + "': translate it", List.of());
    }

    /**
     * One of the speller's first {@value #NEAR_SUGGESTIONS} suggestions is one slip away from the word, ignoring case,
     * or two from a word longer than {@value #MAX_ONE_SLIP_LETTERS} letters: a German word mistyped ("Regirung") or
     * inflected in a way the dictionary lacks, not a word of another language ("suljettu", "znate"), whose nearest
     * German words are further off. Short words are two slips from many others ("znate", "Sonate").
     */
    private boolean isNearGermanWord(String word) {
        String lower = word.toLowerCase(Locale.GERMAN);
        int slips = word.length() > MAX_ONE_SLIP_LETTERS ? 2 : 1;
        return lexicon.suggestions(word).stream().limit(NEAR_SUGGESTIONS)
                .anyMatch(s -> EditDistance.distance(lower, s.toLowerCase(Locale.GERMAN)) <= slips);
    }

    /**
     * A long word one letter off the speller's first suggestion is a typo of that German word ("der Reperatur"), or a
     * regional spelling of it ("Kasperltheater"), which the speller reports; short English words are one letter off
     * German ones by chance ("Years", "Lears"), and a change of case only ("bubble", "Bubble") is no typo.
     */
    private boolean isTypo(String word) {
        if (word.length() < MIN_TYPO_LETTERS) {
            return false;
        }
        List<String> suggestions = lexicon.suggestions(word);
        return !suggestions.isEmpty() && !suggestions.get(0).equalsIgnoreCase(word)
                && EditDistance.isOneEdit(word, suggestions.get(0));
    }

    /**
     * A German compound the dictionary lacks ("Frustruck"): a known word, perhaps with a linking "s", then a noun of
     * {@value #MIN_HEAD_LETTERS} letters or more; after a noun, any word the dictionary knows capitalised will do, as
     * the tagger lacks some nouns ("Ruck"). A long head alone is no evidence: the dictionary knows English loans
     * ("Fighter") that end English compounds ("Firefighter").
     */
    private boolean hasGermanHead(String word) {
        for (int start = MIN_HEAD_LETTERS; start <= word.length() - MIN_HEAD_LETTERS; start++) {
            String head = Character.toUpperCase(word.charAt(start)) + word.substring(start + 1);
            String modifier = word.substring(0, start);
            boolean nounHead = lexicon.hasTag(head, "SUB") || lexicon.isKnown(head) && lexicon.hasTag(modifier, "SUB");
            if (nounHead && (lexicon.isKnown(modifier)
                    || modifier.endsWith("s") && lexicon.isKnown(modifier.substring(0, start - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A German noun or name written in lower case ("des kicker", "beim vorfall"): a case slip, which LanguageTool
     * reports, or a brand's own spelling; the source language would not give the German word.
     */
    private boolean isLowercasedNoun(String word) {
        return !isCapitalised(word) && lexicon.isKnown(Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }

    /** Letters only, lowercase after the first: "iWork", "GameStandard" and codes are names of things. */
    private static boolean isPlainWord(String word) {
        return word.length() >= MIN_FOREIGN_WORD_LETTERS && word.chars().allMatch(Character::isLetter)
                && word.substring(1).chars().allMatch(Character::isLowerCase);
    }

    /**
     * Once in the text (a name recurs: "die Raiders … der Raiders"), before a German word, and not the first half of a
     * name or title ("der Lane Hollow", "der Rumble in the Jungle") nor of a hyphenated pair ("inner- und außerhalb").
     */
    private boolean isAlone(String text, Span word, String after) {
        return text.indexOf(word.value()) == text.lastIndexOf(word.value())
                && !(isCapitalised(word.value()) && isCapitalised(after)) && (after.isEmpty() || lexicon.isKnown(after))
                && !TITLE_FUNCTION_WORDS.contains(after.toLowerCase(Locale.ROOT))
                && !text.startsWith("-", word.end());
    }

    private boolean isDeterminer(String word) {
        return !word.isEmpty() && (Character.isDigit(word.charAt(0))
                || lexicon.hasTag(word, "ART") || lexicon.hasTag(word, "PRO:DEM") || lexicon.hasTag(word, "PRO:POS")
                || lexicon.hasTag(word, "PRO:IND") || isAttributive(word));
    }

    /**
     * A preposition ("von", "am"): German puts a noun phrase after it, which starts with a capital unless an article,
     * adjective or pronoun opens it, all words German knows ("von electricity", "am cantiere").
     */
    private boolean isPreposition(String word) {
        // "als" is a preposition in the tagger too, but before a predicative noun it takes any word: "als schnook"
        return !word.isEmpty() && lexicon.hasTag(word, "PRP") && !lexicon.hasTag(word, "KON");
    }

    /**
     * A lower-case adjective or participle inflected for case ("palästinensischen", "gewagte"): German puts a noun
     * after it, as after a determiner.
     */
    private boolean isAttributive(String word) {
        return Character.isLowerCase(word.charAt(0)) && lexicon.readings(word).stream().map(r -> r.getPOSTag())
                .anyMatch(t -> t != null && GermanWords.ATTRIBUTIVE.matcher(t).lookingAt());
    }

    /** A character before the run, on its line, that ends a sentence: a capital after it starts one, not a title. */
    private static boolean afterSentenceEnd(Span line, Span first) {
        return ".!?".indexOf(charBefore(line, first)) >= 0;
    }

    /** The first character after a word on its line that is no white space, or a space when there is none. */
    private static char charAfter(Span line, Span word) {
        String rest = line.value().substring(word.end() - line.start()).stripLeading();
        return rest.isEmpty() ? ' ' : rest.charAt(0);
    }

    /** The last character before a word on its line that is no white space, or a space when there is none. */
    private static char charBefore(Span line, Span word) {
        String value = line.value();
        int i = word.start() - line.start();
        while (i > 0 && Character.isWhitespace(value.charAt(i - 1))) {
            i--;
        }
        return i > 0 ? value.charAt(i - 1) : ' ';
    }

    /**
     * A quotation in a language other than German ("„A água subiu em menos de uma hora“"): German news translates
     * quoted speech and keeps titles in the original; English speech counts only as a clause with English function
     * words ("„The council will review every complaint“"), which a pipeline that skipped the quotation leaves, while
     * a short English phrase may be a slogan quoted on purpose. Speech is told from a
     * title ("der Roman „Cien años de soledad“") by its form: it ends in sentence punctuation, follows a colon, a
     * comma follows it before the reporting clause ("…“, sagte er"), or it starts in lowercase, as titles never do
     * ("als „jako važno za cijelu regiju“"). Inside German speech, a stretch in another language is sought as in the
     * text around it.
     */
    private List<Finding> foreignQuotations(String text, Span line) {
        List<Finding> found = new ArrayList<>();
        Matcher quote = QUOTED.matcher(line.value());
        while (quote.find()) {
            int start = line.start() + quote.start() + 1;
            int end = line.start() + quote.end() - 1;
            List<Span> words = Spans.words(quote.group()).stream()
                    .map(w -> new Span(w.value(), start - 1 + w.start(), start - 1 + w.end())).toList();
            String inside = line.value().substring(quote.start() + 1, quote.end() - 1);
            if (words.size() >= MIN_QUOTATION_WORDS && isSpeech(line.value(), quote) && isForeign(words)) {
                (isEnglishClause(words) ? languages.sourceLanguage(joined(words))
                        : languages.sourceLanguageNotEnglish(joined(words)))
                        .ifPresent(language -> found.add(untranslated(start, end, language, inside)));
            } else if (isShortForeignQuotation(words)) {
                languages.sourceLanguage(joined(words))
                        .ifPresent(language -> found.add(untranslated(start, end, language, inside)));
            } else if (words.size() >= MIN_QUOTATION_WORDS && !isForeign(words)) {
                // German speech with a stretch left in the source language: "„Die Banken geben das weiter, tai
                // aišku kaip dieną“"
                addForeignRuns(text, line, words, found);
            }
        }
        return found;
    }

    /**
     * The label of a photo or source credit left in the source language, before the names it credits, at the line's
     * end: "Nuotr. Jonas Paulauskas", "… erinnern. Ảnh: Trần Minh Đức", "Kuva: Anna Virtanen". The label is one word
     * German does not know, with or without its full stop; names alone follow it, so it opens no speech ("Đức: Ja").
     */
    private List<Finding> foreignCreditLabels(Span line) {
        List<Finding> found = new ArrayList<>();
        Matcher m = CREDIT_LABEL.matcher(line.value());
        // a title's abbreviation has a full stop too ("Bgm. Michael Ludwig"): after one the label needs some length;
        // a compound the tagger reads is German ("Symbolbild:")
        if (m.find() && !GermanWords.isKnownOrAbbreviation(lexicon, m.group(1))
                && !lexicon.isKnown(m.group(1).toLowerCase(Locale.ROOT)) && lexicon.readings(m.group(1)).isEmpty()
                && (m.group(2).equals(":") || m.group(1).length() >= MIN_CREDIT_ABBREVIATION)
                && !languages.isGermanMostLikely(m.group(1))) {
            int start = line.start() + m.start(1);
            int end = line.start() + m.end(2);
            String label = line.value().substring(m.start(1), m.end(2));
            found.add(untranslated(start, end, languages.sourceLanguageNotEnglish(m.group(1), true).orElse("source-language"),
                    label));
        }
        return found;
    }

    /**
     * A quoted word or two in lowercase that German does not know, one spelled with letters German lacks: a term
     * quoted in the source language ("als „naprosto nesmyslný“ bezeichnet"), not a title, which is capitalised.
     */
    private boolean isShortForeignQuotation(List<Span> words) {
        return !words.isEmpty() && words.size() < MIN_QUOTATION_WORDS
                && words.stream().allMatch(w -> !isCapitalised(w.value()) && !lexicon.isKnown(w.value()))
                && words.stream().anyMatch(w -> LanguageIdentifier.hasForeignWord(w.value()));
    }

    @Override
    public String description() {
        return "Text left in the source language: sentences, furniture lines and stretches of words the German "
                + "dictionary does not know that a language identifier gives to another language, and text in "
                + "another script.";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.wrong("In Norwegen sind ifølge Helsedirektoratet 60 Prozent zu wenig aktiv.", "ifølge",
                        "In Norwegen sind laut Helsedirektoratet 60 Prozent zu wenig aktiv."),
                DetectorExample.wrong("ENTREVISTA | „Die Stadt muss lernen, Schatten zu bauen“", "ENTREVISTA",
                        "Interview | „Die Stadt muss lernen, Schatten zu bauen“"),
                DetectorExample.right("INTERVIEW | „Die Stadt muss lernen, Schatten zu bauen“"),
                DetectorExample.wrong("Die Börse schloss höher.\n\n<strong>Mehr aus der Region:</strong> Daha ətraflı oxu",
                        "Daha ətraflı oxu", "Die Börse schloss höher."),
                DetectorExample.wrong("Volgens de woordvoerder steigen die Preise im Herbst um drei Prozent.",
                        "Volgens de woordvoerder", "Laut dem Sprecher steigen die Preise im Herbst um drei Prozent."),
                DetectorExample.wrong("18.20 Uhr: Mise à jour : Die Polizei meldet zwei Festnahmen.", "Mise à jour",
                        "18.20 Uhr: Aktualisierung: Die Polizei meldet zwei Festnahmen."),
                DetectorExample.right("Laut der Ministerin steigen die Preise im Herbst um drei Prozent."),
                DetectorExample.wrong("Am Ende jubelten die mashabiki wa Simba in der Südkurve.", "mashabiki wa",
                        "Am Ende jubelten die Fans von Simba in der Südkurve."),
                DetectorExample.right("Ihr Lieblingsbuch sei »Los años del hambre«, das sie mit 16 gelesen habe."),
                DetectorExample.wrong("Vielen Dank für das Gespräch.\n\nTack så mycket!", "Tack så mycket!",
                        "Vielen Dank für das Gespräch.\n\nVielen Dank!"),
                DetectorExample.right("Am Ende jubelte das Stadion: Real Madrid!"),
                DetectorExample.wrong("Der 台風7号 erreichte am Morgen die Küste.", "台風7号",
                        "Der Taifun Nr. 7 erreichte am Morgen die Küste."),
                DetectorExample.wrong("Das hätte ich nie gedacht（笑） und doch kam es so.", "笑",
                        "Das hätte ich nie gedacht und doch kam es so."),
                DetectorExample.right("Der Kurs stieg auf 1.2万元 je Tonne."),
                DetectorExample.right("Die Lidor-Filiale dementierte. Ein Leser schrieb, dass es beim lidor in "
                        + "döbling einen Vorfall gab."),
                DetectorExample.right("Das Museum bietet eine Guided oder Assisted Tour an."),
                DetectorExample.right("Die Menge rief tirala, tiralo, tiralaha im Chor."),
                DetectorExample.right("Nach der Wahl gab es einen Frustruck im Land."),
                DetectorExample.right("Die Feier dauerte bis Mitternacht.\nBgm. Michael Ludwig"),
                DetectorExample.wrong("Die Sitzung dauerte bis in die Nacht.\n\nBerri gehiago: Parlament billigt Haushalt",
                        "Berri gehiago:", "Die Sitzung dauerte bis in die Nacht.\n\nParlament billigt Haushalt"),
                DetectorExample.wrong("Die Robben brüten im Frühjahr.\n\nValokuva: Metsähallitus / Anna Virtanen",
                        "Valokuva:", "Die Robben brüten im Frühjahr.\n\nMetsähallitus / Anna Virtanen"),
                DetectorExample.wrong("Die Behörden führen den Taifun als cơn bão số 9 und warnen vor Fluten.",
                        "cơn bão số",
                        "Die Behörden führen den Taifun als Sturm Nummer 9 und warnen vor Fluten."),
                DetectorExample.wrong("„Wir haben alles versucht, bet niekas nepadėjo“, sagte der Bürgermeister.",
                        "bet niekas nepadėjo",
                        "„Wir haben alles versucht, aber nichts half“, sagte der Bürgermeister."),
                DetectorExample.wrong("„The council will review every single complaint“, teilte die Stadt mit.",
                        "The council will review every single complaint",
                        "„Der Rat wird jede einzelne Beschwerde prüfen“, teilte die Stadt mit."),
                DetectorExample.wrong("Tausende feierten auf dem Platz.\nFotografija: Marko Horvat\n\nDie Feier dauerte bis zum Morgen.",
                        "Fotografija:",
                        "Tausende feierten auf dem Platz.\n\nDie Feier dauerte bis zum Morgen."),
                DetectorExample.wrong("Die Exporte stiegen kräftig, ayon sa PSA. Das Plus lag bei vier Prozent.",
                        "ayon sa",
                        "Die Exporte stiegen kräftig, so die Statistikbehörde. Das Plus lag bei vier Prozent."),
                DetectorExample.right("Die Band spielte „o sole mio“ als Zugabe, und der Chor sang mit."),
                DetectorExample.wrong("Die Passstraße ist seit Montag zamknięta, weil Lawinen drohen.", "zamknięta",
                        "Die Passstraße ist seit Montag gesperrt, weil Lawinen drohen."),
                DetectorExample.right("Im Nationalpark leben rund 50 Braunbären (Ursus arctos), sagte die oppositionsnahe "
                        + "Zeitung."),
                DetectorExample.wrong("Das Gespräch war lang.\n\nDěkujeme za rozhovor.\n\nEs führte Jan Novák.",
                        "Děkujeme za rozhovor.", "Das Gespräch war lang.\n\nEs führte Jan Novák."),
                DetectorExample.right("Die Kosten der Reperatur werden auf 40 Millionen Kronen geschätzt."),
                DetectorExample.right("Er gewann die Wahl des kicker deutlich, verriet er dem kicker."),
                DetectorExample.wrong("Die Opposition will klagen.\n\nOlvasd el ezt is: Inflation in Ungarn sinkt",
                        "Olvasd el ezt is:", "Die Opposition will klagen.\n\nLesen Sie auch: Inflation in Ungarn sinkt"),
                DetectorExample.right("Dem Netz fehlen 1.800 МВт, Jabloko (Яблоко) holte 5 Prozent."),
                DetectorExample.wrong("20.58 Uhr: Die Zahl der Opfer ist segundo o governo auf 75 gestiegen.",
                        "segundo o governo", "20.58 Uhr: Die Zahl der Opfer ist laut der Regierung auf 75 gestiegen."),
                DetectorExample.wrong("Er nannte den Haushalt „naprosto nesmyslný“ und unsozial.", "naprosto nesmyslný",
                        "Er nannte den Haushalt „völlig unsinnig“ und unsozial."),
                DetectorExample.right("Er las „Solaris“ von Stanisław Lem und nannte es „grandios“."),
                DetectorExample.wrong("Auf Estnisch fügte er hinzu: Ma ei uskunud, et see nii hästi läheb.",
                        "Ma ei uskunud, et see nii hästi läheb.", "Auf Estnisch fügte er hinzu: Ich hätte nicht "
                        + "gedacht, dass es so gut läuft."),
                DetectorExample.wrong("Das sagte der sindaco Marco Ferri am Montag.", "sindaco",
                        "Das sagte Bürgermeister Marco Ferri am Montag."),
                DetectorExample.right("Das sagte der bürgermeister Peter Hahn, der sprecher Jan Berg und der Vize Tom Ulm."),
                DetectorExample.wrong("Die Regierung stellte den Plan am Montag vor.\n\nRead the full story here\n",
                        "Read the full story here",
                        "Die Regierung stellte den Plan am Montag vor.\n"),
                DetectorExample.wrong("Die Gewerkschaften kündigten Proteste an. Le projet sera présenté au Conseil "
                                + "des ministres la semaine prochaine. Die Debatte beginnt im Dezember.",
                        "Le projet sera présenté au Conseil des ministres la semaine prochaine.",
                        "Die Gewerkschaften kündigten Proteste an. Der Entwurf wird nächste Woche dem Ministerrat "
                                + "vorgelegt. Die Debatte beginnt im Dezember."),
                DetectorExample.wrong("Die Zahl der Fälle stieg.\n\nCzytaj więcej\n", "Czytaj więcej",
                        "Die Zahl der Fälle stieg.\n"),
                DetectorExample.wrong("Die USA halten den Siedlungsbau für illegal, at the time of writing. Das sagte er.",
                        "at the time of writing", "Die USA halten den Siedlungsbau für illegal, Stand heute. Das "
                                + "sagte er."),
                DetectorExample.wrong("Die Strafzahlung für das Einspeisen von electricity steigt.", "electricity",
                        "Die Strafzahlung für das Einspeisen von Strom steigt."),
                DetectorExample.right("Das Finale (best of seven) ist eine Kombination aus money and meaning, sagte er "
                        + "und zitierte: To finish first, first you have to finish."),
                DetectorExample.right("Die Fans feierten den Sieg mit dem Team, viele arbeiten im Homeoffice."),
                DetectorExample.right("Emmanuel Macron sah Real Madrid gegen Monte dei Paschi di Siena."),
                DetectorExample.wrong("Das schien eine gewagte decision zu sein.", "decision",
                        "Das schien eine gewagte Entscheidung zu sein."),
                DetectorExample.wrong("Die Fähren nach Bornholm fallen desværre bis auf Weiteres aus.", "desværre",
                        "Die Fähren nach Bornholm fallen leider bis auf Weiteres aus."),
                DetectorExample.wrong("Es kam zu Staus.\n\nHABERİN DEVAMI\n\nDie Stadt baut nun eine Brücke.\n",
                        "HABERİN DEVAMI", "Es kam zu Staus.\n\nDie Stadt baut nun eine Brücke.\n"),
                DetectorExample.right("Mikołaj Łukasiewicz traf für Górnik Zabrze, sagte Trainer Jiří Šťastný in "
                        + "Košice, und Davutoğlu flog nach São Paulo."),
                DetectorExample.wrong("Die Zinsen sinken noch zweimal, enligt Riksbankens prognos.",
                        "enligt Riksbankens prognos", "Die Zinsen sinken noch zweimal, ."),
                DetectorExample.right("Er murmelte I love to shoot film vor sich hin, auf Arabisch: Ad-Dawla "
                        + "al-Islamiya fi l-Iraq wa-sh-Sham."));
    }
}
