package org.mtqa.artefact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.languagetool.AnalyzedToken;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.FindingOverlaps;
import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.Spans;
import org.springframework.stereotype.Component;

/**
 * A stray letter left over from drop caps, lost markup or a slipped key: glued to the front of a capitalised word
 * ("qWenn", "LNordkorea") or standing alone between two words ("Anwohner k fordern").
 *
 * <p>A glued letter happens once, so a form the text repeats is a brand or a name. Brand casing ("iPhone", "eBay") is
 * known to the speller; name casing ("McKinsey", "DiCaprio"), acronyms and mixed abbreviations ("KfW", "AStA",
 * "BVerfG") do not have the shape of one letter plus an ordinary capitalised word; after a symbol ("â€žDas") the
 * letter is part of mojibake.
 *
 * <p>A lone lower-case letter is stray only between two German words that the tagger reads as such, not as names:
 * abbreviations ("z. B.", "u. a.") have a period, list markers ("a)") a parenthesis, units and variables ("5 m",
 * "3 x 4") a number beside them, and the one-letter words of other languages (Spanish "y", Italian "e", Polish "w")
 * stand among foreign words or names.
 */
@Component
public class StrayCharacterDetector implements ArtefactDetector {

    /**
     * One letter, then a capitalised word of at least two letters in ordinary casing (hyphenated parts allowed); a
     * word of two letters counts only when it is a function word ("vDa", "xIm"), shorter names are codes ("eU").
     */
    private static final Pattern LETTER_BEFORE_WORD =
            Pattern.compile("\\p{L}\\p{Lu}\\p{Ll}+(?:-\\p{L}[\\p{Ll}\\p{N}]*)*");
    private static final int MIN_CAPITALISED_WORD = 3;

    /**
     * Lower-case prefixes that brands and English coinages use ("eCommerce", "iCloud", "xBox"); such a prefix counts as
     * stray only before a German word that cannot be such a coinage's stem (a function word, verb or adjective).
     */
    private static final Pattern BRAND_PREFIX = Pattern.compile("[eix]");

    /** "L'Equipe", "Côte d'Azur" with the apostrophe lost: a French elided article, not a stray letter. */
    private static final Pattern ELIDED_ARTICLE = Pattern.compile("[LDld][AEIOUÉÈÂÊÎÔÛ].*");

    /** "21,93 mSilber": a unit symbol after a number, run into the next word; a missing space, not a stray. */
    private static final Pattern NUMBER_BEFORE = Pattern.compile("\\p{N}\\s?$");
    /** The one-letter unit symbols of the SI and of time that follow a number ("m", "g", "s", "l", "t", "h"). */
    private static final String UNIT_LETTERS = "mgslth";
    /**
     * One digit glued to the end of a word of five or more letters ("Olympiasieger2 kam"), a footnote mark or a slipped
     * key; "mit17 Stimmen" and "Hannover 96" are a lost space and a name.
     */
    private static final Pattern TRAILING_DIGIT = Pattern.compile(
            "(?<![\\p{L}\\p{N}.-])(\\p{L}\\p{Ll}{4,})([0-9])(?=[\\s,;:!?)]|\\.(?![0-9])|$)[\\s,;:!?).]*(\\p{L}*)");
    private static final Pattern PLUS_AFTER_WORD = Pattern.compile("(?<=^|[\\s(„“\"»«])(\\p{L}{4,})\\+(?=[\\s.,;:!?)]|$)",
            Pattern.MULTILINE);
    private static final Pattern BULLET_LINE = Pattern.compile("^[ \\t]*•", Pattern.MULTILINE);

    /**
     * A lower-case letter alone after a paragraph's last sentence ("… der Tiere. ç"), with the space before it: no
     * sentence is one letter. After an abbreviation of three letters or fewer it is a list item's label ("lit. a").
     */
    private static final Pattern LETTER_ENDING_PARAGRAPH = Pattern.compile(
            "(?<=\\p{L}{4}[.!?])[ \\u00A0](\\p{Ll})(?=[ \\u00A0]*(?:\\R|$))");
    /**
     * A lower-case letter alone between two words, one space on each side. Some letters are words of their own and
     * stay out: "x" reads "mal" between dimensions ("Länge x Breite"), and the reduced forms of spoken German are
     * written as one letter ("a" and "n" for "ein", "i" for "ich", "s" for "es", "d" for "die": "des is a Wahnsinn").
     */
    private static final Pattern LONE_LETTER = Pattern.compile(
            "(?<=\\p{L}\\p{L}[ \\u00A0])([\\p{Ll}&&[^xainsd]])[ \\u00A0](\\p{L}\\p{Ll}+)(?![\\p{L}\\p{N}])");

    /**
     * A character glued to the end of a German word that German spelling never ends one with: a letter of another
     * script ("Ensemblesъ") or a spacing accent ("Gewerkschaftˇ"), or, after a word that is no name, a Latin letter
     * beyond Latin-1 ("Tarifğ"). Latin-1's accented letters end French and Spanish names ("Juppé").
     */
    private static final Pattern TRAILING = Pattern.compile(
            "(?<!\\p{L})(\\p{L}{4,})([\\p{L}\\p{Sk}&&[^\\x00-\\xFF]]|\\p{Sk})(?=[\\s.,;:!?)\\]]|$)");

    /**
     * Symbols of any kind (Unicode's other and modifier symbols: "♞", "☎", "°", "^", emoji), modifier letters that
     * never stand alone (the Thai repetition mark "ๆ", "ʼ"), and the marks of
     * typesetting (bullets, daggers, section and pilcrow signs, the reference mark "※"), the multiplication sign and a
     * lone brace, that a sentence never holds alone between words. The signs of rights
     * and trademarks stand beside names in credits ("Foto © APA", "Windows ™").
     */
    private static final String LONE_SYMBOLS = "[[\\p{So}\\p{Sk}\\p{Lm}•¤¶†‡~¬¦§▪#_\\\\ـ×※{}|¡¿]&&[^©®™℗]]";

    /**
     * Marks of typesetting and line-break debris that end no line of prose ("im März ¬"); emoji and other symbols may
     * close a quoted post.
     */
    private static final String TYPESETTING_MARKS = "[¬•¤¶‡¦▪※~_\\\\|¡¿]";

    /**
     * A symbol alone after a word or a sentence's end, before another word or the sentence's punctuation
     * ("Mittelfeldspielers ° Bruno", "der Peso. ^ Zuletzt",
     * "Provinzregierung • hatte", "einen Springer ♞ und", "prüfen ‡.", a mark of typesetting at a line's end): it has
     * no place there; after a number "°" is a unit ("20 °C"), and before one "§" is a paragraph ("§ 5"). The middle
     * dot separates a row of items.
     */
    private static final Pattern LONE_SYMBOL = Pattern.compile(
            // after a sentence end or a colon an emoji or a pictograph may close a post ("Danke! 🙏 Wir …") and "~"
            // means about before a figure or number word ("Dauer: ~ zwei Stunden"); before a capital it opens nothing
            "(?=" + LONE_SYMBOLS + ")(?:(?<=\\p{L}[ \\u00A0])|(?<=[\\p{L}\\p{N}][.!?:][ \\u00A0])(?![\\x{2600}-\\x{27BF}\\x{1F000}-\\x{1FAFF}]|~(?![ \\u00A0]?\\p{Lu})))("
                    + LONE_SYMBOLS + ")"
                    // a bar separates items between words ("Drucken | Teilen"), and so stands alone only at a line's end
                    + "(?:(?<![|¡¿])[ \\u00A0](\\p{L}+)|(?<![|¡¿])(?=[,.;:!?])|(?=[ \\u00A0]*(?:\\R|$))(?<=" + TYPESETTING_MARKS + "))");
    /**
     * A single quotation mark, a square bracket or a middle dot alone between two words ("Silos ’ sind", "Mitarbeitende
     * ] in", "wirft · der"): stray when its line holds no partner for it (no other single quote, no other bracket), and
     * a middle dot when it is the line's only one and joins two lower-case words or comes before a conjunction, since a
     * row of items ("Drucken · Teilen") separates capitalised ones.
     */
    private static final Pattern LONE_MARK = Pattern.compile(
            "(?<=\\p{L}[ \\u00A0])([’‘‚'\\[\\]·])[ \\u00A0](\\p{L}+)");
    private static final String SINGLE_QUOTES = "’‘‚'";
    /**
     * A square or curly bracket glued to one end of a word ("ohne Niederlage] geblieben", "[Die", "Probanden}",
     * "]Mehrere"), stray without a partner.
     */
    private static final Pattern GLUED_BRACKET = Pattern.compile(
            "(?=[\\[\\]{}])(?:(?<=\\p{L}{3})[\\]}](?=[\\s.,;:!?]|$)|(?<=^|\\s)[\\[\\]{}](?=\\p{L}{3}))",
            Pattern.MULTILINE);

    /**
     * Punctuation of other scripts: the commas, stops and middle dots of Chinese and Japanese, full and half width
     * ("、", "。", "・"), the Arabic comma, semicolon and question mark ("،", "؛", "؟"), the Devanagari danda ("।") and
     * the Hebrew geresh and gershayim ("׳", "״"), which Hebrew uses for quotes and abbreviations.
     */
    private static final String FOREIGN_PUNCTUATION = "[、。〃・･､｡，：；،؛؟।॥׳״]";
    /**
     * Symbols of typesetting that never touch a word in print, and the geometric shapes of page furniture ("▲", "●");
     * the dagger stays out, it marks the dead ("Müller†"); the middle dot stands inside a Catalan word ("col·lecció"),
     * never at either end.
     */
    private static final String GLUED_MARKS = "\\u25A0-\\u25FF¤¶‡¦▪►■□◆◊※~¬|•·\\\\";
    /**
     * Signs that follow a number ("20°", "10^6"), open a unit ("°C") or precede a number ("§ 5"): stray only right after
     * a word's letters ("Pfeiler§").
     */
    private static final String GLUED_AFTER_WORD = "°^§";
    /**
     * A symbol or a punctuation mark of another script glued to either end of a word ("Wartelisten\\",
     * "Sensoren・", "▪Regierung", "Patienten|"), a mark of typesetting inside one ("Genossen¬schaften": the sign of a
     * soft hyphen gone wrong), or a Spanish opening mark before a word ("¿Wie").
     */
    private static final Pattern GLUED_SYMBOL = Pattern.compile(
            // the mark first: the look-behinds are tried only where one stands
            "(?=[" + GLUED_MARKS + GLUED_AFTER_WORD + "¿¡]|" + FOREIGN_PUNCTUATION + ")"
                    + "(?:(?<=\\p{IsLatin}\\p{IsLatin}|\\p{IsLatin}[.!?,;:])(?:[" + GLUED_MARKS + GLUED_AFTER_WORD + "¿¡]|"
                    + FOREIGN_PUNCTUATION
                    + ")(?=[\\s.,;:!?)]|$)"
                    + "|(?<=^|[\\s(\"„“»«])[" + GLUED_MARKS + "¿¡](?=(\\p{L}+))"
                    + "|(?<=\\p{Ll})[¬¦¤¶‡•▪](?=\\p{Ll}))", Pattern.MULTILINE);
    private static final Pattern GERMAN_LETTERS = Pattern.compile("[a-zA-ZäöüßÄÖÜ]+");

    /**
     * A mark of code or markup ("=", "_", "<", ">", "^", "~", "`", "+" before a word, "#" after one), or a degree
     * sign, which belongs after a number ("20°"), glued to one side of a German word that stands between spaces or punctuation ("=Auch", "_Die", "Publikum>", "+Nein", "Küste#",
     * "^Die"): paired ("_kursiv_", "<b>") or between letters ("a=b") it is markup or a formula, not a stray; a "+"
     * after a word names a paid service, even after a common noun ("Bild+", "Disney+").
     */
    private static final Pattern GLUED_CODE_MARK = Pattern.compile(
            "(?<=^|[\\s(„“\"»«])(?:([=_<>+^~`´°§])(\\p{L}{2,})|(\\p{L}{3,})([=_<>#^~`´°%]|:(?=:)))(?=[\\s.,;:!?)]|$)",
            Pattern.MULTILINE);

    /** A glued letter needs a word of some length: short tokens are abbreviations and codes. */
    private static final int MIN_GLUED_TOKEN = 4;
    /**
     * The two-consonant starts of German syllables ("Bl", "Kr", "Pf", "Schw" begins with "sc"): a closed class of the
     * sound system, so a list is the right tool. A lower-case word starting with another pair has a letter before it.
     */
    private static final Set<String> GERMAN_ONSETS = Set.of("bl", "br", "ch", "dr", "fl", "fr", "gl", "gn", "gr",
            "kl", "kn", "kr", "pf", "ph", "pl", "pr", "ps", "qu", "sc", "sh", "sk", "sl", "sm", "sn", "sp", "st", "sz",
            "th", "tr", "ts", "tz", "vl", "vr", "wr", "zw", "sw");
    /** Articles, pronouns, prepositions, conjunctions, adverbs, negation, auxiliaries and modals. */
    private static final Pattern FUNCTION_TAGS = Pattern.compile("ART|PRO|PRP|KON|ADV|NEG|VER:(?:AUX|MOD)");
    private static final int MIN_FUNCTION_WORD = 3;
    /** Final letters of German inflection and of short words' variants ("dem", "den", "des", "deren"): no slip. */
    private static final String INFLECTION_FINALS = "mnrst";
    /** A word this long before a glued consonant: shorter ones end names and product names ("Systemd"). */
    private static final int MIN_CLUSTER_HEAD = 7;
    private static final String CLUSTER_STRAYS = "bdgkp";

    /** Letters no lower-case German word begins with, bar loanwords the dictionary knows. */
    private static final String FOREIGN_INITIALS = "cqxyj";
    /** Letters no German word ends in (or too rarely for a slip to look like one). */
    private static final String STRAY_FINALS = "bcjqvwxy";
    /**
     * Letters glued to the end of a known noun that make it unknown ("Regelungh", "Bürgerq"): consonants that end no
     * inflected form and hardly a name ("Kallax", "Solarz", "Novak" do end in x, z and k).
     */
    private static final String NOUN_STRAY_FINALS = "chjqvw";
    /**
     * One capital between lower-case words, after a sentence end before a capitalised word, or between a lower-case
     * word and a capitalised one.
     */
    private static final Pattern LONE_CAPITAL = Pattern.compile(
            "(?:(?<=\\p{Ll}[ \\u00A0])([\\p{Lu}&&[^I]])[ \\u00A0](\\p{Ll}{2,})|(?<=[.!?][ \\u00A0])(\\p{Lu})[ \\u00A0]"
                    + "(\\p{Lu}\\p{Ll}+)|(?<=\\p{Ll}[ \\u00A0])(\\p{Lu})[ \\u00A0](\\p{Lu}\\p{Ll}+))(?![\\p{L}\\p{N}.])");
    /** Words that make a lone capital a letter named as such: "das A und O", "von A bis Z". */
    private static final Set<String> LETTER_PARTNERS = Set.of("und", "oder", "bis", "von", "zu", "für", "wie");

    /** After a determiner, preposition or conjunction a letter is named as such ("das e in Daesh", "s oder l"). */
    private static final Pattern NAMES_A_LETTER = Pattern.compile("ART|PRO|PRP|KON");

    private final GermanLexicon lexicon;

    public StrayCharacterDetector(GermanLexicon lexicon) {
        this.lexicon = lexicon;
    }


    @Override
    public Category category() {
        return Category.STRAY_CHARACTER;
    }

    @Override
    public List<Finding> detect(AnalysedText analysed) {
        List<Finding> findings = new ArrayList<>(gluedLetters(analysed));
        findings.addAll(loneLetters(analysed));
        findings.addAll(trailingCharacters(analysed));
        findings.addAll(loneSymbols(analysed));
        findings.addAll(loneMarks(analysed));
        findings.addAll(gluedSymbols(analysed));
        findings.addAll(gluedToLowercase(analysed));
        findings.addAll(trailingDigits(analysed));
        findings.addAll(loneCapitals(analysed));
        findings = FindingOverlaps.keepFirstOfOverlapping(findings);
        findings.sort(Comparator.comparingInt(Finding::start));
        return findings;
    }

    private List<Finding> gluedLetters(AnalysedText analysed) {
        Map<String, Integer> counts = analysed.wordCounts();
        List<Finding> findings = new ArrayList<>();
        for (Spans.Span word : analysed.words()) {
            String token = word.value();
            if (!LETTER_BEFORE_WORD.matcher(token).matches() || ELIDED_ARTICLE.matcher(token).matches()
                    || followsSymbol(analysed.text(), word.start()) || UNIT_LETTERS.indexOf(token.charAt(0)) >= 0
                            && followsNumberOrSymbol(analysed.text(), word.start())
                    || counts.get(token) > 1) {
                continue;
            }
            String repaired = token.substring(1);
            if (isStray(token, repaired)) {
                findings.add(finding(word.start(), word.end(),
                        "Stray letter '" + token.charAt(0) + "' glued to a word: '" + token + "' should probably be '"
                                + repaired + "'",
                        List.of(repaired)));
            }
        }
        return findings;
    }

    /**
     * An article that agrees with the noun or adjective after the letter ("eine z Partei", "der V Fingerabdruck"): it
     * belongs to that word, so the letter between them names nothing ("das e in Daesh" has a preposition after it).
     */
    private boolean isArticleOf(String article, String after) {
        return lexicon.hasTag(article, "ART") && (lexicon.hasTag(after, "SUB") || lexicon.hasTag(after, "ADJ"))
                && Agreement.determines(lexicon, article, after);
    }

    /** The letter and the word after it, repaired to that word alone ("q erwarten" to "erwarten"). */
    private List<Finding> loneLetters(AnalysedText analysed) {
        List<Finding> findings = new ArrayList<>();
        Matcher last = LETTER_ENDING_PARAGRAPH.matcher(analysed.text());
        while (last.find()) {
            findings.add(finding(last.start(), last.end(), "Stray letter '" + last.group(1)
                    + "' after the paragraph's last sentence", List.of("")));
        }
        Matcher m = LONE_LETTER.matcher(analysed.text());
        while (m.find()) {
            String before = analysed.wordBefore(m.start());
            String after = m.group(2);
            if (before != null && GermanWords.isGermanWord(lexicon, before) && GermanWords.isGermanWord(lexicon, after)
                    && (!GermanWords.hasTag(lexicon, before, NAMES_A_LETTER) || isArticleOf(before, after))) {
                findings.add(finding(m.start(), m.end(),
                        "Stray letter '" + m.group(1) + "' between '" + before + "' and '" + after + "'",
                        List.of(after)));
            }
        }
        return findings;
    }

    /** A German word with a character glued to its end that makes it unknown: the character is stray. */
    private List<Finding> trailingCharacters(AnalysedText analysed) {
        List<Finding> findings = new ArrayList<>();
        Matcher m = TRAILING.matcher(analysed.text());
        while (m.find()) {
            String word = m.group(1);
            boolean wordStart = m.start() == 0 || !Character.isLetterOrDigit(analysed.text().charAt(m.start() - 1));
            boolean latin = Character.UnicodeScript.of(m.group(2).codePointAt(0)) == Character.UnicodeScript.LATIN;
            // a compound the speller lacks counts by its last noun: "Bambuskanonen¨"
            if (wordStart && GERMAN_LETTERS.matcher(word).matches()
                    && (lexicon.isKnown(word) || GermanWords.endsInNoun(lexicon, word))
                    // a Latin letter ends many names ("Barić"): the word before it must be a tagged word, not a name
                    && !lexicon.isKnown(m.group())
                    && !(latin && (lexicon.readings(word).isEmpty() || lexicon.hasTag(word, "EIG")))) {
                findings.add(finding(m.start(), m.end(),
                        "Stray character '" + m.group(2) + "' glued to the end of '" + word + "'", List.of(word)));
            }
        }
        return findings;
    }

    /**
     * A digit glued to the end of a German word or a name the tagger knows, where the word after it is no noun the
     * digit could count ("Ukraine4 die", "Olympiasieger2 kam").
     */
    private List<Finding> trailingDigits(AnalysedText analysed) {
        List<Finding> findings = new ArrayList<>();
        Matcher m = TRAILING_DIGIT.matcher(analysed.text());
        while (m.find()) {
            String word = m.group(1);
            String next = m.group(3);
            // after a determiner or an adjective the word is a common noun, not a name such as "Sport1"
            if (GermanWords.opensNounPhrase(lexicon, analysed.wordBefore(m.start())) && !lexicon.readings(word).isEmpty() && !GermanWords.hasTag(lexicon, word, FUNCTION_TAGS)
                    && (next.isEmpty() || Character.isLowerCase(next.charAt(0)) || lexicon.hasTag(next, "ART")
                            || lexicon.hasTag(next, "PRO"))) {
                findings.add(finding(m.start(2), m.end(2), "Stray digit '" + m.group(2) + "' glued to the end of '"
                        + word + "'", List.of("")));
            }
        }
        return findings;
    }

    /**
     * A letter glued to a lower-case word, or to the end of a capitalised noun, where the word without it is one the
     * dictionary knows and the word with it is not: "kder", "xgegen", "caber", "sollc", "gelangk", "Bürgerq". At the
     * front the letter and the next must make no German syllable start ("kd", "xg"), unless the letter starts no
     * German word at all ("c", "q", "x", "y", "j"); at the end of a noun it is one no German noun or name ends in.
     */
    private List<Finding> gluedToLowercase(AnalysedText analysed) {
        Map<String, Integer> counts = analysed.wordCounts();
        List<Finding> findings = new ArrayList<>();
        List<Spans.Span> words = analysed.words();
        for (int i = 0; i < words.size(); i++) {
            Spans.Span word = words.get(i);
            String token = word.value();
            if (token.length() < MIN_GLUED_TOKEN || counts.get(token) > 1 || !GERMAN_LETTERS.matcher(token).matches()
                    || lexicon.isKnown(token) || followsNumberOrSymbol(analysed.text(), word.start())
                    || !amidGermanWords(words, i)) {
                continue;
            }
            String repaired = strayRemoved(token);
            if (repaired != null) {
                findings.add(finding(word.start(), word.end(), "Stray letter glued to a word: '" + token
                        + "' should probably be '" + repaired + "'", List.of(repaired)));
            }
        }
        return findings;
    }

    /** The token without its stray letter, or null when no letter is stray. */
    private String strayRemoved(String token) {
        char first = token.charAt(0);
        char last = token.charAt(token.length() - 1);
        String tail = token.substring(1);
        String head = token.substring(0, token.length() - 1);
        if (Character.isLowerCase(first)) {
            boolean noOnset = !isVowel(first) && !isVowel(token.charAt(1))
                    && !GERMAN_ONSETS.contains(token.substring(0, 2));
            if ((noOnset || FOREIGN_INITIALS.indexOf(first) >= 0) && GermanWords.isGermanWord(lexicon, tail)
                    || !isVowel(first) && isFunctionWord(tail) && !isCapitalisedName(token)) {
                return tail;
            }
            if ((STRAY_FINALS.indexOf(last) >= 0 || extendsFinalCluster(head, last))
                    && GermanWords.isGermanWord(lexicon, head)) {
                return head;
            }
            return !isVowel(last) && INFLECTION_FINALS.indexOf(last) < 0 && isFunctionWord(head) ? head : null;
        }
        return (NOUN_STRAY_FINALS.indexOf(last) >= 0 || extendsFinalCluster(head, last))
                && head.length() >= MIN_GLUED_TOKEN && lexicon.hasTag(head, "SUB")
                && !lexicon.hasTag(head, "EIG") ? head : null;
    }

    /**
     * A stop that no inflection adds, after a known word of some length that already ends in a consonant: "Tendenzd",
     * "bekanntp", "Gefährdungg". German forms such clusters only inside compounds, whose head the speller would know;
     * "l" (the Austrian diminutive, "Sackerl") and "z" end many names ("Solarz") and stay out.
     */
    private boolean extendsFinalCluster(String head, char last) {
        // an infinitive and "d" is a present participle the speller may lack ("gendernd")
        boolean participle = last == 'd' && head.endsWith("n") && lexicon.hasTag(head, "VER:INF");
        return head.length() >= MIN_CLUSTER_HEAD && CLUSTER_STRAYS.indexOf(last) >= 0 && !participle
                && !isVowel(head.charAt(head.length() - 1)) && lexicon.isKnown(head) && !isCompound(head + last);
    }

    /**
     * A compound the speller lacks but the tagger reads, or one the compound splitter cuts into known words: the
     * Austrian "Schmerzengeld" is "Schmerzen" and "geld", not "Schmerzengel" and a "d".
     */
    private boolean isCompound(String word) {
        return !lexicon.readings(word).isEmpty() || lexicon.compoundParts(word).size() > 1;
    }

    /**
     * A closed-class word of some length ("der", "aber", "will"): a consonant glued to it makes no other form of it,
     * as German inflects these words by a fixed table, so the token is a slip ("derk", "aberf", "vaus").
     */
    private boolean isFunctionWord(String word) {
        return word.length() >= MIN_FUNCTION_WORD && lexicon.isKnown(word)
                && GermanWords.hasTag(lexicon, word, FUNCTION_TAGS);
    }

    /** "hans": a name written in lower case, a slip of its own, not a stray letter. */
    private boolean isCapitalisedName(String token) {
        return lexicon.hasTag(Character.toUpperCase(token.charAt(0)) + token.substring(1), "EIG");
    }

    /** The words on either side are German, not a passage in English or dialect ("what many said"). */
    private boolean amidGermanWords(List<Spans.Span> words, int i) {
        return (i == 0 || lexicon.isKnown(words.get(i - 1).value()))
                && (i + 1 == words.size() || lexicon.isKnown(words.get(i + 1).value()));
    }

    private static boolean isVowel(char c) {
        return "aeiouyäöü".indexOf(c) >= 0;
    }

    /**
     * A capital letter alone between two lower-case words ("und V ist"), or between a sentence end and a capitalised
     * word ("ermittelt. C Zuvor"): no German word is one capital. Names of things ("Vitamin C", "Plan B") follow a
     * capitalised noun; "das A und O" pairs the letter with a conjunction; "I" is dialect for "ich".
     */
    private List<Finding> loneCapitals(AnalysedText analysed) {
        List<Finding> findings = new ArrayList<>();
        Matcher m = LONE_CAPITAL.matcher(analysed.text());
        while (m.find()) {
            boolean midSentence = m.group(1) != null;
            String letter = midSentence ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(5);
            String after = midSentence ? m.group(2) : m.group(4) != null ? m.group(4) : m.group(6);
            String before = analysed.wordBefore(m.start());
            // before a capitalised word, mid-sentence, only between an article and its noun ("der V Fingerabdruck");
            // after a noun the letter names a thing ("Vitamin C", "Plan B")
            if (m.group(5) != null && (before == null || !isArticleOf(before, after))) {
                continue;
            }
            // after an article, preposition, pronoun or conjunction a letter is named ("das P steht für …")
            boolean afterLowercaseWord = !midSentence || before != null && Character.isLowerCase(before.charAt(0))
                    && !LETTER_PARTNERS.contains(before)
                    && (!GermanWords.hasTag(lexicon, before, NAMES_A_LETTER) || isArticleOf(before, after));
            if (afterLowercaseWord && !LETTER_PARTNERS.contains(after) && GermanWords.isGermanWord(lexicon, after)) {
                findings.add(finding(m.start(), m.end(), "Stray capital '" + letter + "' before '" + after + "'",
                        List.of(after)));
            }
        }
        return findings;
    }

    /** The symbol and the word after it, repaired to that word alone. */
    private List<Finding> loneSymbols(AnalysedText analysed) {
        List<Finding> findings = new ArrayList<>();
        Matcher m = LONE_SYMBOL.matcher(analysed.text());
        while (m.find()) {
            if (m.group(2) != null) {
                findings.add(finding(m.start(), m.end(), "Stray symbol '" + m.group(1) + "' between two words",
                        List.of(m.group(2))));
            } else {
                // with the space before it, so that deleting leaves "prüfen." rather than "prüfen ."
                findings.add(finding(m.start() - 1, m.end(), "Stray symbol '" + m.group(1) + "' before the "
                        + "punctuation or the line's end: delete it", List.of("")));
            }
        }
        return findings;
    }

    /** The lone quotation marks, brackets and middle dots of {@link #LONE_MARK} that have no partner on their line. */
    private List<Finding> loneMarks(AnalysedText analysed) {
        List<Finding> findings = new ArrayList<>();
        String text = analysed.text();
        Matcher m = LONE_MARK.matcher(text);
        while (m.find()) {
            String line = lineAround(text, m.start());
            char mark = m.group(1).charAt(0);
            String before = analysed.wordBefore(m.start());
            boolean stray = switch (mark) {
                case '[', ']' -> line.chars().filter(c -> c == '[' || c == ']').count() == 1;
                // a row of items never goes on with a conjunction: "… mit der Opéra de Lyon · und soll …"
                case '·' -> line.chars().filter(c -> c == '·').count() == 1 && before != null
                        && (isLowercaseGerman(before) || lexicon.hasTag(m.group(2), "KON"))
                        && isLowercaseGerman(m.group(2));
                default -> line.chars().filter(c -> SINGLE_QUOTES.indexOf(c) >= 0).count() == 1;
            };
            if (stray) {
                findings.add(finding(m.start(), m.end(), "Stray mark '" + mark + "' between two words",
                        List.of(m.group(2))));
            }
        }
        Matcher glued = GLUED_BRACKET.matcher(text);
        while (glued.find()) {
            String pair = "[]".indexOf(glued.group().charAt(0)) >= 0 ? "[]" : "{}";
            if (lineAround(text, glued.start()).chars().filter(c -> pair.indexOf(c) >= 0).count() == 1) {
                findings.add(finding(glued.start(), glued.end(), "Stray bracket '" + glued.group()
                        + "' glued to a word", List.of("")));
            }
        }
        findings.sort(Comparator.comparingInt(Finding::start));
        return findings;
    }

    private static String lineAround(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at) + 1;
        int lineEnd = text.indexOf('\n', at);
        return text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    }

    private boolean isLowercaseGerman(String word) {
        return Character.isLowerCase(word.charAt(0)) && GermanWords.isGermanWord(lexicon, word);
    }

    /**
     * A symbol glued to a word, deleted. Before a word, that word must be German: "¿Qué" opens a Spanish question,
     * a translation miss of its own.
     */
    private List<Finding> gluedSymbols(AnalysedText analysed) {
        List<Finding> findings = new ArrayList<>();
        Matcher m = GLUED_SYMBOL.matcher(analysed.text());
        while (m.find()) {
            if (m.group().equals("•") && (m.start() == 0 || analysed.text().charAt(m.start() - 1) == '\n')
                    && isListBullet(analysed.text(), m.start())) {
                continue;
            }
            // "¿" and "¡" open Spanish words and "\\" escapes, so before a word only a German one makes them stray
            if (m.group(1) == null || "¿¡\\".indexOf(m.group().charAt(0)) < 0
                    || GermanWords.isGermanWord(lexicon, m.group(1))) {
                findings.add(finding(m.start(), m.end(), "Stray symbol '" + m.group() + "' glued to a word: delete it",
                        List.of("")));
            }
        }
        // a paid service is named in the singular ("Disney+", "Bild+"): after a plural the "+" is stray
        Matcher plus = PLUS_AFTER_WORD.matcher(analysed.text());
        while (plus.find()) {
            List<AnalyzedToken> readings = readingsOrHead(plus.group(1));
            if (readings.stream().anyMatch(r -> r.getPOSTag().startsWith("SUB:NOM:PLU"))
                    && readings.stream().noneMatch(r -> r.getPOSTag().startsWith("SUB:NOM:SIN")
                            || r.getPOSTag().startsWith("EIG"))) {
                findings.add(finding(plus.end(1), plus.end(1) + 1, "Stray mark '+' glued to a word: delete it",
                        List.of("")));
            }
        }
        Matcher code = GLUED_CODE_MARK.matcher(analysed.text());
        while (code.find()) {
            boolean before = code.group(1) != null;
            if (GermanWords.isGermanWord(lexicon, before ? code.group(2) : code.group(3))) {
                int mark = before ? code.start(1) : code.start(4);
                findings.add(finding(mark, mark + 1, "Stray mark '" + analysed.text().charAt(mark)
                        + "' glued to a word: delete it", List.of("")));
            }
        }
        return findings;
    }

    /**
     * A bullet opening a line is a list item's when a space follows it or another line opens with one too; glued to the
     * only paragraph that has one ("•Vor den Ständen …") it is debris.
     */
    private static boolean isListBullet(String text, int at) {
        return at + 1 < text.length() && Character.isWhitespace(text.charAt(at + 1))
                || BULLET_LINE.matcher(text).results().limit(2).count() > 1;
    }

    /** The word's readings, or for a compound the tagger lacks those of its last noun ("Linienbusse": "Busse"). */
    private List<AnalyzedToken> readingsOrHead(String word) {
        List<AnalyzedToken> readings = lexicon.readings(word);
        for (int k = 1; readings.isEmpty() && k <= word.length() - MIN_CAPITALISED_WORD - 1; k++) {
            readings = lexicon.readings(Character.toUpperCase(word.charAt(k)) + word.substring(k + 1));
        }
        return readings;
    }

    private static boolean followsSymbol(String text, int start) {
        return start > 0 && isSymbol(text.charAt(start - 1));
    }

    private static boolean followsNumberOrSymbol(String text, int start) {
        return NUMBER_BEFORE.matcher(text.substring(Math.max(0, start - 2), start)).find()
                || start > 0 && isSymbol(text.charAt(start - 1));
    }

    private static boolean isSymbol(char c) {
        int type = Character.getType(c);
        return type == Character.CURRENCY_SYMBOL || type == Character.MATH_SYMBOL || type == Character.OTHER_SYMBOL
                || type == Character.MODIFIER_SYMBOL;
    }

    private boolean isStray(String token, String repaired) {
        if (lexicon.isKnown(token) || !lexicon.isKnown(repaired) || repaired.length() < MIN_CAPITALISED_WORD
                && !GermanWords.hasTag(lexicon, repaired.toLowerCase(Locale.GERMAN), FUNCTION_TAGS)) {
            return false;
        }
        if (BRAND_PREFIX.matcher(token.substring(0, 1)).matches()) {
            return !lexicon.readings(repaired).isEmpty() && !lexicon.hasTag(repaired, "SUB")
                    && !lexicon.hasTag(repaired, "EIG");
        }
        return true;
    }

    @Override
    public String description() {
        return "A stray letter glued to the front of a capitalised word or alone between words, left over from a drop "
                + "cap, lost markup or a slipped key; a character of another alphabet glued to the end of a German "
                + "word; a symbol alone between two words.";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.wrong("Gezählt wurden rund 18.400 jTeilnehmende.", "jTeilnehmende",
                        "Gezählt wurden rund 18.400 Teilnehmende."),
                DetectorExample.wrong("Es gibt Spuren für Linienbusse+ und Taxis.", "+",
                        "Es gibt Spuren für Linienbusse und Taxis."),
                DetectorExample.right("Das Spiel läuft auf Disney+ und Bild+, nicht auf Apple TV+."),
                DetectorExample.wrong("Mehrere Erdrutsche% blockieren die Straße.", "%",
                        "Mehrere Erdrutsche blockieren die Straße."),
                DetectorExample.wrong("Sie verglichen die Daten der Probanden} mit Laborwerten.", "}",
                        "Sie verglichen die Daten der Probanden mit Laborwerten."),
                DetectorExample.wrong("Die Lage ist angespannt. ]Mehrere Straßen sind gesperrt.", "]",
                        "Die Lage ist angespannt. Mehrere Straßen sind gesperrt."),
                DetectorExample.wrong("Smog und Kälte:: Teheran schließt Schulen", "Kälte::",
                        "Smog und Kälte: Teheran schließt Schulen"),
                DetectorExample.wrong("Der Tag begann früh.\n\n•Vor den Ständen bildeten sich Schlangen.", "•",
                        "Der Tag begann früh.\n\nVor den Ständen bildeten sich Schlangen."),
                DetectorExample.wrong("Der dreifache Olympiasieger2 kam nach einem Sturz ins Ziel.", "2",
                        "Der dreifache Olympiasieger kam nach einem Sturz ins Ziel."),
                DetectorExample.right("Liste:\n• Eins\n•Zwei\n\nEr lief 21,93 mSilber holte Müller."),
                DetectorExample.right("Formel {x} und {Name}; Hannover96 siegte mit 5 % bei Formel1 Rennen. Sport1 "
                        + "überträgt live."),
                DetectorExample.wrong("Er traf ins lange Eck. ~ Das Stadion bebte.", "~",
                        "Er traf ins lange Eck. Das Stadion bebte."),
                DetectorExample.wrong("Die Gäste holen sich die Serie. |\n\nDas Spiel ist aus.", "|",
                        "Die Gäste holen sich die Serie.\n\nDas Spiel ist aus."),
                DetectorExample.wrong("Bild 5: §Frauen tanzen am Feuer.", "§", "Bild 5: Frauen tanzen am Feuer."),
                DetectorExample.wrong("Die Trainerin sagt: ´Wir trainieren jeden Tag.", "´",
                        "Die Trainerin sagt: Wir trainieren jeden Tag."),
                DetectorExample.right("Die Temperatur liegt bei ~ 20 Grad, laut § 5 der Satzung; Drucken | Teilen"),
                DetectorExample.wrong("Der Schnitt dient der Gesundheit der Tiere. ç\n\nDanach folgt die Kontrolle.", " ç",
                        "Der Schnitt dient der Gesundheit der Tiere.\n\nDanach folgt die Kontrolle."),
                DetectorExample.wrong("Die Fundamente für zwei Pfeiler§ müssen neu berechnet werden.", "§",
                        "Die Fundamente für zwei Pfeiler müssen neu berechnet werden."),
                DetectorExample.right("Die Regel steht in § 5 des Gesetzes, siehe auch §§ 7 und 8."),
                DetectorExample.wrong("Die Kapelle spielte bis zum Abend. ¦ Danach begann das Feuerwerk.", "¦",
                        "Die Kapelle spielte bis zum Abend. Danach begann das Feuerwerk."),
                DetectorExample.right("Der Verein schrieb: Danke an alle! 🙏 Wir sehen uns. Dauer: ~ zwei Stunden."),
                DetectorExample.wrong("Die Inflation sank im Mai. ^ Im Juni stieg sie wieder.",
                        "^",
                        "Die Inflation sank im Mai. Im Juni stieg sie wieder."),
                DetectorExample.wrong("Wer Ruhe sucht, fährt in die Berge^. Dort ist es kühler.",
                        "^",
                        "Wer Ruhe sucht, fährt in die Berge. Dort ist es kühler."),
                DetectorExample.right("Bei 20 °C und 10^6 Zellen pro Milliliter wächst die Kultur."),
                DetectorExample.wrong("Der Leuchtturm· steht direkt am Hafen.", "·",
                        "Der Leuchtturm steht direkt am Hafen."),
                DetectorExample.wrong("Essen Sie dort, wo viele Einheimische ๆ anstehen.", "ๆ",
                        "Essen Sie dort, wo viele Einheimische anstehen."),
                DetectorExample.wrong("Viele Investoren° wetten darauf.", "°", "Viele Investoren wetten darauf."),
                DetectorExample.right("Bei 20° im Schatten liegt der Ort auf 45°N."),
                DetectorExample.wrong("Schreckt das nicht ab?\n\n+Nein. Wer geht, geht.", "+Nein",
                        "Schreckt das nicht ab?\n\nNein. Wer geht, geht."),
                DetectorExample.wrong("Die Tendenzd ist steigend, sagte er.", "Tendenzd",
                        "Die Tendenz ist steigend, sagte er."),
                DetectorExample.right("Ein Plastiksackerl, ein Leiberl, 9.000 Euro Schmerzengeld und Nicole Solarz, der "
                        + "Wechsel auf Systemd."),
                DetectorExample.wrong("Nach sechs Spielen ohne Niederlage] war er zufrieden.", "]",
                        "Nach sechs Spielen ohne Niederlage war er zufrieden."),
                DetectorExample.wrong("Die Arena bebte. `Danach hatten beide Teams Chancen.", "`",
                        "Die Arena bebte. Danach hatten beide Teams Chancen."),
                DetectorExample.wrong("Die Pfähle sind tief. ^Die Arbeiten ruhen.", "^",
                        "Die Pfähle sind tief. Die Arbeiten ruhen."),
                DetectorExample.right("Die Serie läuft bei Disney+, das Interview bei Bild+, die Preise stiegen um ~5 "
                        + "Prozent, 2^10 ist 1024."),
                DetectorExample.wrong("Für die Küste# gilt die zweithöchste Warnstufe.", "#",
                        "Für die Küste gilt die zweithöchste Warnstufe."),
                DetectorExample.right("Er programmiert in C# und F#, liest [sic] und folgt #MeToo."),
                DetectorExample.wrong("Die Feuerwehr rückte aus. kDie Straße blieb gesperrt.",
                        "kDie",
                        "Die Feuerwehr rückte aus. Die Straße blieb gesperrt."),
                DetectorExample.wrong("Untersucht wurden Bohrkerne × aus zehn Metern Tiefe.", "× aus",
                        "Untersucht wurden Bohrkerne aus zehn Metern Tiefe."),
                DetectorExample.wrong("Ausgewachsene Weibchen } erreichen elf Millimeter.", "} erreichen",
                        "Ausgewachsene Weibchen erreichen elf Millimeter."),
                DetectorExample.wrong("Die meisten Anwohner k fordern mehr Lärmschutz.",
                        "k fordern",
                        "Die meisten Anwohner fordern mehr Lärmschutz."),
                DetectorExample.wrong("Die Gewerkschaftˇ fordert mehr Lohn.", "Gewerkschaftˇ",
                        "Die Gewerkschaft fordert mehr Lohn."),
                DetectorExample.wrong("Sie opferte einen Springer ♞ und griff an.", "♞ und",
                        "Sie opferte einen Springer und griff an."),
                DetectorExample.wrong("Man werde alle Möglichkeiten prüfen ‡.", " ‡",
                        "Man werde alle Möglichkeiten prüfen."),
                DetectorExample.wrong("Die Genossen¬schaften fordern mehr Geld.", "¬",
                        "Die Genossenschaften fordern mehr Geld."),
                DetectorExample.wrong("Sie versorgt 6.500 Patienten| unterstützt von Leihärzten.", "|",
                        "Sie versorgt 6.500 Patienten, unterstützt von Leihärzten."),
                DetectorExample.right("Foto © APA. Bei 20 °C tagte der Ausschuss (§ 5).\n• Erster Punkt\n•Zweiter Punkt"),
                DetectorExample.wrong("Die Provinzregierung • hatte den Antrag abgelehnt.", "• hatte",
                        "Die Provinzregierung hatte den Antrag abgelehnt."),
                DetectorExample.wrong("Die Polizei kder Stadt sperrte die Straße.", "kder",
                        "Die Polizei der Stadt sperrte die Straße."),
                DetectorExample.wrong("Für die meisten Bürgerq ist das ein Wohlfahrtsstaat.", "Bürgerq",
                        "Für die meisten Bürger ist das ein Wohlfahrtsstaat."),
                DetectorExample.wrong("Die Schäden würden ermittelt. C Zuvor hatte der Präsident gewarnt.", "C Zuvor",
                        "Die Schäden würden ermittelt. Zuvor hatte der Präsident gewarnt."),
                DetectorExample.right("Vitamin C ist gesund, Plan B auch, das A und O bleibt von A bis Z die Gruppe "
                        + "A. Das P steht für Premium, Schaub und Kallax spielen, I bin a Weh."),
                DetectorExample.right("Bei 20 °C und § 5 der Ordnung gilt: Łódź, Kraków, Škoda, Ibrahimović, Istanbuls."),
                DetectorExample.right("Sie kaufte ein iPhone bei eBay, und die KfW zahlte die Förderung."),
                DetectorExample.right("Das betrifft z. B. Wien, u. a. Graz und d. h. auch Linz; siehe a) und b)."),
                DetectorExample.right("Der Raum misst 3 x 4 Meter, die Platte Länge x Breite 5 m mal 2 m."),
                DetectorExample.right("Das Lokal heißt „Pan y Vino“, das Motto lautet „Roma e Milano“."),
                DetectorExample.right("Es ist a Wahnsinn, sagte er, und das e in Daesh steht für Staat."),
                DetectorExample.wrong("In die Finalrunde gelangt eine z Partei mit zehn Prozent.", "z Partei",
                        "In die Finalrunde gelangt eine Partei mit zehn Prozent."),
                DetectorExample.wrong("Zusätzlich kann der V Fingerabdruck zur Autorisierung dienen.", "V Fingerabdruck",
                        "Zusätzlich kann der Fingerabdruck zur Autorisierung dienen."),
                DetectorExample.right("Er nimmt Vitamin C und hat einen Plan B, von A bis Z."),
                DetectorExample.wrong("Die Opposition wirft · der Regierung vor, zu zögern.", "· der",
                        "Die Opposition wirft der Regierung vor, zu zögern."),
                DetectorExample.wrong("Betroffen sind vor allem Mitarbeitende ] in der Verwaltung.", "] in",
                        "Betroffen sind vor allem Mitarbeitende in der Verwaltung."),
                DetectorExample.wrong("„Die Silos ’ sind voll“, sagte er.", "’ sind", "„Die Silos sind voll“, sagte er."),
                DetectorExample.wrong("Der Markt wächst.\n\n▲Der Konzern stellt ein.", "▲",
                        "Der Markt wächst.\n\nDer Konzern stellt ein."),
                DetectorExample.right("Artikel merken · Drucken · Teilen\nDas Feld [A] und die Gruppe [B] sind gleich, "
                        + "sagt ‚Max‘ und teilt es · Mehr dazu"),
                DetectorExample.wrong("Die Schau kommt aus Paris · und reist weiter.", "· und",
                        "Die Schau kommt aus Paris und reist weiter."),
                DetectorExample.wrong("Der Markt öffnet im Mai ¶\nDer Eintritt ist frei.", " ¶",
                        "Der Markt öffnet im Mai\nDer Eintritt ist frei."),
                DetectorExample.right("Was für ein Abend 🎉\nDie Gäste feierten."),
                DetectorExample.wrong("Alle wissen, was Hitze״ bedeutet.", "״", "Alle wissen, was Hitze bedeutet."));
    }
}
