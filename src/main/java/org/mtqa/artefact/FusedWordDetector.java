package org.mtqa.artefact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.languagetool.AnalyzedToken;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.EditDistance;
import org.mtqa.text.Spans;
import org.springframework.stereotype.Component;

/**
 * Two words, or a word and a number, run together where a link or a space was lost. Only tokens that the speller does
 * not know, that occur once (a form the text repeats is its own vocabulary: a name or a brand) and that stand among
 * German words are candidates. By shape:
 * <ul>
 * <li>a lower-case word run into a capitalised one ("derKanzler", "imParlament"): the left part is a German word of two
 * letters or more, which brand casing ("iPhone", "eBay") is not;</li>
 * <li>two capitalised words ("HochwasserNeue", "PreisErhöhung"), where a heading met the sentence before or two labels
 * met: both are German words, the left one of four letters or more, which name and brand casing ("DiCaprio",
 * "ProSieben", "WhatsApp", "PayPal") is not; gender forms ("BürgerInnen") stay out;</li>
 * <li>a word run into a number or a number into a word ("mit17", "Jahr2023", "2019Weitere"): the word is a German word
 * of two letters or more, which names of things ("G7", "A380", "CO2", "U18") are not, and a lower-case word after a
 * number is a function word, not a unit or an ending ("15km", "90er", "3mal");</li>
 * <li>a plain word with a function word glued to it ("Bundesratam", "wirdso", "teilteder", "vonallen"): the other part
 * is a word the text uses or a common one, and a glued article fits the word after it; else the speller itself
 * proposes the split and the text uses both parts.</li>
 * </ul>
 */
@Component
public class FusedWordDetector implements ArtefactDetector {

    /** "in", "mit", "bei": longer prepositions ("unter", "über") form adjectives the dictionary may lack. */
    private static final int MAX_GLUED_PREPOSITION = 3;
    /** Plain words only: no inner capitals, digits, hyphens or apostrophes. */
    private static final Pattern PLAIN_WORD = Pattern.compile("\\p{L}\\p{Ll}{3,}");

    private static final Pattern LOWER_THEN_CAPITAL = Pattern.compile("(\\p{Ll}{2,})(\\p{Lu}\\p{Ll}+)");

    private static final Pattern ACRONYM_THEN_LOWER = Pattern.compile("(\\p{Lu}{2,})(\\p{Ll}{2,})");

    private static final Pattern CAPITAL_THEN_CAPITAL = Pattern.compile("(\\p{Lu}\\p{Ll}+)(\\p{Lu}\\p{Ll}+)");

    /** Between a lower-case letter and a capital: where a chain of glued words breaks ("imZusammenhangmit"). */
    private static final Pattern CASE_CHANGE = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    /** An acronym, perhaps with digits and a hyphenated rest: "FPÖ", "U21-EM", "STANDARD", "U19-Teams". */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d]+(?:-\\p{L}[\\p{L}\\d]*)*");
    /** A name's shape: a capital and lower-case letters ("Novak"). */
    private static final Pattern NAME_PART = Pattern.compile("\\p{Lu}\\p{Ll}{2,}");

    /** A word, then digits, then perhaps a hyphenated rest ("mit17-Jährigen") or a decade's ending ("den1990er"). */
    private static final Pattern WORD_THEN_NUMBER = Pattern.compile("(\\p{L}\\p{Ll}+)(\\p{N}+)(?:-.+|er|ern|ers)?");

    /**
     * A number right before a word: digits with inner separators ("14.30", "1.250"), not part of a code, a score, an
     * address or a longer token.
     */
    private static final Pattern NUMBER_AT_END =
            Pattern.compile("(?<![\\p{L}\\p{N}.,:/_#@=\\-])\\p{N}+(?:[.,]\\p{N}+)*$");

    /** A year of the last or this century: "1990", "2017". */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    /** Adverbs, adjectives and finite verbs: "dann", "komplett", "folgte". */
    private static final Set<String> YEAR_DERIVATION = Set.of("er", "ern", "ers");
    private static final Pattern AFTER_YEAR_TAG = Pattern.compile("ADV|ADJ|VER:(?:(?:AUX|MOD):)?[123]:");
    /** Endings that German writes straight after digits ("90er", "68ern", "2024erin"): derivations, not words. */
    private static final Pattern NUMBER_SUFFIX = Pattern.compile("er(?:n|s|in|innen)?");

    /** A whitespace-free run is an address, a handle or a file name when it holds one of these. */
    private static final Pattern ADDRESS = Pattern.compile("[/@#=_\\\\]|\\p{L}\\.\\p{Ll}{2,}");

    /** The gender endings written with an inner capital ("BürgerInnen", "LehrerIn"): one word, not two. */
    private static final Set<String> GENDER_ENDINGS = Set.of("In", "Innen");
    /** A gender mark and ending after a stem: ":innen", "*in", "_innen", "/innen". */
    private static final Pattern GENDER_MARK_AFTER = Pattern.compile("[:*_/]in(?:nen)?(?!\\p{L})");

    /** Closed word classes: articles, prepositions, conjunctions, pronouns, negation, adverbs, auxiliaries, modals. */
    private static final Pattern FUNCTION_TAG = Pattern.compile("ART|PRP|KON|PRO|NEG|ADV|VER:(?:AUX|MOD)");

    /**
     * A noun of its own, not an adjective or participle used as one ("die Betonte"): only a real noun ends compounds
     * that look like a name and a verb.
     */
    private static final Pattern NOUN_PROPER = Pattern.compile("^SUB:(?!.*:ADJ$)");

    private static final Pattern FINITE_AUXILIARY = Pattern.compile("VER:(?:AUX|MOD):[123]:");
    /** A third person, as a name or noun before it takes: "soll", "hat"; "bin" ends names ("Zerobin"). */
    /** A finite form of "haben", "sein" or "werden", which a participle completes. */
    private static final Pattern FINITE_TENSE_AUXILIARY = Pattern.compile("VER:AUX:[123]:");
    private static final Pattern THIRD_PERSON_AUXILIARY = Pattern.compile("VER:(?:AUX|MOD):3:");
    private static final Pattern INFINITIVE = Pattern.compile("VER:(?:(?:AUX|MOD):)?INF");

    /** What may be glued after a noun: articles, prepositions, conjunctions, auxiliaries and modals. */
    private static final Pattern GLUED_AFTER_NOUN = Pattern.compile("ART|PRP|KON|VER:(?:AUX|MOD)");
    /** Names near a noun with a glued function word are no sign of a foreign passage: a sentence has a few. */
    private static final int MAX_UNKNOWN_NEAR_GLUED_NOUN = 2;

    /** Articles, prepositions and conjunctions: nouns follow them. */
    private static final Pattern GLUED_FUNCTION_TAGS = Pattern.compile("ART|PRP|KON");
    /**
     * The same without adverbs: after a number, "mal" and the like are part of the number word ("3mal"); with verbs
     * in the past tense ("1969eröffnete"), which no number word ends in ("5fach" is also a verb in the present).
     */
    private static final Pattern FUNCTION_TAG_AFTER_NUMBER = Pattern.compile("ART|PRP|KON|PRO|VER:(?:AUX|MOD)"
            + "|VER:[123]:(?:SIN|PLU):PRT");

    /**
     * Function words that are also inflection and derivation endings: split off they turn a name or an unknown
     * derivation or a typo into two words ("Wissenschaft er", "Kleinwalsertal es", "Put in", "gefangen gen").
     */
    private static final Set<String> ENDING_LOOKALIKES = Set.of("er", "es", "em", "in", "an", "ins", "gen");

    /** Articles and demonstratives; personal and reflexive pronouns form no adverbs ("sichfür" is two words). */
    private static final Pattern PRONOMINAL = Pattern.compile("ART|PRO:(?!PER|REF)");

    private static final Pattern VERBAL = Pattern.compile("VER|PA[12]");


    /** An article or a number word: "die", "einem", "fünf". */
    private static final Pattern ARTICLE_OR_NUMERAL = Pattern.compile("ART|ZAL");
    private static final int MIN_THING_BEFORE_IN = 5;
    /** Closed classes that make words with a number ("abertausend", "zudritt"): articles, prepositions, conjunctions, pronouns. */
    private static final Pattern FUNCTION_TAG_NOT_ADVERB = Pattern.compile("ART|PRP|KON|PRO");

    /** A number word or a personal pronoun: "zwei", "sie". */
    private static final Pattern NUMBER_OR_PERSONAL = Pattern.compile("ZAL|PRO:PER");
    /** A verb in the indicative of narration: news reports what happened, not what would ("sprächen"). */
    private static final Pattern THIRD_PERSON_FULL_VERB = Pattern.compile("VER:3:(?:SIN|PLU):(?:PRÄ|PRT)");

    /** A finite verb, a participle or a zu-infinitive ("einzulegen"): no noun compound ends in one. */
    private static final Pattern FINITE_OR_PARTICIPLE = Pattern.compile("VER:(?:(?:AUX|MOD):)?[123]:|VER:PA2|PA2|VER:EIZ");

    /** Conjunctions and finite auxiliaries and modals: words that never begin a compound. */
    private static final Pattern LINKING = Pattern.compile("KON|VER:(?:AUX|MOD):[123]");

    /** An adjective with a derivational suffix: "ungewöhnlich", "ruhig", "politisch", "offiziell", "massiv". */
    private static final Pattern DERIVED_ADJECTIVE = Pattern.compile("\\p{Ll}{2,}(?:lich|ig|isch|bar|sam|haft|los|iv|ell)");

    /** Derived adjectives that Duden lets join a participle: "niedrigqualifiziert", "aggressivwirkend". */
    private static final Pattern JOINABLE_BEFORE_PARTICIPLE = Pattern.compile("\\p{Ll}+(?:ig|iv|ell)");

    /** Articles that are also Latin prefixes ("desillusioniert", "demotiviert"). */
    private static final Set<String> PREFIX_ARTICLES = Set.of("des", "dem");

    /** "-end" and an adjective ending ("e", "en", "er", "es", "em"): what a participle stem ending in "en" takes. */
    private static final Set<String> ARTICLES_AFTER_PARTICIPLE_STEM = Set.of("de", "den", "der", "des", "dem");

    /** Prefixes that form valid compounds with nearly any word ("nichtdigitale", "Antiterror"). */
    private static final Set<String> WORD_FORMING_PREFIXES = Set.of(
            "nicht", "halb", "selbst", "super", "ultra", "anti", "pro", "neo", "post", "semi", "multi", "inter", "mega",
            "mini", "ex", "ur", "un", "miss");

    private static final Pattern INNER_CAPITAL = Pattern.compile("\\p{Ll}\\p{Lu}");

    /** How far, in words, another camel-case name makes camel case the text's naming style. */
    private static final int CAMEL_CASE_REACH = 8;

    private static final int MIN_PART = 2;
    /** Word chains are sought in tokens of this length or longer: three glued words are rarely shorter. */
    private static final int MIN_CHAIN_TOKEN = 9;
    private static final int MIN_CHAIN_PARTS = 3;
    private static final int MAX_CHAIN_PARTS = 4;
    /** The longest part considered in a chain, which bounds the dictionary lookups per token. */
    private static final int MAX_CHAIN_PART = 24;

    /** The shortest noun that is run into a capitalised name rather than opening a camel-case brand. */
    private static final int MIN_COMPOUND_BEFORE_NAME = 9;

    /** How far back a number glued to a word is looked for, in characters: longer numbers are data. */
    private static final int NUMBER_REACH = 20;

    /** How many words on each side are looked at for a token standing among German words. */
    private static final int NEIGHBOURS = 2;

    /**
     * Longer tokens are no two words run together (the longest German words in use have some 40 letters) but data,
     * and trying every split of them with the speller would take minutes.
     */
    private static final int MAX_TOKEN = 64;

    /** Shorter capitalised left parts are name particles and brand prefixes ("Di", "Mc", "Mac", "Pro", "Bio"). */
    private static final int MIN_NOUN_PART = 4;
    /** A degree adverb glued to a present participle has this many letters at least: "besonders", "äußerst". */
    private static final int MIN_ADVERB_BEFORE_PARTICIPLE = 6;
    /** A name glued to a short preposition has this many letters at least: brands open with short words ("amPuls"). */
    private static final int MIN_NAME_AFTER_PREPOSITION = 6;
    /** A finite verb glued to a name has this many letters at least: shorter endings look like verbs ("-ern"). */
    private static final int MIN_VERB_PART = 5;
    /** A name the speller knows, glued to a verb, has this many letters at least: short ones end words ("Ida"). */
    private static final int MIN_KNOWN_NAME_BEFORE_VERB = 5;
    /** A participle glued after a name has this many letters at least: "gegründetes", "gebauten". */
    private static final int MIN_PARTICIPLE = 8;
    /** A conjunction or preposition glued after a name has this many letters at least: "sowie", "gegen". */
    private static final int MIN_LONG_FUNCTION_WORD = 5;
    /** The longest inseparable verb prefix: "be-", "ge-", "er-", "ver-", "ent-", "zer-". */
    private static final int MAX_VERB_PREFIX = 3;
    /** What ends a sentence or a clause between two words: a verb beyond a comma belongs to another clause. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?:;,\\n]");

    /**
     * Weaker evidence needs parts of a real word's length: the speller happily cuts off inflection and derivation
     * ("Wissenschafter" as "Wissenschaft er", "Lissaboner" as "Lissabon er").
     */
    private static final int MIN_WORD_PART = 3;
    /** A verb glued to an acronym this long; shorter capitals take endings of their own ("CDs", "GmbHs"). */
    private static final int MIN_ACRONYM_BEFORE_VERB = 3;
    /** An adjective glued to a plural this long at least: short ones are suffixes ("-los", "-arm"). */
    private static final int MIN_ADJECTIVE_PART = 4;

    private final GermanLexicon lexicon;

    public FusedWordDetector(GermanLexicon lexicon) {
        this.lexicon = lexicon;
    }


    @Override
    public Category category() {
        return Category.FUSED_WORD;
    }

    @Override
    public List<Finding> detect(AnalysedText analysed) {
        String text = analysed.text();
        Map<String, Integer> counts = analysed.wordCounts();
        List<Finding> findings = new ArrayList<>();
        List<Spans.Span> words = analysed.words();
        Matcher genderMark = GENDER_MARK_AFTER.matcher(text);
        for (int w = 0; w < words.size(); w++) {
            Spans.Span word = words.get(w);
            String token = word.value();
            // the stem of a gender form ("Stadträt:innen", "Kolleg*innen") is no word of its own
            if (token.length() > MAX_TOKEN || genderMark.region(word.end(), text.length()).lookingAt()) {
                continue;
            }
            int numberStart = numberStartBefore(text, word.start());
            if (numberStart >= 0) {
                numberThenWord(text, numberStart, word).ifPresent(findings::add);
            } else if (counts.get(token) == 1 && !lexicon.isKnown(token)) {
                // the text's longer word in the token makes it that word's genitive or compound: "Rheinau", "Rheinaus"
                split(text, words, w, counts).filter(split -> !inAddress(text, word.start(), word.end()))
                        .filter(split -> split.indexOf(' ') < 0 || !usesLongerPrefix(token, split.indexOf(' '), counts))
                        .filter(split -> !isTypoOfOneWord(token, split))
                        .filter(split -> !isCompoundWithBrokenPart(token, split))
                        .ifPresent(split -> findings.add(finding(word.start(), word.end(),
                                "Words run together: '" + token + "' should probably be '" + split + "'",
                                List.of(split))));
            }
        }
        return findings;
    }

    /**
     * A compound the tagger reads as one word, split so that its left part is no word: "Neunmeterschießen" is no
     * "Neunmetersc hießen". A name glued to a word ("Cherbourgfallen") has no reading as a compound.
     */
    private boolean isCompoundWithBrokenPart(String token, String split) {
        int space = split.indexOf(' ');
        return space > 0 && !lexicon.readings(token).isEmpty() && !lexicon.isKnown(split.substring(0, space));
    }

    /**
     * A split into three words or more that is one letter off a single word: "vorraussichtlich" is a typo of
     * "voraussichtlich", not "vor raus sichtlich". The speller is asked last, as its suggestions are slow.
     */
    private boolean isTypoOfOneWord(String token, String split) {
        return split.chars().filter(c -> c == ' ').count() >= 2 && isOneLetterOffAWord(token);
    }

    /** The speller suggests a single word one edit away. Its suggestions are slow: callers ask this last. */
    private boolean isOneLetterOffAWord(String token) {
        return lexicon.suggestions(token).stream().anyMatch(s -> s.indexOf(' ') < 0 && EditDistance.isOneEdit(token, s));
    }

    /**
     * A number glued to the front of a word ("2019Weitere"), once in the text. A number glued to a German word is no
     * foreign passage, so it needs no German words around.
     */
    private Optional<Finding> numberThenWord(String text, int numberStart, Spans.Span word) {
        String fused = text.substring(numberStart, word.end());
        boolean afterYear = YEAR.matcher(text.substring(numberStart, word.start())).matches()
                && isWordAfterYear(word.value());
        if (!(isWordAfterNumber(word.value()) || afterYear) || text.indexOf(fused) != text.lastIndexOf(fused)
                || inAddress(text, numberStart, word.end())) {
            return Optional.empty();
        }
        String split = text.substring(numberStart, word.start()) + " " + word.value();
        return Optional.of(finding(numberStart, word.end(),
                "A number and a word run together: '" + fused + "' should probably be '" + split + "'",
                List.of(split)));
    }

    /** The split of a token by its shape, if the evidence for that shape holds. */
    private Optional<String> split(String text, List<Spans.Span> words, int index, Map<String, Integer> counts) {
        String token = words.get(index).value();
        String next = index + 1 < words.size() ? words.get(index + 1).value() : null;
        Matcher m = WORD_THEN_NUMBER.matcher(token);
        if (m.matches()) {
            // a capitalised word with one or two digits is a brand's or a channel's name ("Check24", "Sat1"); a glued
            // year ("Jahr2023"), a lower-case word ("mit17") or a function word opening a sentence ("Mit43") is none
            boolean brand = Character.isUpperCase(token.charAt(0)) && m.group(2).length() <= 2
                    && !hasTag(m.group(1).toLowerCase(Locale.GERMAN), FUNCTION_TAG);
            return isGermanWord(m.group(1)) && !brand ? Optional.of(m.group(1) + " " + token.substring(m.end(1)))
                    : Optional.empty();
        }
        m = ACRONYM_THEN_LOWER.matcher(token);
        // an acronym with a function word glued on ("NMBSund", "EUder"); derivations ("ÖVPler", "NGOs") are no such word
        if (m.matches() && isFunctionWord(m.group(2))
                && fitsNextWord(m.group(2), next)) {
            return Optional.of(m.group(1) + " " + m.group(2));
        }
        // or a verb of some length, which German never writes as an acronym's ending ("RATPmelden für …")
        if (m.matches() && m.group(1).length() >= MIN_ACRONYM_BEFORE_VERB && m.group(2).length() > MIN_WORD_PART
                && GermanWords.isVerbOnly(lexicon, m.group(2))) {
            return Optional.of(m.group(1) + " " + m.group(2));
        }
        m = LOWER_THEN_CAPITAL.matcher(token);
        boolean lowerThenCapital = m.matches();
        // a German article, preposition or conjunction glued to a known word is evidence enough ("derBürgermeister")
        if (lowerThenCapital && isFunctionWordGlued(m.group(1), m.group(2))) {
            // a rest the dictionary lacks may be a word with another function word glued on ("imLaufeder")
            Optional<String> chain = lexicon.isKnown(m.group(2)) ? Optional.empty() : chainSplit(token, next, counts);
            return Optional.of(chain.orElse(m.group(1) + " " + m.group(2)));
        }
        // an inflected adjective before a noun ("syrischenBürgerkrieg") is a phrase, never a brand's casing
        if (lowerThenCapital && m.group(1).length() >= MIN_WORD_PART && hasTag(m.group(1), GermanWords.ATTRIBUTIVE)) {
            if (lexicon.hasTag(m.group(2), "SUB") && !lexicon.hasTag(m.group(2), "EIG")) {
                return Optional.of(m.group(1) + " " + m.group(2));
            }
            // the noun with a function word glued on as well ("vorläufigeEndergebnisder")
            Optional<String> noun = lexicon.isKnown(m.group(2)) ? Optional.empty()
                    : bestSplit(m.group(2), next, counts);
            if (noun.isPresent() && lexicon.hasTag(noun.get().substring(0, noun.get().indexOf(' ')), "SUB")) {
                return Optional.of(m.group(1) + " " + noun.get());
            }
        }
        Optional<String> chain = chainSplit(token, next, counts);
        if (chain.isPresent()) {
            return chain;
        }
        // a noun or a name with a function word glued on that fits the next word, or a name with its verb glued on,
        // stands out even among names ("Lautaro Ramírezden Pfosten", "Der Exportanteilvon Meblex", "Claire
        // Morvanbetonte")
        // the sentence scan runs only for a token that splits into a word and a verb
        BooleanSupplier verbNeeded = () -> !otherFiniteVerbInSentence(text, words, index);
        Optional<String> glued = nounThenFunctionWord(token, next)
                .or(() -> verbThenFunctionWord(token, next))
                .or(() -> usedWordThenWord(token, next, counts, verbNeeded))
                .or(() -> nameThenLongFunctionWord(token, next))
                .or(() -> nameThenParticiple(token, next))
                .or(() -> PLAIN_WORD.matcher(token).matches()
                        ? nameBeforeVerb(token).filter(split -> verbNeeded.getAsBoolean()) : Optional.empty())
                .or(() -> wordThenNeededVerb(text, words, index))
                .or(() -> knownWordThenConjunction(token, next))
                .or(() -> foreignNameThenFunctionWord(token, next))
                .or(() -> nounOrForeignNameThenName(token));
        if (glued.isPresent() && unknownNear(words, index) <= MAX_UNKNOWN_NEAR_GLUED_NOUN) {
            return glued;
        }
        Optional<String> beforeNoun = prepositionBeforeNounPhrase(token, next);
        if (beforeNoun.isPresent()) {
            return beforeNoun;
        }
        // a German word run into a known capitalised one is strong evidence: one name or code among its four
        // neighbours ("von G29 nicht berücksichtigenDaten nicht") may stand there; the weaker shapes need all German
        if (!amidGermanWords(words, index, lowerThenCapital ? 1 : 0)) {
            return Optional.empty();
        }
        if (lowerThenCapital) {
            // a finite verb run into the name after it: "köpfteIcardi", "teilteVästtrafik mit"
            boolean verbBeforeName = m.group(1).length() >= MIN_VERB_PART && hasTag(m.group(1), GermanWords.FINITE_VERB)
                    && !hasTag(m.group(1), FUNCTION_TAG) && NAME_PART.matcher(m.group(2)).matches();
            return isGermanWord(m.group(1)) && (lexicon.isKnown(m.group(2)) || verbBeforeName)
                    ? Optional.of(m.group(1) + " " + m.group(2)) : Optional.empty();
        }
        if ((m = CAPITAL_THEN_CAPITAL.matcher(token)).matches()) {
            return (isTwoCapitalisedWords(m.group(1), m.group(2)) || isNounBeforeName(m.group(1), m.group(2)))
                    && !isSurnameAfterName(words, index) && !hasCamelCaseNameNear(words, index)
                    ? Optional.of(m.group(1) + " " + m.group(2)) : Optional.empty();
        }
        int hyphen = token.lastIndexOf('-');
        if (hyphen > 0 && hyphen + 1 < token.length()) {
            // the last part of a hyphenated compound with a function word glued on ("Powerplay-Treffervon")
            String part = token.substring(hyphen + 1);
            return NAME_PART.matcher(part).matches() && !lexicon.isKnown(part)
                    ? bestSplit(part, next, counts).map(split -> token.substring(0, hyphen + 1) + split)
                    : Optional.empty();
        }
        // the tagger reads a camel-case token as its lower-case compound ("PreisErhöhung"), a plain one only if known
        if (PLAIN_WORD.matcher(token).matches() && lexicon.readings(token).isEmpty()
                && !isSurnameAfterName(words, index)) {
            int end = words.get(index).end();
            boolean clauseEnd = end < text.length() && ".!?,;:".indexOf(text.charAt(end)) >= 0;
            return bestSplit(token, next, counts).or(() -> wordChain(token, next))
                    .or(() -> adverbThenAdjective(token)).or(() -> adverbThenNumber(token, next))
                    .or(() -> clauseEnd ? pluralNounThenAdjective(token) : Optional.empty());
        }
        return Optional.empty();
    }

    /**
     * A degree adverb or a derived adjective run into the adjective it qualifies ("ungewöhnlichfeucht", "sehrgut",
     * "deutlichhöher"). German joins adjectives freely only after short plain words ("hellblau", "tieftraurig",
     * "vielversprechend"); after a degree adverb or an adjective with a derivational suffix the two are written apart
     * (Duden, D 58). Before a participle either spelling is right ("niedrig qualifiziert", "niedrigqualifiziert"), so
     * the second word must be a plain adjective, or a verb or participle the dictionary lacks joined so
     * ("deutlichverbessert", "kostenlosumbuchen"); a verb particle ("wieder") or a preposition ("unter") is a prefix.
     * A long adverb of time before a plain adjective is written apart as well ("bislang höchste").
     */
    private Optional<String> adverbThenAdjective(String token) {
        if (!Character.isLowerCase(token.charAt(0))) {
            return Optional.empty();
        }
        for (int i = MIN_NOUN_PART; i <= token.length() - MIN_NOUN_PART; i++) {
            String left = token.substring(0, i);
            String right = token.substring(i);
            // a present participle after a degree adverb is an adjective too: "besondersbewegend"
            // ("rosaschimmernd" after a short colour word is a compound)
            // a causal adverb joins with no word after it: "deshalbfestgenommen"
            boolean causal = lexicon.hasTag(left, "ADV:CAU");
            boolean longAdverb = (lexicon.hasTag(left, "ADV:MOD") || causal)
                    && left.length() >= MIN_ADVERB_BEFORE_PARTICIPLE;
            boolean presentParticiple = lexicon.hasTag(right, "PA1") && longAdverb;
            boolean derived = DERIVED_ADJECTIVE.matcher(left).matches() && lexicon.hasTag(left, "ADJ:PRD:GRU");
            // a verb or participle after a long degree adverb or an adjective in "-lich", "-los", "-isch", … is
            // written apart (Duden, D 58): "deutlichverbessert", "kostenlosumbuchen"; "niedrigqualifiziert" may be
            // joined
            boolean verb = right.length() >= MIN_VERB_PART && (lexicon.hasTag(right, "PA2") || lexicon.hasTag(right, "VER"))
                    && (derived && !JOINABLE_BEFORE_PARTICIPLE.matcher(left).matches() || longAdverb);
            if (!lexicon.isKnown(right) || !lexicon.isKnown(left) || lexicon.hasTag(left, "ZUS")
                    || lexicon.hasTag(left, "PRP") || !presentParticiple && !verb && (!lexicon.hasTag(right, "ADJ")
                            || lexicon.hasTag(right, "PA2") || lexicon.hasTag(right, "VER"))) {
                continue;
            }
            // a long adverb of time before an adjective: "bislanghöchste", "derzeitbeste"; short ones join ("immergrün")
            boolean timeAdverb = lexicon.hasTag(left, "ADV:TMP") && left.length() >= MIN_ADVERB_BEFORE_PARTICIPLE
                    && !presentParticiple && !verb;
            if (derived || lexicon.hasTag(left, "ADV:MOD") || causal && longAdverb || timeAdverb) {
                return Optional.of(left + " " + right);
            }
        }
        return Optional.empty();
    }

    /**
     * A capitalised token that is a word the speller knows with an article, preposition, conjunction, auxiliary or
     * modal glued after it: a noun with any of them ("Exportanteilvon", "Entsalzungsanlagesoll"), or a name with an
     * article that fits the next word ("Ramírezden Pfosten", "Sichuanam Montag"). The longest known left part wins. In a
     * hyphenated compound the last part is split.
     */
    private Optional<String> nounThenFunctionWord(String token, String next) {
        int hyphen = token.lastIndexOf('-');
        if (hyphen > 0 && hyphen + 1 < token.length()) {
            // the last part of a hyphenated compound, when the speller lacks it: "Menai-Meerengevor Anglesey"
            String head = token.substring(0, hyphen + 1);
            String last = token.substring(hyphen + 1);
            return lexicon.isKnown(last) ? Optional.empty() : nounThenFunctionWord(last, next).map(split -> head + split);
        }
        if (!Character.isUpperCase(token.charAt(0)) || !PLAIN_WORD.matcher(token).matches()) {
            return Optional.empty();
        }
        for (int i = token.length() - MIN_PART; i >= MIN_NOUN_PART; i--) {
            String left = token.substring(0, i);
            String right = token.substring(i);
            if (ENDING_LOOKALIKES.contains(right) && !isPrepositionAfterThing(left, right)
                    || !hasTag(right, GLUED_AFTER_NOUN) || !lexicon.isKnown(left)
                    || isParticipleEnding(left, right) || isPronominalAdverb(left, right)) {
                continue;
            }
            boolean determiner = !Agreement.ofDeterminer(lexicon, right).isEmpty();
            // a compound ends in a noun ("Bundesheerzeit") or a nominalised infinitive ("Fremddenkenlassen"); a short
            // particle glued on is a name's ending as often ("Grosso")
            String capitalised = Character.toUpperCase(right.charAt(0)) + right.substring(1);
            if (!determiner && (right.length() < MIN_WORD_PART && !isPrepositionAfterThing(left, right)
                    || hasTag(right, INFINITIVE)
                    || !hasTag(right, FINITE_AUXILIARY) && hasTag(capitalised, NOUN_PROPER))) {
                continue;
            }
            // a finite auxiliary or modal takes a word the speller knows and the tagger lacks too: "Victoriaseesoll"
            // before a name or foreign noun the dictionary lacks, agreement cannot be read: a long noun will do
            // ("den Kursverfalldes Forint")
            boolean unknownNext = next != null && Character.isUpperCase(next.charAt(0))
                    && lexicon.readings(next).isEmpty() && left.length() >= MIN_COMPOUND_BEFORE_NAME
                    && lexicon.hasTag(left, "SUB");
            // a compound the speller knows and the tagger lacks, of some length, takes a preposition: "Powerplayzum"
            boolean untagged = lexicon.readings(left).isEmpty() && (hasTag(right, THIRD_PERSON_AUXILIARY)
                    || left.length() >= MIN_COMPOUND_BEFORE_NAME && lexicon.hasTag(right, "PRP"));
            if (determiner ? next != null && (Agreement.determines(lexicon, right, next) || unknownNext
                    || fitsNextWord(right, next) && lexicon.hasTag(right, "PRP") && Character.isDigit(next.charAt(0)))
                    && (isNoun(left) || lexicon.readings(left).isEmpty())
                    : fitsNextWord(right, next) && (isNoun(left) || untagged)) {
                return Optional.of(left + " " + right);
            }
        }
        return Optional.empty();
    }

    /**
     * A plural noun run into the predicative adjective that ends the clause ("haben kaum Hausarztpraxenoffen."): German
     * joins a plural with an adjective only in compounds the speller knows ("jahrelang", "meterhoch"), which never
     * reach here.
     */
    private Optional<String> pluralNounThenAdjective(String token) {
        if (!Character.isUpperCase(token.charAt(0))) {
            return Optional.empty();
        }
        for (int i = MIN_NOUN_PART; i <= token.length() - MIN_ADJECTIVE_PART; i++) {
            String left = token.substring(0, i);
            String right = token.substring(i);
            List<AnalyzedToken> nouns = lexicon.readings(left);
            List<AnalyzedToken> adjectives = lexicon.readings(right);
            boolean pluralOnly = !nouns.isEmpty() && nouns.stream().allMatch(r -> r.getPOSTag() != null
                    && r.getPOSTag().startsWith("SUB") && r.getPOSTag().contains(":PLU"));
            // "offen" is a verb particle too ("offenlassen")
            boolean predicative = adjectives.stream().anyMatch(r -> r.getPOSTag().startsWith("ADJ:PRD"))
                    && adjectives.stream().allMatch(r -> r.getPOSTag() != null
                            && (r.getPOSTag().startsWith("ADJ:PRD") || r.getPOSTag().equals("ZUS")));
            if (pluralOnly && predicative) {
                return Optional.of(left + " " + right);
            }
        }
        return Optional.empty();
    }

    /**
     * An adverb run into the number word of the noun after it ("knappvier Monate", "bislangsechs Fälle"): German
     * joins number words with what follows them ("dreimal", "vierfach"), never with an adverb before them.
     */
    private Optional<String> adverbThenNumber(String token, String next) {
        // a pronominal adverb counts a noun named before: "sieben Gelbe Karten, davonvier an …"
        boolean nounAfter = next != null && Character.isUpperCase(next.charAt(0)) && lexicon.hasTag(next, "SUB");
        for (int i = MIN_WORD_PART; i <= token.length() - MIN_PART; i++) {
            String left = token.substring(0, i);
            String right = token.substring(i);
            // a preposition before a number and its noun is written apart too: "Seitdrei Generationen"
            boolean adverb = (nounAfter || lexicon.hasTag(left, "ADV:PRO")) && lexicon.hasTag(left, "ADV")
                    && !hasTag(left, FUNCTION_TAG_NOT_ADVERB);
            boolean preposition = nounAfter && lexicon.hasTag(left.toLowerCase(Locale.GERMAN), "PRP");
            if ((adverb || preposition) && lexicon.hasTag(right, "ZAL")) {
                return Optional.of(left + " " + right);
            }
        }
        return Optional.empty();
    }

    /**
     * "in" after a noun that has no masculine reading ("Studioin Kyoto"): the feminine ending "-in" makes women of
     * masculine nouns ("Lehrer", "Pilot") only, so here it is the preposition.
     */
    private boolean isPrepositionAfterThing(String left, String right) {
        // short nouns end surnames ("Goldin")
        return right.equals("in") && left.length() >= MIN_THING_BEFORE_IN && lexicon.hasTag(left, "SUB")
                && lexicon.readings(left).stream().noneMatch(r -> r.getPOSTag() != null && r.getPOSTag().contains(":MAS"));
    }

    /**
     * A word the text also uses on its own, known or not, with a function word or a verb glued after it: "Kemi" and
     * "Kemiund Tornio", "Krafla" and "Kraflaim Nordosten", "Santos" and "Santosbildeten sich". The text's own use of
     * the left part is the evidence a name lacks in the dictionary. The glued word is an article, preposition,
     * conjunction, auxiliary or modal that fits the next word, or a full verb in the third person; a verb that is
     * also a compound's head noun ("Anstieg", "Betrieb") counts only where the sentence lacks another finite verb.
     * The longest left part wins; an ending ("er", "in") never counts as a word.
     */
    private Optional<String> usedWordThenWord(String token, String next, Map<String, Integer> counts,
            BooleanSupplier verbNeeded) {
        if (!Character.isUpperCase(token.charAt(0))) {
            return Optional.empty();
        }
        for (int i = token.length() - MIN_PART; i >= MIN_WORD_PART; i--) {
            String left = token.substring(0, i);
            String right = token.substring(i);
            if (!counts.containsKey(left) || ENDING_LOOKALIKES.contains(right) || !Character.isLowerCase(right.charAt(0))
                    || !lexicon.isKnown(right)) {
                continue;
            }
            String capitalised = Character.toUpperCase(right.charAt(0)) + right.substring(1);
            // a word that is also a compound's head ("Bundesheerzeit", "Karriereaus") needs a phrase to open after it
            boolean head = hasTag(capitalised, NOUN_PROPER) && Agreement.ofDeterminer(lexicon, right).isEmpty();
            if (hasTag(right, GLUED_AFTER_NOUN) && fitsNextWord(right, next) && !isPronominalAdverb(left, right)
                    && (!head || next != null && opensPhrase(next))) {
                return Optional.of(left + " " + right);
            }
            if (right.length() >= MIN_WORD_PART && hasTag(right, THIRD_PERSON_FULL_VERB)
                    && (verbNeeded.getAsBoolean()
                            || !lexicon.hasTag(capitalised, "SUB") && !lexicon.hasTag(capitalised, "EIG"))) {
                return Optional.of(left + " " + right);
            }
        }
        return Optional.empty();
    }

    /** The text uses a word longer than the token's first {@code length} letters that the token starts with. */
    private static boolean usesLongerPrefix(String token, int length, Map<String, Integer> counts) {
        for (int end = length + 1; end < token.length(); end++) {
            if (counts.containsKey(token.substring(0, end))) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word, a number or an article: what may follow a preposition or a conjunction. */
    private boolean opensPhrase(String word) {
        return Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0))
                || lexicon.hasTag(word, "ART");
    }

    /** A noun, or a compound the tagger does not know that ends in one ("Entsalzungsanlage" in "Anlage"). */
    private boolean isNoun(String word) {
        return lexicon.hasTag(word, "SUB") || lexicon.readings(word).isEmpty() && GermanWords.endsInNoun(lexicon, word);
    }

    /**
     * A lower-case token the speller does not know that is a finite verb with a preposition, article or conjunction
     * glued after it, fitting the next word: "läuftüber die", "wartetauf den". No compound or derivation begins with a
     * finite verb, so this needs no German words around it, as a line of names and foreign words has none.
     */
    private Optional<String> verbThenFunctionWord(String token, String next) {
        if (!Character.isLowerCase(token.charAt(0)) || !PLAIN_WORD.matcher(token).matches() || lexicon.isKnown(token)) {
            return Optional.empty();
        }
        for (int i = token.length() - MIN_WORD_PART; i >= MIN_NOUN_PART; i--) {
            String left = token.substring(0, i);
            String right = token.substring(i);
            if (hasTag(left, GermanWords.FINITE_VERB) && !hasTag(left, FUNCTION_TAG) && !lexicon.hasTag(left, "ADJ")
                    && !ENDING_LOOKALIKES.contains(right)
                    && (hasTag(right, GLUED_FUNCTION_TAGS) || right.length() >= MIN_WORD_PART
                            && !Agreement.ofDeterminer(lexicon, right).isEmpty())
                    // "glimmernden": a present participle's "-nd-" and ending, not a verb and an article
                    && !(left.endsWith("n") && ARTICLES_AFTER_PARTICIPLE_STEM.contains(right))
                    && next != null && fitsNextWord(right, next) && opensPhrase(next)) {
                return Optional.of(left + " " + right);
            }
        }
        return Optional.empty();
    }

    /**
     * A name the speller does not know glued to the finite verb after it ("Teknokentverfügt", "Exarchiastießen"): the
     * rest is a full verb in the third person, of some length, with no noun or adjective reading ("Popularbeschwerde"
     * holds "werde", an auxiliary, and "Kathpress" "press", a first person). Odd verb forms still hide in compounds
     * ("Bekanntgabepflicht" ends in "flicht"), so the caller also asks that the sentence lack another finite verb.
     */
    private Optional<String> nameBeforeVerb(String token) {
        if (!Character.isUpperCase(token.charAt(0))) {
            return Optional.empty();
        }
        // the shortest verb: prefixed forms the tagger guesses ("entverfügt") are no evidence of their own
        for (int i = token.length() - MIN_VERB_PART; i >= MIN_NOUN_PART; i--) {
            if (isNameThenVerb(token, i, true)) {
                // the verb's prefix stays with it where the speller knows the prefixed form ("Tusk begrüßte", not
                // "Tuskbe grüßte"), also before a name it knows ("Macron"); verb prefixes have two or three letters
                int split = i;
                for (int j = i - 1; j >= Math.max(MIN_NOUN_PART, i - MAX_VERB_PREFIX); j--) {
                    if (isNameThenVerb(token, j, false)) {
                        split = j;
                    }
                }
                return Optional.of(token.substring(0, split) + " " + token.substring(split));
            }
        }
        return Optional.empty();
    }

    /**
     * A name the dictionary lacks with an inflected participle glued after it, before the noun it qualifies: "ein in
     * Brnogegründetes Start-up", "die in Vrdlicagebauten Züge". No name ends in a participle of
     * {@value #MIN_PARTICIPLE} letters with a case ending.
     */
    private Optional<String> nameThenParticiple(String token, String next) {
        if (next == null || !Character.isUpperCase(next.charAt(0))) {
            return Optional.empty();
        }
        return nameThen(token, MIN_PARTICIPLE, right -> lexicon.readings(right).stream().map(AnalyzedToken::getPOSTag)
                .anyMatch(t -> t != null && (t.startsWith("PA1:") || t.startsWith("PA2:")) && !t.contains(":PRD")));
    }

    /**
     * A name the dictionary lacks with a long conjunction or preposition glued after it that fits the next word:
     * "Catharijnesowie die Betreiber", "Nowakgegen den Antrag". No name ends in a function word of
     * {@value #MIN_LONG_FUNCTION_WORD} letters; shorter ones ("-auf", "-ohne") end names and words often enough.
     */
    private Optional<String> nameThenLongFunctionWord(String token, String next) {
        if (next == null) {
            return Optional.empty();
        }
        return nameThen(token, MIN_LONG_FUNCTION_WORD,
                right -> (lexicon.hasTag(right, "KON") || lexicon.hasTag(right, "PRP")) && fitsNextWord(right, next));
    }

    /**
     * The first split of a capitalised token into a name the dictionary lacks, of {@value #MIN_NOUN_PART} letters or
     * more, and a glued word of {@code minGlued} letters or more that {@code glued} accepts.
     */
    private Optional<String> nameThen(String token, int minGlued, Predicate<String> glued) {
        if (!Character.isUpperCase(token.charAt(0)) || !PLAIN_WORD.matcher(token).matches()) {
            return Optional.empty();
        }
        for (int i = MIN_NOUN_PART; i <= token.length() - minGlued; i++) {
            String left = token.substring(0, i);
            String right = token.substring(i);
            if (!lexicon.isKnown(left) && lexicon.readings(left).isEmpty() && glued.test(right)) {
                return Optional.of(left + " " + right);
            }
        }
        return Optional.empty();
    }

    /**
     * The token splits at {@code at} into a name and a full verb in the third person; the name one the speller lacks
     * where {@code unknownName}.
     */
    private boolean isNameThenVerb(String token, int at, boolean unknownName) {
        String left = token.substring(0, at);
        String right = token.substring(at);
        String capitalised = Character.toUpperCase(right.charAt(0)) + right.substring(1);
        // a name the speller knows has no noun reading ("Klitschkoschrieb"): "Bergfährt" is a noun and a verb
        boolean name = !unknownName || !lexicon.isKnown(left) || left.length() >= MIN_KNOWN_NAME_BEFORE_VERB
                && lexicon.hasTag(left, "EIG") && !lexicon.hasTag(left, "SUB");
        return name && lexicon.isKnown(right) && hasTag(right, THIRD_PERSON_FULL_VERB)
                && !lexicon.hasTag(right, "ADJ")
                && !hasTag(capitalised, NOUN_PROPER) && !lexicon.hasTag(capitalised, "EIG");
    }

    /**
     * A name or noun glued to the verb its clause lacks: a finite verb in a clause with no other, before the words that
     * go on after it ("Für das Wochenendeerwarten die Meteorologen …", "SK hynixmeldet seit Monaten …"), or an
     * infinitive or participle that an auxiliary or modal before it in the clause awaits and no other word supplies
     * ("… soll bis zum Stadtwald Nagyerdőführen und …", "… würden in Privatklinikenausweichen oder …"). The longest verb
     * wins. A word that is also a noun counts here ("Ciliwungstieg", "Bintangsorgen"): the clause's need for a verb
     * is the evidence. A compound with a nominalised infinitive ("beim Maskentragen", "Essen, Trinken, Maskentragen")
     * has a determiner before it or nothing after it in its clause.
     */
    private Optional<String> wordThenNeededVerb(String text, List<Spans.Span> words, int index) {
        String token = words.get(index).value();
        if (!PLAIN_WORD.matcher(token).matches()) {
            return Optional.empty();
        }
        String next = index + 1 < words.size()
                && text.substring(words.get(index).end(), words.get(index + 1).start()).isBlank()
                ? words.get(index + 1).value() : null;
        boolean clauseGoesOn = next != null && !lexicon.hasTag(next, "KON")
                && (Character.isLowerCase(next.charAt(0)) || isEndOfFrontedPhrase(text, words, index));
        String before = index > 0 ? words.get(index - 1).value() : "";
        boolean afterDeterminer = lexicon.hasTag(before, "ART") || lexicon.hasTag(before, "PRO");
        for (int i = MIN_NOUN_PART; i <= token.length() - MIN_VERB_PART; i++) {
            String left = token.substring(0, i);
            String right = token.substring(i);
            // a name is capitalised; a piece of a word the split cut wrong is not ("darüberf liegen")
            boolean nameOrNoun = Character.isUpperCase(token.charAt(0)) && lexicon.readings(left).isEmpty()
                    && !lexicon.isKnown(left) && !endsInFunctionWord(left)
                    || lexicon.hasTag(left, "SUB") && !hasTag(left, FUNCTION_TAG);
            if (!nameOrNoun || !lexicon.isKnown(right) || lexicon.hasTag(right, "ADJ") || isNounCompound(token)) {
                continue;
            }
            boolean finite = hasTag(right, THIRD_PERSON_FULL_VERB) && clauseGoesOn;
            boolean participle = lexicon.hasTag(right, "VER:PA2");
            // after a determiner the word is a nominalised infinitive ("das Fremddenkenlassen"), which is neuter: a
            // determiner that fits a noun of another gender before the verb is that noun's ("soll ein Sozialplanvorliegen")
            boolean determinesLeft = afterDeterminer && Agreement.determines(lexicon, before, left)
                    && lexicon.readings(left).stream().noneMatch(r -> r.getPOSTag().contains(":NEU"));
            boolean nonFinite = (participle || lexicon.hasTag(right, "VER:INF")) && (!afterDeterminer || determinesLeft);
            if (finite && !otherFiniteVerbInSentence(text, words, index)
                    || nonFinite && auxiliaryAwaits(text, words, index, participle)) {
                return Optional.of(left + " " + right);
            }
        }
        return Optional.empty();
    }

    /**
     * A word the speller knows, of {@value #MIN_WORD_PART} letters or more, with "und" or "oder" glued after it, before
     * a capitalised word: "Tagund Nacht", "iOSund Android". Names and words that end so ("Dortmund",
     * "Sigmund", "Verkehrsverbund", "Moder") have no known word before the ending, or are known themselves.
     */
    private Optional<String> knownWordThenConjunction(String token, String next) {
        if (next == null || !Character.isUpperCase(next.charAt(0))) {
            return Optional.empty();
        }
        for (String conjunction : List.of("und", "oder")) {
            String left = token.substring(0, Math.max(0, token.length() - conjunction.length()));
            // the tagger reads the left part, or it is a brand in camel case ("iOS"); the speller alone accepts
            // pieces of compounds ("Bergl")
            boolean word = !lexicon.readings(left).isEmpty() || INNER_CAPITAL.matcher(left).find();
            if (token.endsWith(conjunction) && left.length() >= MIN_WORD_PART && left.chars().allMatch(Character::isLetter)
                    && word && lexicon.isKnown(left) && !lexicon.isKnown(left.toLowerCase(Locale.GERMAN) + conjunction)) {
                return Optional.of(left + " " + conjunction);
            }
        }
        return Optional.empty();
    }

    /**
     * A name that ends in a letter German does not write ("Livić", "Dalí") with an article, preposition or conjunction
     * glued after it that fits the next word: "Livićin der 94. Minute", "Dalíin der Bucht". German endings ("-in",
     * "-er") never follow such a letter.
     */
    private Optional<String> foreignNameThenFunctionWord(String token, String next) {
        // an article or a number after it: "an H." may be a name's end and an initial
        if (next == null || !(lexicon.hasTag(next, "ART") || Character.isDigit(next.charAt(0)))) {
            return Optional.empty();
        }
        for (int i = MIN_NOUN_PART; i <= token.length() - MIN_PART; i++) {
            String left = token.substring(0, i);
            String right = token.substring(i);
            if (LanguageIdentifier.hasForeignWord(left.substring(left.length() - 1)) && Character.isUpperCase(token.charAt(0))
                    && Character.isLowerCase(right.charAt(0)) && hasTag(right, GLUED_FUNCTION_TAGS)
                    && fitsNextWord(right, next)) {
                return Optional.of(left + " " + right);
            }
        }
        return Optional.empty();
    }

    /**
     * Two capitalised words run together at a case change, where the first is a German noun of
     * {@value #MIN_COMPOUND_BEFORE_NAME} letters or more ("StaatspräsidentAlexander", "VerkehrsbetriebeDPB") or a
     * name with a letter German does not write ("GarcíaMárquez"). Brands in camel case join short or English
     * words ("PayPal", "ProSieben", "WhatsApp").
     */
    private Optional<String> nounOrForeignNameThenName(String token) {
        List<MatchResult> joins = INNER_CAPITAL.matcher(token).results().toList();
        // one join, letters only, a capital and lower-case letters before it ("MAGAZINFeierAbend" is a programme's
        // name)
        if (joins.size() != 1 || !Character.isUpperCase(token.charAt(0)) || !token.chars().allMatch(Character::isLetter)
                || !token.substring(1, joins.get(0).start() + 1).chars().allMatch(Character::isLowerCase)) {
            return Optional.empty();
        }
        int at = joins.get(0).start() + 1;
        String left = token.substring(0, at);
        String right = token.substring(at);
        boolean germanNoun = left.length() >= MIN_COMPOUND_BEFORE_NAME && lexicon.hasTag(left, "SUB")
                && !lexicon.hasTag(left, "EIG") && (lexicon.isKnown(right) || ACRONYM.matcher(right).matches());
        boolean foreignName = LanguageIdentifier.hasForeignWord(left.substring(1)) && NAME_PART.matcher(right).lookingAt();
        return germanNoun || foreignName ? Optional.of(left + " " + right) : Optional.empty();
    }

    /** A known word with an article, preposition or conjunction glued after it: "Monatenzu", not a name. */
    private boolean endsInFunctionWord(String word) {
        for (int i = MIN_NOUN_PART; i <= word.length() - MIN_PART; i++) {
            if (lexicon.isKnown(word.substring(0, i)) && hasTag(word.substring(i), GLUED_FUNCTION_TAGS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A known word, perhaps with a linking "s", and a known noun that is no nominalised infinitive: "Brennerkontrollen",
     * "Fabrikslandschaften", not "Bintangsorgen" nor "Wochenendeerwarten".
     */
    private boolean isNounCompound(String token) {
        for (int i = MIN_WORD_PART; i <= token.length() - MIN_NOUN_PART; i++) {
            String left = token.substring(0, i);
            String head = Character.toUpperCase(token.charAt(i)) + token.substring(i + 1);
            boolean known = lexicon.isKnown(left) || left.endsWith("s") && lexicon.isKnown(left.substring(0, i - 1));
            if (known && lexicon.readings(head).stream().map(AnalyzedToken::getPOSTag)
                    .anyMatch(t -> t != null && t.startsWith("SUB") && !t.endsWith(":INF"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Before the token in its clause stands a finite auxiliary (a modal too, for an infinitive) with no infinitive or
     * participle between, and none follows the token before the clause ends or a conjunction opens another.
     */
    private boolean auxiliaryAwaits(String text, List<Spans.Span> words, int index, boolean participle) {
        Pattern auxiliary = participle ? FINITE_TENSE_AUXILIARY : FINITE_AUXILIARY;
        boolean found = false;
        for (int i = index - 1; i >= 0 && !found; i--) {
            if (SENTENCE_BREAK.matcher(text.substring(words.get(i).end(), words.get(i + 1).start())).find()) {
                return false;
            }
            String word = words.get(i).value();
            if (Character.isLowerCase(word.charAt(0)) && hasTag(word, auxiliary)) {
                found = true;
            } else if (isNonFiniteVerb(word)) {
                return false;
            }
        }
        for (int i = index + 1; found && i < words.size(); i++) {
            String word = words.get(i).value();
            if (SENTENCE_BREAK.matcher(text.substring(words.get(i - 1).end(), words.get(i).start())).find()
                    || lexicon.hasTag(word, "KON")) {
                break;
            }
            if (isNonFiniteVerb(word)) {
                return false;
            }
        }
        return found;
    }

    /**
     * The word ends a prepositional phrase that opens its sentence ("Auf dem steilen Anstieg"): in a German main
     * clause the finite verb follows that first phrase, before its subject, which may be a name ("… attackiert Novak").
     */
    private boolean isEndOfFrontedPhrase(String text, List<Spans.Span> words, int index) {
        int first = index;
        while (first > 0 && !SENTENCE_BREAK.matcher(text.substring(words.get(first - 1).end(),
                words.get(first).start())).find()) {
            first--;
        }
        return GermanWords.isFrontedPrepositionalPhrase(lexicon,
                words.subList(first, index).stream().map(Spans.Span::value).toList());
    }

    /** A lower-case infinitive or participle: "führen", "gedreht". */
    private boolean isNonFiniteVerb(String word) {
        return Character.isLowerCase(word.charAt(0))
                && (lexicon.hasTag(word, "VER:INF") || lexicon.hasTag(word, "VER:PA2"));
    }

    /** Another word of the token's sentence is a finite verb: the sentence does not need the one glued in the token. */
    private boolean otherFiniteVerbInSentence(String text, List<Spans.Span> words, int index) {
        for (int step : new int[] {-1, 1}) {
            for (int i = index + step; i >= 0 && i < words.size(); i += step) {
                // the gap between this word and its neighbour towards the token
                Spans.Span left = words.get(step < 0 ? i : i - 1);
                Spans.Span right = words.get(step < 0 ? i + 1 : i);
                if (SENTENCE_BREAK.matcher(text.substring(left.end(), right.start())).find()) {
                    break;
                }
                // a capitalised word is a noun ("Angaben"), whatever verb the tagger also reads in it
                String word = words.get(i).value();
                if (step > 0 && lexicon.hasTag(word, "KON:NEB")) {
                    // a coordinated clause has a verb of its own: "… begrüßte das Ergebnis und dankte …"
                    break;
                }
                if (Character.isLowerCase(word.charAt(0)) && hasTag(word, GermanWords.FINITE_VERB)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A chain glued at case changes that opens with a lower-case article, preposition or conjunction: "umMedaillen",
     * "derFPÖ", "vonNovak", "imZusammenhangmit", "zukeinerKontaktaufnahme". Every part must resolve: a known word,
     * an acronym, a name after a function word of some length, or a plain part the text's evidence splits. A brand
     * opens with a single lower-case letter ("iPhone", "eBay") or a capital ("ProSieben"), so it never gets here.
     */
    private Optional<String> chainSplit(String token, String next, Map<String, Integer> counts) {
        List<String> parts = CASE_CHANGE.splitAsStream(token).toList();
        if (parts.size() < 2 || !Character.isLowerCase(token.charAt(0))) {
            return Optional.empty();
        }
        String first = Optional.ofNullable(resolvePart(parts.get(0), parts.get(1), counts, null))
                .orElseGet(() -> prepositionBeforeCapital(parts.get(0), parts.get(1)));
        String opener = first == null ? "" : first.substring(first.lastIndexOf(' ') + 1);
        if (first == null || opener.length() < MIN_PART || !hasTag(opener, GLUED_FUNCTION_TAGS)) {
            return Optional.empty();
        }
        List<String> resolved = new ArrayList<>(List.of(first));
        boolean namesAllowed = opener.length() >= MIN_WORD_PART;
        for (int i = 1; i < parts.size(); i++) {
            String after = i + 1 < parts.size() ? parts.get(i + 1) : next;
            String r = resolvePart(parts.get(i), after, counts, namesAllowed ? NAME_PART : null);
            if (r == null) {
                return Optional.empty();
            }
            resolved.add(r);
        }
        return Optional.of(String.join(" ", resolved));
    }

    /**
     * A glued part as words: itself when known, an acronym ("FPÖ", "U21-EM") or of the allowed name shape, else the
     * split the text's evidence backs ("Zusammenhangmit"); null when none holds.
     */
    private String resolvePart(String part, String next, Map<String, Integer> counts, Pattern names) {
        if (lexicon.isKnown(part) || ACRONYM.matcher(part).matches() || names != null && names.matcher(part).matches()
                || isHyphenatedCompound(part)) {
            return part;
        }
        // the tagger reads some parts the speller rejects ("vorder" as an adjective): the split's evidence decides
        return PLAIN_WORD.matcher(part).matches() ? bestSplit(part, next, counts).orElse(null) : null;
    }

    /** A hyphenated compound whose head is a noun, whatever names stand before it: "Kossuth-Platz", "Meguro-Fluss". */
    private boolean isHyphenatedCompound(String part) {
        int hyphen = part.lastIndexOf('-');
        return hyphen > 0 && NAME_PART.matcher(part.substring(hyphen + 1)).matches()
                && lexicon.hasTag(part.substring(hyphen + 1), "SUB");
    }

    /**
     * A preposition that is also an ending ("in", "an") glued between a word and a capitalised one: "auchinDeutschland"
     * is "auch in Deutschland". Alone, "auchin" could be a derivation; the known word after it settles it. Null when the
     * part is no such word and preposition.
     */
    private String prepositionBeforeCapital(String part, String capital) {
        for (String ending : ENDING_LOOKALIKES) {
            String left = part.substring(0, Math.max(0, part.length() - ending.length()));
            if (part.endsWith(ending) && left.length() >= MIN_WORD_PART && lexicon.hasTag(ending, "PRP")
                    && !WORD_FORMING_PREFIXES.contains(left) && isGermanWord(left) && lexicon.isKnown(capital)) {
                return left + " " + ending;
            }
        }
        return null;
    }

    private boolean isFunctionWordGlued(String lower, String capital) {
        // a preposition, even a short one, before a name the dictionary lacks: "amMöllevångstorget", "imKapandriti"
        boolean beforeName = lower.length() >= MIN_PART && lexicon.hasTag(lower, "PRP")
                && capital.length() >= MIN_NAME_AFTER_PREPOSITION && NAME_PART.matcher(capital).matches()
                && !lexicon.isKnown(capital);
        return beforeName
                || lower.length() >= MIN_WORD_PART && hasTag(lower, GLUED_FUNCTION_TAGS) && lexicon.hasTag(capital, "SUB");
    }

    /**
     * "HochwasserNeue": both German words, the left one long enough not to be a name particle or brand prefix, the
     * right one no gender ending.
     */
    private boolean isTwoCapitalisedWords(String left, String right) {
        return left.length() >= MIN_NOUN_PART && !GENDER_ENDINGS.contains(right)
                && isGermanWord(left) && isGermanWord(right);
    }

    /**
     * A long noun run into a name ("BauunternehmerJosef", "NeubauviertelStadtmitte"): brand and product names in camel
     * case open with a short word ("BahnCard", "MediaMarkt", "TeamViewer"), not with a compound noun of this length.
     * Any noun will do before a first name ("ChefinMaya Rosen").
     */
    private boolean isNounBeforeName(String left, String right) {
        // a first name after a noun is a title before a person ("ChefinMaya"): no brand or compound is made so
        boolean firstName = lexicon.readings(right).stream().map(r -> r.getPOSTag())
                .anyMatch(t -> t != null && t.startsWith("EIG:") && t.endsWith(":VOR"));
        // a noun in the genitive only ("KratersShioli") ends a phrase: camel-case brands join base forms ("BahnCard")
        List<AnalyzedToken> readings = lexicon.readings(left);
        boolean genitive = !readings.isEmpty() && readings.stream()
                .allMatch(r -> r.getPOSTag() != null && r.getPOSTag().startsWith("SUB:GEN:"));
        return (left.length() >= MIN_COMPOUND_BEFORE_NAME || (firstName || genitive) && left.length() >= MIN_NOUN_PART)
                && right.length() >= MIN_NOUN_PART
                && !GENDER_ENDINGS.contains(right) && lexicon.hasTag(left, "SUB") && !lexicon.hasTag(left, "EIG");
    }

    /**
     * Another word with an inner capital close by that is no two German words run together ("OnlineBanking,
     * BusinessNet und MobileBanking"): the text names products in camel case, and this is one more of them. Headings
     * and labels glued in a row ("PolitikÖffnen WirtschaftÖffnen") are no such evidence.
     */
    private boolean hasCamelCaseNameNear(List<Spans.Span> words, int index) {
        int to = Math.min(words.size(), index + CAMEL_CASE_REACH);
        for (int i = Math.max(0, index - CAMEL_CASE_REACH); i < to; i++) {
            String word = words.get(i).value();
            if (i != index && INNER_CAPITAL.matcher(word).find() && !isGluedGermanWords(word)) {
                return true;
            }
        }
        return false;
    }

    /** Two German words in camel case ("PolitikÖffnen", "derKanzler"), whatever the evidence around them. */
    private boolean isGluedGermanWords(String word) {
        Matcher m = CAPITAL_THEN_CAPITAL.matcher(word);
        if (!m.matches()) {
            m = LOWER_THEN_CAPITAL.matcher(word);
        }
        return m.matches() && !lexicon.isKnown(word) && lexicon.isKnown(m.group(1)) && lexicon.isKnown(m.group(2));
    }

    /** Where the digits glued to the front of a word start, or -1 when no number stands right before it. */
    private static int numberStartBefore(String text, int wordStart) {
        if (wordStart == 0 || !Character.isDigit(text.charAt(wordStart - 1))) {
            return -1;
        }
        Matcher m = NUMBER_AT_END.matcher(text).region(Math.max(0, wordStart - NUMBER_REACH), wordStart);
        m.useTransparentBounds(true);
        return m.find() ? m.start() : -1;
    }

    /**
     * A capitalised word the speller knows ("2019Weitere", "14.30Uhr"), or a lower-case function word of some length
     * ("15und"); a single letter ("4K", "3D"), a unit ("15km"), an ending ("90er") or a number word ("3mal") is not.
     */
    private boolean isWordAfterNumber(String token) {
        if (token.length() < MIN_PART) {
            return false;
        }
        if (Character.isUpperCase(token.charAt(0))) {
            return token.substring(1).chars().allMatch(Character::isLowerCase) && lexicon.isKnown(token);
        }
        return token.length() >= MIN_WORD_PART && !NUMBER_SUFFIX.matcher(token).matches()
                && hasTag(token, FUNCTION_TAG_AFTER_NUMBER);
    }

    /**
     * After a year any adverb, adjective or finite verb of some length is a word of its own ("1990dann",
     * "2017komplett"): no unit or derivation is written after a year.
     */
    private boolean isWordAfterYear(String token) {
        // a short function word too ("2027in Betrieb"), bar the "-er" that derives from a year ("die 2024er Saison")
        return token.chars().allMatch(Character::isLowerCase) && lexicon.isKnown(token)
                && (token.length() >= MIN_NOUN_PART && hasTag(token, AFTER_YEAR_TAG)
                        || token.length() >= MIN_PART && hasTag(token, FUNCTION_TAG) && !YEAR_DERIVATION.contains(token));
    }

    /** "Christian Zehnder": a capitalised word after a first name is a surname. */
    private boolean isSurnameAfterName(List<Spans.Span> words, int index) {
        return index > 0 && Character.isUpperCase(words.get(index).value().charAt(0))
                && lexicon.hasTag(words.get(index - 1).value(), "EIG");
    }

    /**
     * Unknown words near by mean a foreign quotation or a run of names, where splitting guesses; German words glued
     * in a row ("PolitikÖffnen WirtschaftÖffnen") count as German.
     */
    private boolean amidGermanWords(List<Spans.Span> words, int index, int unknownAllowed) {
        int from = Math.max(0, index - NEIGHBOURS);
        int to = Math.min(words.size() - 1, index + NEIGHBOURS);
        long unknown = unknownNear(words, index);
        return unknown == 0 || unknown <= unknownAllowed && to - from == 2 * NEIGHBOURS;
    }

    /** How many of the token's neighbours, {@value #NEIGHBOURS} on each side, the speller does not know. */
    private long unknownNear(List<Spans.Span> words, int index) {
        int from = Math.max(0, index - NEIGHBOURS);
        int to = Math.min(words.size() - 1, index + NEIGHBOURS);
        return IntStream.rangeClosed(from, to).filter(i -> i != index)
                .mapToObj(i -> words.get(i).value())
                .filter(word -> !lexicon.isKnown(word) && !isGluedGermanWords(word)).count();
    }

    /** A web or mail address, a handle or a file name ("derStandard.at", "@meinBezirk"): its casing is its own. */
    private static boolean inAddress(String text, int start, int end) {
        int from = start;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        return ADDRESS.matcher(text.substring(from, to)).find();
    }

    private boolean isGermanWord(String word) {
        return GermanWords.isGermanWord(lexicon, word);
    }

    private boolean isFunctionWord(String word) {
        return !ENDING_LOOKALIKES.contains(word) && hasTag(word, FUNCTION_TAG);
    }

    private boolean hasTag(String word, Pattern tags) {
        return GermanWords.hasTag(lexicon, word, tags);
    }

    /**
     * The text uses the left part on its own; else, for a lower-case token, a common dictionary word will do. A
     * capitalised token is too often a name ("Kauder", "Zehnder") for that: there the left part must be a noun of some
     * length.
     */
    private boolean isUsedOrCommon(String token, String left, Map<String, Integer> counts) {
        if (counts.containsKey(left)) {
            return true;
        }
        if (Character.isLowerCase(token.charAt(0))) {
            return isGermanWord(left);
        }
        return left.length() >= MIN_NOUN_PART && lexicon.hasTag(left, "SUB");
    }

    /**
     * A glued article or preposition with article must fit the word after it ("Pressedie Aufgaben"), and a preposition
     * is followed by its object, not by another preposition ("Landunter wegen" glues none); a name that merely ends
     * like one ("Zehnder sagte") does not. A number fits any preposition, an article fused into it too ("zum 3:2").
     */
    private boolean fitsNextWord(String functionWord, String next) {
        boolean preposition = lexicon.hasTag(functionWord, "PRP");
        // "bis" takes another preposition ("bis zum Wochenende"), as a conjunction it takes anything
        if (preposition && next != null && !lexicon.readings(next).isEmpty() && !lexicon.hasTag(functionWord, "KON")
                && lexicon.readings(next).stream().allMatch(r -> r.getPOSTag().startsWith("PRP"))) {
            return false;
        }
        // a preposition with its article before a number: a score, a date, a rank ("zum 3:2", "am 12. Mai")
        if (preposition && next != null && !next.isEmpty() && Character.isDigit(next.charAt(0))) {
            return true;
        }
        return Agreement.ofDeterminer(lexicon, functionWord).isEmpty()
                || next != null && Agreement.determines(lexicon, functionWord, next);
    }

    /**
     * A preposition glued to the article, number word or adjective of the noun after it ("inslange Eck", "vonfünf
     * Ländern"): evidence enough even among names, as no German word is built so.
     */
    private Optional<String> prepositionBeforeNounPhrase(String token, String next) {
        if (next == null || !Character.isLowerCase(token.charAt(0)) || !Character.isUpperCase(next.charAt(0))) {
            return Optional.empty();
        }
        for (int i = MIN_PART; i <= token.length() - MIN_WORD_PART; i++) {
            String left = token.substring(0, i);
            String right = token.substring(i);
            if (lexicon.hasTag(left, "PRP") && lexicon.isKnown(right)
                    && (hasTag(right, ARTICLE_OR_NUMERAL) || isGovernedAdjective(left, right))) {
                return Optional.of(left + " " + right);
            }
        }
        return Optional.empty();
    }

    /**
     * A function word glued before a word in a lower-case token: a conjunction or an auxiliary before any word
     * ("undsagte", "hatteangekündigt"), a preposition before an article or number word ("vonfünf"), or an article
     * before an adjective it agrees with ("derneue"). Verb particles
     * ("mit", "vor", "ein") and articles that are also Latin prefixes ("des", "dem") stay out, and so do participles
     * after an article: with them the token is a word the speller may not know ("mitverhandelt", "desillusioniert").
     */
    private boolean isFunctionWordBefore(String left, String right) {
        if (right.length() < MIN_WORD_PART || !isGermanWord(right)) {
            return false;
        }
        // a preposition before an article or a number word ("vonfünf", "fürdie"): no particle verb starts so
        if (lexicon.hasTag(left, "PRP") && (hasTag(right, ARTICLE_OR_NUMERAL) || isGovernedAdjective(left, right))) {
            return true;
        }
        // a number word or a personal pronoun before a finite verb ("zweienthielten", "siefordern"), a reflexive one
        // before any verb form ("sichleisten"): no compound starts so
        if ((hasTag(left, NUMBER_OR_PERSONAL) && !lexicon.hasTag(left, "ART") && hasTag(right, GermanWords.FINITE_VERB)
                || lexicon.hasTag(left, "PRO:REF") && lexicon.hasTag(right, "VER"))
                && !lexicon.hasTag(right, "SUB")
                && !lexicon.hasTag(right, "ADJ")) {
            return true;
        }
        if (lexicon.hasTag(left, "ZUS")) {
            return false;
        }
        if (hasTag(left, LINKING)) {
            return true;
        }
        // a present participle too ("eineüberwältigende"): no German word opens with an inflected article before one
        return lexicon.hasTag(left, "ART") && !PREFIX_ARTICLES.contains(left)
                && (lexicon.hasTag(right, "ADJ") && !hasTag(right, VERBAL)
                        || lexicon.hasTag(right, "PA1") && left.length() >= MIN_WORD_PART)
                && Agreement.agree(Agreement.ofDeterminer(lexicon, left), Agreement.ofNominal(lexicon, right));
    }

    /**
     * An adjective inflected for the case the preposition governs ("mitminutenlangem": "mit" takes the dative), not a
     * participle, which a verb particle makes into one word ("mitverhandelten").
     */
    private boolean isGovernedAdjective(String preposition, String adjective) {
        Set<String> cases = new HashSet<>();
        lexicon.readings(preposition).stream().map(r -> r.getPOSTag())
                .filter(t -> t != null && t.startsWith("PRP")).forEach(t -> cases.add(t.substring(t.lastIndexOf(':') + 1)));
        // a verb form after a verb particle makes a particle verb ("mitverhandelt"); "ins" is no particle ("inslange")
        return (!hasTag(adjective, VERBAL) || !lexicon.hasTag(preposition, "ZUS"))
                && lexicon.readings(adjective).stream().map(r -> r.getPOSTag())
                .anyMatch(t -> t != null && t.startsWith("ADJ:") && cases.contains(t.split(":")[1]));
    }

    /**
     * A noun glued to the verb after it ("Polizeiermittelt", "Verbandwird"): a capitalised token whose left part is a
     * noun and whose right part is a finite verb or a participle with no noun reading, so that no compound ends in it.
     */
    private boolean isNounBeforeVerb(String token, String left, String right) {
        if (!Character.isUpperCase(token.charAt(0)) || left.length() < MIN_NOUN_PART || right.length() < MIN_NOUN_PART
                || !lexicon.hasTag(left, "SUB") || !hasTag(right, FINITE_OR_PARTICIPLE)) {
            return false;
        }
        String capitalised = Character.toUpperCase(right.charAt(0)) + right.substring(1);
        // a letter too many in a known word is a typo that happens to hold a verb: "Staatsanwaltschafft"
        return !lexicon.hasTag(capitalised, "SUB") && !lexicon.hasTag(capitalised, "EIG")
                && !isOneLetterOffAWord(token);
    }

    /**
     * An article or pronoun before a preposition is how German forms adverbs ("derzufolge", "demgemäß",
     * "deswegen"), even those the speller does not know.
     */
    private boolean isPronominalAdverb(String left, String right) {
        return hasTag(left, PRONOMINAL) && lexicon.hasTag(right, "PRP");
    }

    /**
     * A function word that is also an ending ({@link #ENDING_LOOKALIKES}) is a word of its own after a word that takes
     * no such ending: an adverb, conjunction or finite verb ("bereitsin", "erscheintes"), which no derivation or
     * inflection extends, or a noun with no masculine reading before "in", "an" or "ins" ("Regierungin"), since the
     * feminine "-in" is made from masculine nouns only.
     */
    private boolean isLookalikeWord(String left, String right) {
        if (!ENDING_LOOKALIKES.contains(right) || left.length() < MIN_WORD_PART) {
            return false;
        }
        List<String> tags = lexicon.readings(left).stream().map(r -> r.getPOSTag()).filter(t -> t != null).toList();
        if (tags.isEmpty()) {
            return false;
        }
        if (Character.isUpperCase(left.charAt(0))) {
            // "-in" derives a feminine from a masculine noun's base form ("Journalistin"), never from an inflected one
            // ("Journalistenin" is "Journalisten in")
            boolean baseForm = lexicon.readings(left).stream().anyMatch(r -> left.equals(r.getLemma()));
            return right.length() >= MIN_PART && lexicon.hasTag(right, "PRP")
                    && tags.stream().allMatch(t -> t.startsWith("SUB:") && (!t.contains(":MAS") || !baseForm));
        }
        return tags.stream().allMatch(t -> t.startsWith("ADV") || t.startsWith("KON") || GermanWords.FINITE_VERB.matcher(t).find())
                && tags.stream().noneMatch(t -> t.contains("ZUS"));
    }

    /**
     * "Asylwerbenden" is "Asylwerben" plus "den" only on paper: the ending of a nominalised present participle. A
     * preposition ending in "en" is no verb stem: "zwischendem" is "zwischen dem".
     */
    private boolean isParticipleEnding(String left, String right) {
        // a plural noun is no verb stem: "Warnungender Behörden" is "Warnungen der Behörden"
        boolean pluralNoun = lexicon.hasTag(left, "SUB") && lexicon.readings(left).stream()
                .noneMatch(r -> r.getPOSTag().startsWith("VER") || r.getPOSTag().endsWith(":INF"));
        return left.endsWith("en") && ARTICLES_AFTER_PARTICIPLE_STEM.contains(right) && !lexicon.hasTag(left, "PRP")
                && !pluralNoun;
    }

    /**
     * The split into a word and a glued function word after it ("wirdso", "vonallen"), else the speller's own split if
     * the text backs it.
     */
    private Optional<String> bestSplit(String token, String next, Map<String, Integer> counts) {
        List<String> backed = new ArrayList<>();
        for (int i = MIN_PART; i <= token.length() - MIN_PART; i++) {
            String left = token.substring(0, i);
            String right = token.substring(i);
            // a preposition before an inflected adjective and its noun is no prefix: "inzahlreichen Kinos"
            if (Character.isLowerCase(token.charAt(0)) && left.length() <= MAX_GLUED_PREPOSITION
                    && !WORD_FORMING_PREFIXES.contains(left) && lexicon.hasTag(left, "PRP")
                    && GermanWords.hasTag(lexicon, right, GermanWords.ATTRIBUTIVE) && right.length() >= MIN_WORD_PART
                    && next != null && Character.isUpperCase(next.charAt(0)) && lexicon.hasTag(next, "SUB")) {
                return Optional.of(left + " " + right);
            }
            if (WORD_FORMING_PREFIXES.contains(left.toLowerCase(Locale.GERMAN)) || isParticipleEnding(left, right)
                    || !lexicon.isKnown(right)) {
                continue;
            }
            // a name the text uses on its own with a function word glued on ("… und Konakmit zusammen")
            if (!lexicon.isKnown(left)) {
                if (left.length() >= MIN_NOUN_PART && NAME_PART.matcher(left).matches() && counts.containsKey(left)
                        && right.length() >= MIN_WORD_PART && isFunctionWord(right) && fitsNextWord(right, next)) {
                    return Optional.of(left + " " + right);
                }
                continue;
            }
            if (isUsedOrCommon(token, left, counts) && (isFunctionWord(right) || isLookalikeWord(left, right))
                    && fitsNextWord(right, next) && !isPronominalAdverb(left, right)
                    || Character.isLowerCase(token.charAt(0)) && isFunctionWordBefore(left, right)
                    || isNounBeforeVerb(token, left, right)) {
                return Optional.of(left + " " + right);
            }
            if (counts.containsKey(left) && counts.containsKey(right) && left.length() >= MIN_WORD_PART
                    && right.length() >= MIN_WORD_PART) {
                backed.add(left + " " + right);
            }
        }
        if (backed.isEmpty()) {
            return Optional.empty();
        }
        List<String> proposed = lexicon.suggestions(token);
        return proposed.isEmpty() ? Optional.empty() : backed.stream().filter(proposed.get(0)::equals).findFirst();
    }

    /**
     * Three or four words run together without a case change ("dassdiestrikte", "Monatenzuberücksichtigen",
     * "Industriebundeslandmitstarker"): the fewest known words the token splits into, where every joint has a
     * function word on one side and a part of two letters is one. A token that splits into two known words is left to
     * {@link #bestSplit}: most such tokens are compounds; so is a token whose joints join content words only
     * ("Hinterhofwerkstatt" is "Hinterhof" and "werkstatt"), a capitalised one that opens with a preposition
     * ("Ausspielwegen") or ends in a function word, and an infinitive with "zu" ("zurückzuverkaufen").
     */
    private Optional<String> wordChain(String token, String next) {
        if (token.length() < MIN_CHAIN_TOKEN) {
            return Optional.empty();
        }
        int n = token.length();
        // fewest[i]: the fewest known parts token[0, i) splits into; from[i]: where the last of them starts
        int[] fewest = new int[n + 1];
        int[] from = new int[n + 1];
        Arrays.fill(fewest, Integer.MAX_VALUE);
        fewest[0] = 0;
        for (int end = MIN_PART; end <= n; end++) {
            for (int start = Math.max(0, end - MAX_CHAIN_PART); start <= end - MIN_PART; start++) {
                if (fewest[start] < MAX_CHAIN_PARTS && fewest[start] + 1 < fewest[end]
                        && isChainPart(token.substring(start, end), start == 0)) {
                    fewest[end] = fewest[start] + 1;
                    from[end] = start;
                }
            }
        }
        if (fewest[n] < MIN_CHAIN_PARTS || fewest[n] == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            parts.add(0, token.substring(from[end], end));
        }
        for (int i = 0; i + 1 < parts.size(); i++) {
            if (!isFunctionWord(parts.get(i).toLowerCase(Locale.GERMAN)) && !isFunctionWord(parts.get(i + 1))
                    // a verb particle before "zu" makes an infinitive: "zurückzuverkaufen", "anzufangen"
                    || parts.get(i + 1).equals("zu") && lexicon.hasTag(parts.get(i), "ZUS")) {
                return Optional.empty();
            }
        }
        // a preposition opens compounds ("Ausspielwegen", "Vorortzug"), and a glued phrase ends in a content word or
        // in an article that agrees with the word after it ("hatden Umgang")
        boolean compoundPrefix = Character.isUpperCase(token.charAt(0))
                && lexicon.hasTag(parts.get(0).toLowerCase(Locale.GERMAN), "PRP");
        String last = parts.get(parts.size() - 1);
        if (compoundPrefix || isFunctionWord(last) && !isDeterminerOf(last, next)) {
            return Optional.empty();
        }
        return Optional.of(String.join(" ", parts));
    }

    /** An article or determiner that agrees with the capitalised word after it: "den" before "Umgang". */
    private boolean isDeterminerOf(String word, String next) {
        return next != null && Character.isUpperCase(next.charAt(0)) && Agreement.determines(lexicon, word, next);
    }

    /**
     * A known word; one of two letters only as a function word ("im", "zu"), not a stray ending ("er", "en") except at
     * the start of a lower-case token, where no ending stands ("indenvergangenen").
     */
    private boolean isChainPart(String part, boolean first) {
        String lower = part.toLowerCase(Locale.GERMAN);
        if (part.length() == MIN_PART) {
            return first && Character.isLowerCase(part.charAt(0)) ? hasTag(lower, FUNCTION_TAG) : isFunctionWord(lower);
        }
        return first ? lexicon.isKnown(part) && !WORD_FORMING_PREFIXES.contains(lower) : lexicon.isKnown(lower);
    }

    @Override
    public String description() {
        return "Two words, or a word and a number, run together where a link or a space was lost: an unknown token "
                + "that splits into German words by its shape and the text's evidence.";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.wrong("Die Oper wurde inzahlreichen Kinos übertragen.", "inzahlreichen",
                        "Die Oper wurde in zahlreichen Kinos übertragen."),
                DetectorExample.right("Das war inakzeptabel, instabil und inkompetent, aber unverbindlichen Gesprächen "
                        + "folgten Taten. Derartige untergriffige Argumentation schadet der prokurdischen Partei."),
                DetectorExample.wrong("Seitdrei Generationen segelt die Familie.", "Seitdrei",
                        "Seit drei Generationen segelt die Familie."),
                DetectorExample.wrong("Bis Ende Januar soll ein Sozialplanvorliegen.", "Sozialplanvorliegen",
                        "Bis Ende Januar soll ein Sozialplan vorliegen."),
                DetectorExample.wrong("An Wochenenden haben kaum Arztpraxenoffen.", "Arztpraxenoffen",
                        "An Wochenenden haben kaum Arztpraxen offen."),
                DetectorExample.right("Die Verhandlungen dauerten jahrelang, die Mauern waren meterhoch."),
                DetectorExample.wrong("Immer wieder werden Touristen deshalbfestgenommen.", "deshalbfestgenommen",
                        "Immer wieder werden Touristen deshalb festgenommen."),
                DetectorExample.right("Die Gäste kamen daher, dahergelaufen und trotzdem froh."),
                DetectorExample.wrong("Er zeigte sieben Karten, davonvier an Gäste.", "davonvier",
                        "Er zeigte sieben Karten, davon vier an Gäste."),
                DetectorExample.wrong("Die Bahnbetreiber SNCBmelden für den Abend Verspätungen.", "SNCBmelden",
                        "Die Bahnbetreiber SNCB melden für den Abend Verspätungen."),
                DetectorExample.wrong("Reisende sollen die Warnungender Behörden beachten.", "Warnungender",
                        "Reisende sollen die Warnungen der Behörden beachten."),
                DetectorExample.right("Der Sender ZDFneo zeigt die Serie, die ÖVPler und die NGOs schweigen."),
                DetectorExample.right("Die Zahl der Asylwerbenden stieg."),
                DetectorExample.wrong("Die Reise dauert fastzwei Stunden.", "fastzwei",
                        "Die Reise dauert fast zwei Stunden."),
                DetectorExample.wrong("Der Trainer dankteallen Helfern für den Einsatz.", "dankteallen",
                        "Der Trainer dankte allen Helfern für den Einsatz."),
                DetectorExample.wrong("Am letzten Anstiegattackiert Müller, nur zwei Fahrer können folgen.",
                        "Anstiegattackiert", "Am letzten Anstieg attackiert Müller, nur zwei Fahrer können folgen."),
                DetectorExample.wrong("Sie arbeitet in einem Laborin Graz.", "Laborin",
                        "Sie arbeitet in einem Labor in Graz."),
                DetectorExample.right("Die Kundin Maria und die Botin Anna sprachen mit der Ärztin."),
                DetectorExample.wrong("Die Bauarbeiten dauern voraussichtlich bis Ende Mai, die Sperrungenbis zum Sommer.",
                        "Sperrungenbis",
                        "Die Bauarbeiten dauern voraussichtlich bis Ende Mai, die Sperrungen bis zum Sommer."),
                DetectorExample.wrong("Die Fähre fährt ab der Baltrum-Anlegestellenach Norden.",
                        "Baltrum-Anlegestellenach",
                        "Die Fähre fährt ab der Baltrum-Anlegestelle nach Norden."),
                DetectorExample.wrong("Das ist der bisherhöchste Wert seit Beginn der Messungen.",
                        "bisherhöchste",
                        "Das ist der bisher höchste Wert seit Beginn der Messungen."),
                DetectorExample.right("Das Spiel endete nach Elfmeterschießen, der Siebenmeterschießen-Rekord hielt."),
                DetectorExample.right("Als der Ditech-Gründer Damian Izdebski sprach, hörten alle zu."),
                DetectorExample.wrong("Der Vertrag wurde von BundeskanzlerinAngela Merkel unterzeichnet.",
                        "BundeskanzlerinAngela", "Der Vertrag wurde von Bundeskanzlerin Angela Merkel unterzeichnet."),
                DetectorExample.wrong("Die Fähre pendelt Tagund Nacht zwischen den Inseln.", "Tagund",
                        "Die Fähre pendelt Tag und Nacht zwischen den Inseln."),
                DetectorExample.wrong("Den Ausgleich erzielte Stürmer Ivan Perišićin der 88. Minute.", "Perišićin",
                        "Den Ausgleich erzielte Stürmer Ivan Perišić in der 88. Minute."),
                DetectorExample.right("Der Verkehrsverbund fährt nach Dortmund und Stralsund."),
                DetectorExample.wrong("Die Luftqualität hat sich zuletzt merklichverbessert.", "merklichverbessert",
                        "Die Luftqualität hat sich zuletzt merklich verbessert."),
                DetectorExample.wrong("Am Ufer des Sungai Kelangstieg der Pegel über Nacht um zwei Meter.", "Kelangstieg",
                        "Am Ufer des Sungai Kelang stieg der Pegel über Nacht um zwei Meter."),
                DetectorExample.right("Viele der niedrigqualifizierten Arbeitskräfte sprachen über Brennerkontrollen."),
                DetectorExample.wrong("Als besondersbewegend empfanden viele den Auftritt.", "besondersbewegend",
                        "Als besonders bewegend empfanden viele den Auftritt."),
                DetectorExample.wrong("Der Finne Eetu Koivistoinen traf inslange Eck.", "inslange",
                        "Der Finne Eetu Koivistoinen traf ins lange Eck."),
                DetectorExample.wrong("Das sagte er vor Journalistenin Kyjiw.", "Journalistenin",
                        "Das sagte er vor Journalisten in Kyjiw."),
                DetectorExample.wrong("Die Bagger rollten amMöllevångstorget an.", "amMöllevångstorget",
                        "Die Bagger rollten am Möllevångstorget an."),
                DetectorExample.right("Die Präsidentin sprach mit der Polizistin in Wien."),
                DetectorExample.wrong("Sie sprach vor Journalisten amKossuth-Platz.", "amKossuth-Platz",
                        "Sie sprach vor Journalisten am Kossuth-Platz."),
                DetectorExample.wrong("Sie kündigte an, Berufungeinzulegen.", "Berufungeinzulegen",
                        "Sie kündigte an, Berufung einzulegen."),
                DetectorExample.right("Die Linie wird für vorraussichtlich sechs Wochen umgeleitet."),
                DetectorExample.wrong("Der Sommer war ungewöhnlichfeucht, die Ernte fiel aus.", "ungewöhnlichfeucht",
                        "Der Sommer war ungewöhnlich feucht, die Ernte fiel aus."),
                DetectorExample.right("Die niedrigqualifizierten Arbeiter lehnen den untergriffigen, rötlichen Ton ab."),
                DetectorExample.wrong("Die Fabrik soll 2027in Betrieb gehen.", "2027in",
                        "Die Fabrik soll 2027 in Betrieb gehen."),
                DetectorExample.wrong("Die Busse pendeln zwischendem Bahnhof und dem Hafen.", "zwischendem",
                        "Die Busse pendeln zwischen dem Bahnhof und dem Hafen."),
                DetectorExample.wrong("Sie reagierten auf den Kursverfalldes Forint.", "Kursverfalldes",
                        "Sie reagierten auf den Kursverfall des Forint."),
                DetectorExample.wrong("Das Album erschien 1990dann folgte die Tour.", "1990dann",
                        "Das Album erschien 1990, dann folgte die Tour."),
                DetectorExample.right("Sie lief 10km, war 3fach so schnell wie in den 1990ern und 2020er-Jahren."),
                DetectorExample.wrong("In der achten Minute köpfteIcardi nach einer Flanke zum 1:0 ein.", "köpfteIcardi",
                        "In der achten Minute köpfte Icardi nach einer Flanke zum 1:0 ein."),
                DetectorExample.wrong("Cheslin Kolbe läuftüber die halbe Länge des Feldes.", "läuftüber",
                        "Cheslin Kolbe läuft über die halbe Länge des Feldes."),
                DetectorExample.right("Die Staatsanwaltschafft ermittelt, das Auge sieht an glimmernden Lampen vorbei."),
                DetectorExample.wrong("Die Polizei sperrte die Straßeund leitete den Verkehr über die Umfahrung um.",
                        "Straßeund",
                        "Die Polizei sperrte die Straße und leitete den Verkehr über die Umfahrung um."),
                DetectorExample.wrong("Die Debatte imParlament dauerte bis in die Nacht.",
                        "imParlament",
                        "Die Debatte im Parlament dauerte bis in die Nacht."),
                DetectorExample.wrong("Die Bauzeit wird auf rund18 Monate veranschlagt.",
                        "rund18",
                        "Die Bauzeit wird auf rund 18 Monate veranschlagt."),
                DetectorExample.wrong("Die Zahl der Gäste stieg bis 2019Weitere Betten bietet nun das neue Hotel.",
                        "2019Weitere",
                        "Die Zahl der Gäste stieg bis 2019 Weitere Betten bietet nun das neue Hotel."),
                DetectorExample.wrong("Der Antrag wurde vom Bundesratam Montag abgelehnt.",
                        "Bundesratam",
                        "Der Antrag wurde vom Bundesrat am Montag abgelehnt."),
                DetectorExample.wrong("Die PreisErhöhung trifft alle Kunden hart.",
                        "PreisErhöhung",
                        "Die Preis Erhöhung trifft alle Kunden hart."),
                DetectorExample.wrong("Das teilte derBürgermeister der Metropolgemeinde Kadıköy mit.",
                        "derBürgermeister", "Das teilte der Bürgermeister der Metropolgemeinde Kadıköy mit."),
                DetectorExample.wrong("Das Museum wurde 1969eröffnete und zieht viele Gäste an.",
                        "1969eröffnete", "Das Museum wurde 1969 eröffnet und zieht viele Gäste an."),
                DetectorExample.wrong("Es kamen indenvergangenen Tagen viele Menschen.", "indenvergangenen",
                        "Es kamen in den vergangenen Tagen viele Menschen."),
                DetectorExample.wrong("Die Regierungin Warschau zieht die Stilllegung vor.", "Regierungin",
                        "Die Regierung in Warschau zieht die Stilllegung vor."),
                DetectorExample.wrong("Die zusätzlichen Ausgabenfürdie Flüchtlinge wirken wie ein Programm.",
                        "Ausgabenfürdie", "Die zusätzlichen Ausgaben für die Flüchtlinge wirken wie ein Programm."),
                DetectorExample.wrong("Der Roboter wird bereitsin drei Heimen getestet.", "bereitsin",
                        "Der Roboter wird bereits in drei Heimen getestet."),
                DetectorExample.wrong("Er traf mit einem Powerplay-Treffervon der blauen Linie.", "Powerplay-Treffervon",
                        "Er traf mit einem Powerplay-Treffer von der blauen Linie."),
                DetectorExample.right("Der Wissenschafter sagte, die Lissabonerin kam mit der Lehrerin."),
                DetectorExample.right("Die Landesregierung beschloss den Nachtragshaushalt und die "
                        + "Bundesstraße bleibt gesperrt."),
                DetectorExample.right("Das Video lief auf YouTube, sie teilte es über WhatsApp."),
                DetectorExample.right("Sie zahlte mit PayPal für ein iPhone, das sie auf eBay fand."),
                DetectorExample.right("Am Abend zeigt ProSieben einen Film mit DiCaprio."),
                DetectorExample.right("Mit der BahnCard fährt man günstiger."),
                DetectorExample.right("Die G7 bestellten A380 und 5G-Netze, der CO2-Ausstoß der 90er sank um 15km."),
                DetectorExample.right("Die BürgerInnen lasen derStandard.at und fuhren 3mal nach Graz."),
                DetectorExample.right("Der Preis stieg um 2,6 Prozent auf 1.250 Euro, das Spiel endete 2:1."),
                DetectorExample.wrong("Kurz vor Schluss traf der eingewechselte Lautaro Ramírezden Pfosten.",
                        "Ramírezden", "Kurz vor Schluss traf der eingewechselte Lautaro Ramírez den Pfosten."),
                DetectorExample.wrong("Die neue Kläranlagesoll ab Mai laufen.", "Kläranlagesoll",
                        "Die neue Kläranlage soll ab Mai laufen."),
                DetectorExample.wrong("Ministerin Claire Morvanbetonte in ihrer Rede, Paris gehe voran.",
                        "Morvanbetonte", "Ministerin Claire Morvan betonte in ihrer Rede, Paris gehe voran."),
                DetectorExample.right("Während seiner Bundesheerzeit lernte er Grosso modo alles über das "
                        + "Fremddenkenlassen."),
                DetectorExample.wrong("Der Hafen von Santos ist voll. Vor Santosbildeten sich lange Staus.",
                        "Santosbildeten", "Der Hafen von Santos ist voll. Vor Santos bildeten sich lange Staus."),
                DetectorExample.wrong("Die Krafla ist ein Vulkan. Die Bohrung in der Region Kraflaim Norden beginnt.",
                        "Kraflaim", "Die Krafla ist ein Vulkan. Die Bohrung in der Region Krafla im Norden beginnt."),
                DetectorExample.right("Das Bundesheer sucht Rekruten. Die Bundesheerzeit ist auch kürzer geworden."),
                DetectorExample.right("Am Rhein liegt Rheinau. Rheinaus Trainer lobte das Team."),
                DetectorExample.wrong("Die Versorgung am Victoriaseesoll besser werden.", "Victoriaseesoll",
                        "Die Versorgung am Victoriasee soll besser werden."),
                DetectorExample.wrong("Das bezeichnete ChefinMaya Rosen als nötig.", "ChefinMaya",
                        "Das bezeichnete Chefin Maya Rosen als nötig."),
                DetectorExample.wrong("Premier Jan Kowalczykbegrüßte den Plan und dankte allen.", "Kowalczykbegrüßte",
                        "Premier Jan Kowalczyk begrüßte den Plan und dankte allen."),
                DetectorExample.wrong("Die Wirte am Platz Ouderijnsowie die Händler klagen.", "Ouderijnsowie",
                        "Die Wirte am Platz Ouderijn sowie die Händler klagen."),
                DetectorExample.right("Günter Hunter und Mona Kleinsorgen kamen aus Oberhausen und Dagegen-Stadt."),
                DetectorExample.wrong("Ein in Vrdlicagegründetes Start-up wächst.", "Vrdlicagegründetes",
                        "Ein in Vrdlica gegründetes Start-up wächst."),
                DetectorExample.wrong("Er führte durch eineüberwältigende Partitur.", "eineüberwältigende",
                        "Er führte durch eine überwältigende Partitur."),
                DetectorExample.wrong("Die Sonde maß nahe des KratersShioli die Felsen.", "KratersShioli",
                        "Die Sonde maß nahe des Kraters Shioli die Felsen."),
                DetectorExample.right("Die BahnCard, der TeamViewer und die Ausstellung Spannende Geschichten."),
                DetectorExample.right("Die Stadträt:innen, Ärzt*innen und Kolleg_innen der Stadt stimmten zu."),
                DetectorExample.wrong("Kanzler Olaf Scholzsagte am Montag, er sei zufrieden.", "Scholzsagte",
                        "Kanzler Olaf Scholz sagte am Montag, er sei zufrieden."));
    }
}
