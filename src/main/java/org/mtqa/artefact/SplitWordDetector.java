package org.mtqa.artefact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.languagetool.AnalyzedToken;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.Spans;
import org.springframework.stereotype.Component;

/**
 * A word torn in two by a space: a compound ("Bundes Regierung", "Bürger meister", "Arbeits markt"), a word cut inside
 * ("Regier ung", "Gesund Heit") or a drop cap set apart from its word at the start of a paragraph ("W ir", "E in").
 * Many pairs of real words join into some known word ("die Stadt Wien", "wie der", "des Landes Regierung"), so the
 * joined form must be a word the tagger knows, no determiner before the pair may make the first part a genitive before
 * its noun, and one of these must back it:
 * <ul>
 * <li>the second part is in lower case and one part is no word as written ("meister", "markt", "ung"), the other no
 * function word, and the words around are German;</li>
 * <li>for two capitalised words: a determiner right before the pair (or before an adjective there) agrees in case,
 * number and gender with the joined form but not with the first part ("die Bundes Regierung": "die" fits
 * "Bundesregierung", not the genitive "Bundes"); or the text writes the joined form itself elsewhere; or the first
 * part is a head German binds into compounds (compass points, "Haupt"); or the second is a derivational suffix
 * ("Heit"); or the first part is no noun or name as written ("Kühl Räume", "Straf Raum");</li>
 * <li>a single capital letter opens a sentence or paragraph and joins the next word into a known one (a drop cap).</li>
 * </ul>
 * English names of two capitalised words ("Happy End", "Davis Cup") have none of these.
 */
@Component
public class SplitWordDetector implements ArtefactDetector {

    /**
     * Two words of letters only with one space between: no hyphens, digits, apostrophes or line breaks, but for a
     * hyphen that goes on to a capitalised part ("Halb leiter-Hersteller").
     */
    private static final Pattern PAIR = Pattern.compile(
            "(?<![\\p{L}\\p{M}\\p{N}\\-'’.])(\\p{L}+)[ \\u00A0](\\p{L}+)(?![\\p{L}\\p{M}\\p{N}'’]|-(?!\\p{Lu}))");

    /**
     * First parts that stand alone only rarely but head many compounds. Genitives that double as compound heads
     * ("des Landes", "des Bundes") and free nouns ("Mittel") stay out: "seines Landes Pläne" is a normal pair.
     */
    private static final Set<String> BOUND_HEADS = Set.of(
            "Nord", "Süd", "Ost", "West", "Nordost", "Nordwest", "Südost", "Südwest", "Haupt");

    /**
     * German derivational suffixes that make nouns and adjectives ("Gesund Heit", "Freund Schaft"): split off and
     * capitalised they are no word the tagger reads, and no foreign name ends in a word like them. A closed class of
     * the grammar.
     */
    private static final Pattern SUFFIXES = Pattern.compile("Heit|Keit|Ung|Ungen|Schaft|Schaften|Nis|Nisse|Tum|Lich|"
            + "Liche|Lichen|Licher|Isch|Ische|Ischen|Bar|Bare|Sam|Same|Los|Lose|Losen");

    /**
     * A verb in the third person or a closed-class word: after a noun it belongs to the sentence ("Seiten lassen",
     * "Bellen den"), whatever the determiner before says; "halt" is a first person only ("ich halt").
     */
    private static final Pattern VERB_OR_FUNCTION_TAG = Pattern.compile("VER:(?:(?:AUX|MOD):)?3:|ART|PRP|KON|PRO");
    /** An uninflected predicative adjective, an imperative verb stem or a compound part: "kühl", "straf", "kurz". */
    private static final Pattern MODIFIER_ONLY = Pattern.compile("ADJ:PRD:GRU|VER:IMP|ZUS");
    /** Closed word classes: articles, prepositions, conjunctions, pronouns. */
    private static final Pattern FUNCTION_TAG = Pattern.compile("ART|PRP|KON|PRO");

    /**
     * A line-end hyphenation left in the text: part of a word, a hyphen, a space, the lower-case rest ("Evakuie-
     * rung"). A conjunction after the hyphen makes it an elided compound ("Ein- und Ausgang", "Vor- bzw. Nachteile").
     */
    private static final Pattern HYPHENATION = Pattern.compile(
            "(?<![\\p{L}\\p{M}\\p{N}\\-])(\\p{L}{2,})- (\\p{Ll}+)(?![\\p{L}\\p{M}\\p{N}\\-'’])");

    /** A lower-case word rest this short is too often a word of its own or a foreign one. */
    private static final int MIN_NOUN_HEAD = 4;
    /**
     * A lower-case noun this short after a noun is as often an English word ("News games", "Wahnsinn made in …") as a
     * torn compound's head.
     */
    private static final int MIN_COMPOUND_HEAD = 6;

    private static final int MIN_NAME_REST = 3;
    private static final Pattern NUMBER_BEFORE = Pattern.compile("[0-9][ \\u00A0]$");
    /** What may stand before a drop cap besides spaces: a line break, sentence punctuation, a dash or an open quote. */
    private static final String BEFORE_DROP_CAP = "\n\r.!?:–—-„“\"«»‚(";


    private final GermanLexicon lexicon;

    public SplitWordDetector(GermanLexicon lexicon) {
        this.lexicon = lexicon;
    }


    @Override
    public Category category() {
        return Category.SPLIT_WORD;
    }

    @Override
    public List<Finding> detect(AnalysedText analysed) {
        String text = analysed.text();
        List<Finding> findings = new ArrayList<>();
        int searchFrom = 0;
        Matcher pairs = PAIR.matcher(text);
        while (pairs.find(searchFrom)) {
            String first = pairs.group(1);
            String second = pairs.group(2);
            String joined = join(first, second);
            if (joined != null && isTornWord(analysed, pairs, first, second, joined)) {
                findings.add(finding(pairs.start(), pairs.end(),
                        "Word split in two: '" + pairs.group() + "' should probably be '" + joined + "'",
                        List.of(joined)));
                searchFrom = pairs.end();
            } else {
                // the second word may start the next pair
                searchFrom = pairs.start(2);
            }
        }
        Matcher hyphenation = HYPHENATION.matcher(text);
        while (hyphenation.find()) {
            String joined = hyphenation.group(1) + hyphenation.group(2);
            // a rest that is also a function word ("Einrichtun- gen", "deutl- ich") joins a part that is no word
            boolean rest = !GermanWords.hasTag(lexicon, hyphenation.group(2), FUNCTION_TAG)
                    || !lexicon.hasTag(hyphenation.group(2), "KON") && !lexicon.isKnown(hyphenation.group(1));
            if (rest && isDictionaryWord(joined)) {
                findings.add(finding(hyphenation.start(), hyphenation.end(), "Hyphenation left in the text: '"
                        + hyphenation.group() + "' should be '" + joined + "'", List.of(joined)));
            }
        }
        findings.sort(Comparator.comparingInt(Finding::start));
        return findings;
    }

    /**
     * The joined form, the second part's capital lowered ("Bundes Regierung" to "Bundesregierung"); null for a
     * lower-case word before a capitalised one, the ordinary shape of an adjective or verb before a noun.
     */
    private static String join(String first, String second) {
        boolean secondCapitalised = Character.isUpperCase(second.charAt(0));
        if (Character.isLowerCase(first.charAt(0)) && secondCapitalised) {
            return null;
        }
        return first + (secondCapitalised ? second.substring(0, 1).toLowerCase(Locale.GERMAN) + second.substring(1)
                : second);
    }

    /** The cheap evidence first: the speller is asked about the joined form only for a pair that has some. */
    private boolean isTornWord(AnalysedText analysed, Matcher pair, String first, String second, String joined) {
        if (first.length() == 1) {
            return (Character.isUpperCase(first.charAt(0)) && isDropCap(analysed, pair, second, joined)
                    || isLetterTornOff(analysed, pair, second)) && isDictionaryWord(joined)
                    || Character.isUpperCase(first.charAt(0)) && isDropCapOfName(analysed, pair, second);
        }
        List<String> determiner = gendered(determinerBefore(analysed, pair.start()));
        // a word of its own in lower case before the rest of a name is the name's ("Büro freiland Umweltconsulting");
        // a torn piece is no word ("Alexan dra Strickner")
        if (Character.isLowerCase(second.charAt(0)) && !lexicon.isKnown(second)
                && lexicon.isKnown(Character.toUpperCase(second.charAt(0)) + second.substring(1))
                && isNameGoingOn(analysed.wordAfter(pair.end()))) {
            return false;
        }
        if (Character.isLowerCase(second.charAt(0)) && (isCapitalisedModifier(first, second, joined)
                || isFeminineEndingTornOff(first, second, joined)) && isDictionaryWord(joined)
                && isGermanOrNone(analysed.wordBefore(pair.start())) && isGermanOrNone(analysed.wordAfter(pair.end()))) {
            return true;
        }
        // mid-sentence a capital marks a noun: on a word that is none it is the head of a torn one ("der anhaltende
        // Stark regen", "der 465 Ab geordneten")
        if (Character.isLowerCase(second.charAt(0)) && Character.isUpperCase(first.charAt(0))
                && !atSentenceStart(analysed.text(), pair.start()) && !opensSentence(analysed.text(), pair.start())
                && isNeverNoun(first) && (GermanWords.opensNounPhrase(lexicon, analysed.wordBefore(pair.start()))
                        || NUMBER_BEFORE.matcher(analysed.text().substring(Math.max(0, pair.start() - 2), pair.start())).find()) && lexicon.isKnown(joined)
                && (lexicon.hasTag(joined, "SUB") || lexicon.readings(joined).isEmpty())
                && !GermanWords.hasTag(lexicon, second, FUNCTION_TAG)) {
            return true;
        }
        if (Character.isLowerCase(second.charAt(0)) && isSecondFiniteVerb(first, second)
                && finiteVerbBefore(analysed.text(), pair.start()) && isDictionaryWord(first + second)) {
            return true;
        }
        if (Character.isLowerCase(second.charAt(0)) && isNounHeadAfterName(first, second)
                && (!lexicon.isKnown(second) || !hasThirdPerson(second)
                        || finiteVerbBefore(analysed.text(), pair.start())
                        || opensSentence(analysed.text(), pair.start()) && !hasThirdPersonIndicative(second))
                && isGermanOrNone(analysed.wordBefore(pair.start())) && isGermanOrNone(analysed.wordAfter(pair.end()))) {
            return true;
        }
        if (second.equals("mal") && lexicon.hasTag(first, "ZAL")) {
            // a number word and "mal" are one adverb ("zehnmal"); a number after them multiplies ("drei mal drei")
            String after = analysed.wordAfter(pair.end());
            String rest = analysed.text().substring(pair.end()).stripLeading();
            return (after == null || !lexicon.hasTag(after, "ZAL")) && (rest.isEmpty() || !Character.isDigit(rest.charAt(0)))
                    && isDictionaryWord(joined);
        }
        if (Character.isLowerCase(second.charAt(0))) {
            // a known lower-case word after a noun is mostly its verb ("Staatsführer sprachen"), joined a noun too;
            // unless the determiner before fits the joined noun and not the first part ("Den Haus halt")
            boolean fragments = isFragmentPair(analysed, pair, first, second);
            // an inflected adjective that agrees with the joined noun and not the first part outweighs a finite verb
            // reading; an infinitive after a genitive is the clause's verb ("die Daten eines Gebiets sammeln")
            String wordBefore = analysed.lettersBeforeOnLine(pair.start());
            boolean adjectiveBefore = wordBefore != null
                    && GermanWords.hasTag(lexicon, wordBefore, GermanWords.ATTRIBUTIVE);
            return (fragments || agreesOnlyJoined(determiner, first, joined)
                    && (!GermanWords.hasTag(lexicon, second, VERB_OR_FUNCTION_TAG) || isNounPreposition(second)
                            || adjectiveBefore && !GermanWords.hasTag(lexicon, second, FUNCTION_TAG)
                                    && !lexicon.hasTag(second, "VER:INF"))
                    || isStrandedAdjective(analysed, pair, first, second)
                    || isHeadInFrontedPhrase(analysed, pair, first, second, joined)
                    || isPrepositionWithoutObject(analysed, pair, first, second)
                    || isParticleTornOff(analysed, pair, first, second, joined)
                    || isNonNounAfterDeterminer(analysed, pair, determiner, first, joined))
                    // the speller knows some compounds the tagger lacks ("Zulieferbetriebe", "Permafrost")
                    && (isDictionaryWord(joined) || fragments && (lexicon.isKnown(joined)
                            || isCompoundOfNoun(joined, second)))
                    // "Der Wasser versorger": "der Wasser" agrees only as a genitive plural, which needs a noun after
                    // it, and "versorger" is none; "im Dezember heurigen" agrees as the dative it is
                    && (fragments && agreesOnlyAsGenitive(determiner, first) || !isGenitiveBefore(determiner, first, joined));
        }
        // two capitalised words are often two real words, or a foreign name ("Happy End", "Davis Cup")
        if (analysed.count(joined) > 0 || BOUND_HEADS.contains(first)
                || SUFFIXES.matcher(second).matches() && lexicon.readings(second).isEmpty()) {
            return isDictionaryWord(joined) && !isGenitiveBefore(determiner, first, joined);
        }
        return (agreesOnlyJoined(determiner, first, joined) || isModifierOnly(analysed, pair, first, second))
                && GermanWords.isGermanWord(lexicon, second) && isDictionaryWord(joined)
                && !isGenitiveBefore(determiner, first, joined);
    }

    /**
     * A name the dictionary lacks, or a noun it joins into a known compound, then a lower-case word German knows only as
     * a capitalised noun of some length: "am Tingstads tunnel", "die Øresund brücke", "einen Regen schirm". In lower case
     * it is the head of a compound torn off; the finding suggests the joined word (after a name German may also write
     * "Tingstads-Tunnel"). The caller asks for German words around the pair: in an English passage "center" and
     * "analysis" are words of their own.
     */
    private boolean isNounHeadAfterName(String first, String second) {
        // a head that is a word in lower case too is mostly the verb of the clause ("Die Kaufkraft steige")
        if (!Character.isUpperCase(first.charAt(0)) || first.length() < MIN_NOUN_HEAD || second.length() < MIN_NOUN_HEAD
                || lexicon.isKnown(second) && !isVerbNotAgreeing(first, second)) {
            return false;
        }
        String noun = Character.toUpperCase(second.charAt(0)) + second.substring(1);
        boolean taggedNoun = lexicon.hasTag(noun, "SUB") && !lexicon.hasTag(noun, "EIG");
        boolean name = !lexicon.isKnown(first) && lexicon.readings(first).isEmpty();
        if (name) {
            return taggedNoun;
        }
        // a noun before it, or a verb stem that is no word capitalised ("der Impf stoff"), joins with it into a word the
        // dictionary knows: "einen Regen schirm"; where the tagger lacks the head, it lacks the compound too, and the
        // speller's word will do for both ("Bergwerk", "Salzbergwerk")
        boolean modifier = lexicon.hasTag(first, "SUB") || isModifierOnlyWord(first);
        return modifier && (taggedNoun ? isDictionaryWord(first + second) : !lexicon.isKnown(second)
                && lexicon.isKnown(noun) && lexicon.readings(noun).isEmpty() && lexicon.isKnown(first + second));
    }

    /**
     * A capitalised word the tagger lacks right after the pair goes on with a name the lower-case word is part of: "vom
     * Büro freiland Umweltconsulting", a firm that writes its name in lower case.
     */
    private boolean isNameGoingOn(String after) {
        return after != null && Character.isUpperCase(after.charAt(0)) && lexicon.readings(after).isEmpty();
    }

    /**
     * A noun, then a lower-case word German reads as a noun capitalised and otherwise only as a finite verb, no
     * infinitive or participle: after the clause's finite verb ("Auf den Plätzen finden Reiter spiele statt") a main
     * clause has no place for a second, so it is the head of a compound torn off.
     */
    private boolean isSecondFiniteVerb(String first, String second) {
        String noun = Character.toUpperCase(second.charAt(0)) + second.substring(1);
        List<AnalyzedToken> readings = lexicon.readings(second);
        return Character.isUpperCase(first.charAt(0)) && lexicon.hasTag(first, "SUB") && second.length() >= MIN_NOUN_HEAD
                && !readings.isEmpty() && readings.stream().allMatch(r -> r.getPOSTag() != null
                        && (GermanWords.FINITE_VERB.matcher(r.getPOSTag()).lookingAt()
                                || r.getPOSTag().startsWith("VER:IMP")))
                // an auxiliary closes a passive ("… in diesem Gesamtwert waren in Umlauf gebracht worden"), and a lone
                // imperative is a separable verb's particle ("gaben den Weg preis")
                && readings.stream().noneMatch(r -> r.getPOSTag().matches("VER:(?:AUX|MOD):.*"))
                && readings.stream().anyMatch(r -> GermanWords.FINITE_VERB.matcher(r.getPOSTag()).lookingAt())
                && lexicon.hasTag(noun, "SUB") && !lexicon.hasTag(noun, "EIG");
    }

    /**
     * The lower-case word is a verb form that cannot be the noun's verb: no infinitive, no third person indicative
     * (which a clause's verb at its end mostly is: "… auf dem Berg waren"), and no third person in the noun's number
     * ("Masern fälle": "Masern" is plural, "fälle" singular), so it is no predicate of that noun. The caller also asks
     * for a finite verb earlier in the clause: in "Am Montag waren …" the verb comes before its subject, and the noun
     * before it is no subject.
     */
    private boolean isVerbNotAgreeing(String noun, String word) {
        Set<String> numbers = new HashSet<>();
        // the noun made of an infinitive ("das Masern") is not what a plural noun means
        lexicon.readings(noun).stream().map(AnalyzedToken::getPOSTag)
                .filter(t -> t != null && t.startsWith("SUB:") && !t.endsWith(":INF"))
                .forEach(t -> numbers.add(t.split(":")[2]));
        List<String> tags = lexicon.readings(word).stream().map(AnalyzedToken::getPOSTag).filter(Objects::nonNull)
                .toList();
        return !numbers.isEmpty() && !tags.isEmpty() && tags.stream().allMatch(t -> t.startsWith("VER:"))
                && tags.stream().noneMatch(t -> t.contains(":INF") || t.contains(":PA")
                        || t.contains(":3:") && (t.contains(":PRÄ") || t.contains(":PRT"))
                        || numbers.stream().anyMatch(n -> t.contains(":3:" + n)));
    }

    /**
     * A third person indicative: "creme" is a subjunctive, which a clause that opens with its subject ("Sonnen creme
     * mit …") does not take as its predicate; it ends a clause whose subject came before ("…, dass man Kinder creme").
     */
    private boolean hasThirdPersonIndicative(String word) {
        return lexicon.readings(word).stream().anyMatch(r -> r.getPOSTag() != null && r.getPOSTag().contains(":3:")
                && (r.getPOSTag().contains(":PRÄ") || r.getPOSTag().contains(":PRT")));
    }

    /** A verb form of the third person: "bahn" (imperative, first person) can be no noun's predicate. */
    private boolean hasThirdPerson(String word) {
        return lexicon.readings(word).stream().anyMatch(r -> r.getPOSTag() != null && r.getPOSTag().contains(":3:"));
    }

    /**
     * A lower-case word read only as a verb, finite in some reading, between the clause's start (a sentence end,
     * comma, colon or line break) and {@code at}.
     */
    private boolean finiteVerbBefore(String text, int at) {
        int start = at;
        // a stop or comma inside a figure ("1.200", "2,5") ends no clause
        while (start > 0 && !(text.charAt(start - 1) == '\n'
                || ".!?;:,".indexOf(text.charAt(start - 1)) >= 0 && Character.isWhitespace(text.charAt(start)))) {
            start--;
        }
        return Spans.words(text.substring(start, at)).stream().map(Spans.Span::value)
                .anyMatch(w -> Character.isLowerCase(w.charAt(0)) && GermanWords.isVerbOnly(lexicon, w));
    }

    /**
     * A capitalised first part inside a sentence that is neither noun nor name, right after a determiner (or a
     * determiner and adjective) that fits the joined noun: "Der Ein tritt", "Der neue Fahr plan". A determiner is
     * followed by a noun phrase, and "Ein" or "Fahr" opens none.
     */
    private boolean isNonNounAfterDeterminer(AnalysedText analysed, Matcher pair, List<String> determiner, String first,
            String joined) {
        return !determiner.isEmpty() && Character.isUpperCase(first.charAt(0))
                && !atSentenceStart(analysed.text(), pair.start())
                && !lexicon.readings(first).isEmpty() && !lexicon.hasTag(first, "SUB") && !lexicon.hasTag(first, "EIG")
                && Agreement.agree(determiner, Agreement.ofNoun(lexicon, joined));
    }

    /**
     * A lower-case word that is only an inflected adjective, after a noun and before punctuation ("zwei gepolsterte
     * Roboter arme,"): an inflected adjective stands before its noun, so with none after it, it is a torn head.
     */
    private boolean isStrandedAdjective(AnalysedText analysed, Matcher pair, String first, String second) {
        List<AnalyzedToken> readings = lexicon.readings(second);
        return !readings.isEmpty() && readings.stream().allMatch(r -> GermanWords.ATTRIBUTIVE.matcher(r.getPOSTag()).lookingAt())
                && lexicon.hasTag(first, "SUB") && opensNoNounPhrase(analysed, pair.end(), true);
    }

    /**
     * A noun and a lower-case verb form that end a prepositional phrase opening the sentence, right before the finite
     * verb: "In mehreren Küsten orten fiel der Strom aus". A German main clause holds one phrase before its finite
     * verb, and a prepositional phrase holds no verb, so the verb form is the torn head of a compound the dictionary
     * knows.
     */
    private boolean isHeadInFrontedPhrase(AnalysedText analysed, Matcher pair, String first, String second,
            String joined) {
        List<AnalyzedToken> readings = lexicon.readings(second);
        String next = analysed.wordAfter(pair.end());
        if (!lexicon.hasTag(first, "SUB") || readings.isEmpty()
                || !readings.stream().allMatch(r -> r.getPOSTag() != null && r.getPOSTag().startsWith("VER"))
                || next == null || !Character.isLowerCase(next.charAt(0))
                || !GermanWords.hasTag(lexicon, next, GermanWords.FINITE_VERB) || !lexicon.hasTag(joined, "SUB")) {
            return false;
        }
        // "Mit dem Rad fahren ist gesund": an infinitive phrase is the subject, and "dem" fits "Rad", not a plural
        // "Radfahren"; the joined word must be a noun that is no infinitive and fit the determiner
        List<String> determiner = determinerBefore(analysed, pair.start());
        if (determiner.isEmpty() || !Agreement.agree(determiner, Agreement.ofNounNotInfinitive(lexicon, joined))) {
            return false;
        }
        String text = analysed.text();
        int start = pair.start();
        while (start > 0 && ".!?:\n\r–—".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return GermanWords.isFrontedPrepositionalPhrase(lexicon,
                Spans.words(text.substring(start, pair.start())).stream().map(Spans.Span::value).toList());
    }

    /**
     * A preposition that is a noun's lower-case form ("zeit", "kraft") after a noun, with no object after it: "die
     * Fahrt zeit beträgt". As a preposition it governs a genitive ("zeit seines Lebens").
     */
    private boolean isPrepositionWithoutObject(AnalysedText analysed, Matcher pair, String first, String second) {
        return !lexicon.readings(second).isEmpty() && isNounPreposition(second) && lexicon.hasTag(first, "SUB")
                && opensNoNounPhrase(analysed, pair.end(), false);
    }

    /**
     * A verb particle or preposition torn off the front of a word the tagger knows, the rest no word it reads: "vor
     * sorglich", "zu tiefst". The rest may be a word the speller lists ("sorglich") yet no word of today's German.
     */
    private boolean isParticleTornOff(AnalysedText analysed, Matcher pair, String first, String second, String joined) {
        return Character.isLowerCase(first.charAt(0)) && second.length() >= MIN_NOUN_HEAD
                && (lexicon.hasTag(first, "ZUS") || lexicon.hasTag(first, "PRP"))
                && lexicon.readings(second).isEmpty()
                && !lexicon.readings(joined).isEmpty()
                && isGermanOrNone(analysed.wordBefore(pair.start())) && isGermanOrNone(analysed.wordAfter(pair.end()));
    }

    /**
     * What follows a position can continue no noun phrase: the text's end, punctuation, a finite verb ("zeit beträgt")
     * or, when {@code functionWords}, a word the tagger reads only as a preposition, article, verb particle or finite
     * verb ("Bürger initiativen aus Pommern"). A preposition's object opens with an article, so it asks for less.
     */
    private boolean opensNoNounPhrase(AnalysedText analysed, int position, boolean functionWords) {
        String text = analysed.text();
        int after = skipSpaces(text, position);
        if (after == text.length() || ",.;:!?)".indexOf(text.charAt(after)) >= 0) {
            return true;
        }
        String next = analysed.wordAfter(position);
        List<String> tags = next == null || !text.startsWith(next, after) ? List.of()
                : lexicon.readings(next).stream().map(AnalyzedToken::getPOSTag).filter(Objects::nonNull).toList();
        return !tags.isEmpty() && tags.stream().allMatch(t -> functionWords && (t.startsWith("PRP")
                || t.startsWith("ART") || t.startsWith("ZUS")) || GermanWords.FINITE_VERB.matcher(t).lookingAt());
    }

    /** The determiner and the word agree, and only in the genitive. */
    private boolean agreesOnlyAsGenitive(List<String> determiner, String word) {
        List<String> shared = Agreement.ofNominal(lexicon, word).stream()
                .filter(f -> Agreement.agree(determiner, List.of(f))).toList();
        return !shared.isEmpty() && shared.stream().allMatch(f -> f.startsWith(":GEN:"));
    }

    /**
     * The determiner's features without the genderless singular of its pronoun reading ("einem" as "someone") when
     * an article's gendered ones are there: "einem" before a noun is masculine or neuter, so it does not fit "Anlage".
     */
    private static List<String> gendered(List<String> determiner) {
        boolean genderedSingular = determiner.stream().anyMatch(f -> f.contains(":SIN:") && !f.endsWith(":ALG"));
        return genderedSingular ? determiner.stream().filter(f -> !(f.contains(":SIN:") && f.endsWith(":ALG"))).toList()
                : determiner;
    }

    /**
     * A preposition that is a noun's lower-case form and nothing else besides ("zeit", "kraft", "trotz"): after a noun
     * that the determiner before does not fit, it is the torn head of the compound ("in der Nachspiel zeit").
     */
    private boolean isNounPreposition(String word) {
        String noun = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        return lexicon.readings(word).stream().map(AnalyzedToken::getPOSTag)
                .allMatch(tag -> tag == null || tag.startsWith("PRP")) && lexicon.hasTag(noun, "SUB");
    }

    /**
     * A capitalised first part inside a sentence that German reads only as an uninflected adjective, a verb stem or a
     * compound part, before a noun: "Kühl Räume", "Groß Meisterin", "Straf Raum". At a sentence start any word is
     * capitalised ("Mehr Geld"); a capitalised word after the pair makes it part of a longer name ("National Hockey
     * League"); a first part the text uses on its own is a name ("Kurz Erzählung" beside "Kurz sagte").
     */
    private boolean isModifierOnly(AnalysedText analysed, Matcher pair, String first, String second) {
        return isModifierOnlyWord(first) && lexicon.hasTag(second, "SUB") && !atSentenceStart(analysed.text(), pair.start())
                && !capitalisedWordAfter(analysed.text(), pair.end())
                && analysed.count(first) == 1;
    }

    /**
     * A capitalised word German reads only as a verb stem or a compound part, before the rest of a noun or adjective:
     * "per Straf stoß", "Straf mildernd wertete": capitalised, it is the first part of that word. A joined verb is left
     * alone, as a fronted particle is German ("Fest steht, dass …").
     */
    private boolean isCapitalisedModifier(String first, String second, String joined) {
        // an adjective opens sentences on its own ("Kurz entschlossen zieht …", "Einfach mal raus"), a verb stem not
        return Character.isUpperCase(first.charAt(0)) && first.length() >= MIN_NOUN_HEAD && isModifierOnlyWord(first)
                && !lexicon.hasTag(first, "ADJ") && !GermanWords.hasTag(lexicon, second, FUNCTION_TAG)
                && !lexicon.hasTag(second, "ADV")
                && lexicon.readings(joined).stream().noneMatch(r -> r.getPOSTag().startsWith("VER"));
    }

    /**
     * The feminine plural ending torn off a noun of persons: "die besten Läufer innen" ("innen" is an adverb too, but
     * after such a noun German writes "Läuferinnen" or "Läufer drinnen").
     */
    private boolean isFeminineEndingTornOff(String first, String second, String joined) {
        return second.equals("innen") && lexicon.hasTag(first, "SUB")
                && lexicon.readings(joined).stream().anyMatch(r -> r.getPOSTag().matches("SUB:NOM:PLU:FEM.*"));
    }

    /** A word the tagger knows, with no reading as a noun or name: "stark", "ab". */
    private boolean isNeverNoun(String word) {
        List<AnalyzedToken> readings = lexicon.readings(word);
        return !readings.isEmpty() && readings.stream().noneMatch(r -> r.getPOSTag() == null
                || r.getPOSTag().startsWith("SUB") || r.getPOSTag().startsWith("EIG"));
    }

    /** Every reading an uninflected predicative adjective, an imperative verb stem or a compound part. */
    private boolean isModifierOnlyWord(String word) {
        List<AnalyzedToken> readings = lexicon.readings(word);
        return !readings.isEmpty() && readings.stream().allMatch(r -> MODIFIER_ONLY.matcher(r.getPOSTag()).lookingAt());
    }

    private static boolean atSentenceStart(String text, int position) {
        int i = position - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || "„“\"»«‚(".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?:\n\r–—-".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean capitalisedWordAfter(String text, int position) {
        int i = skipSpaces(text, position);
        return i > position && i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    /** The first position from {@code position} on that holds no space, or the text's length. */
    private static int skipSpaces(String text, int position) {
        int i = position;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The determiner before the pair fits the joined noun but not the first part: "den Bundes Haushalt". */
    private boolean agreesOnlyJoined(List<String> determiner, String first, String joined) {
        List<String> firstFeatures = determiner.isEmpty() ? List.of() : Agreement.ofNominal(lexicon, first);
        return !firstFeatures.isEmpty() && !Agreement.agree(determiner, firstFeatures)
                && Agreement.agree(determiner, Agreement.ofNoun(lexicon, joined));
    }

    /** "des Landes Regierung": the determiner fits the first part, a genitive before its noun, but not the joined. */
    private boolean isGenitiveBefore(List<String> determiner, String first, String joined) {
        return !determiner.isEmpty() && Agreement.agree(determiner, Agreement.ofNominal(lexicon, first))
                && !Agreement.agree(determiner, Agreement.ofNoun(lexicon, joined));
    }

    private boolean isDictionaryWord(String word) {
        return lexicon.isKnown(word) && !lexicon.readings(word).isEmpty();
    }

    /**
     * A compound the speller lacks but the tagger reads, whose second part is a noun written in lower case
     * ("Anwohner vereinigung", "Woiwodschafts verwaltungen"): mid-sentence German writes no noun in lower case.
     */
    private boolean isCompoundOfNoun(String joined, String second) {
        String noun = second.substring(0, 1).toUpperCase(Locale.GERMAN) + second.substring(1);
        return second.length() >= MIN_COMPOUND_HEAD && !lexicon.readings(joined).isEmpty()
                && lexicon.isKnown(noun) && lexicon.hasTag(noun, "SUB") && !lexicon.isKnown(second);
    }

    /**
     * A single letter torn off the front of a word inside a sentence ("die E xporte", "rund 40 P rozent"): the rest is
     * no word; a letter before a word ("Gruppe E in", "Plan B sieht") leaves a word.
     */
    private boolean isLetterTornOff(AnalysedText analysed, Matcher pair, String rest) {
        return rest.length() >= MIN_NOUN_HEAD && Character.isLowerCase(rest.charAt(0)) && !lexicon.isKnown(rest)
                && isGermanOrNone(analysed.wordBefore(pair.start())) && isGermanOrNone(analysed.wordAfter(pair.end()));
    }

    /**
     * The features of the determiner right before a position, or before an adjective that agrees with it there
     * ("den neuen Rad Weg"), or of an adjective's strong readings with no determiner before it; empty when there is
     * none.
     */
    private List<String> determinerBefore(AnalysedText analysed, int position) {
        String word = analysed.lettersBeforeOnLine(position);
        if (word == null) {
            return List.of();
        }
        List<String> determiner = Agreement.ofDeterminer(lexicon, word);
        if (!determiner.isEmpty() || !lexicon.hasTag(word, "ADJ")) {
            return determiner;
        }
        int wordEnd = position;
        while (!Character.isLetter(analysed.text().charAt(wordEnd - 1))) {
            wordEnd--;
        }
        String before = analysed.lettersBeforeOnLine(wordEnd - word.length());
        // an adverb may grade the adjective: "einem besonders dreisten Anlage betrug"
        if (before != null && lexicon.hasTag(before, "ADV") && !lexicon.hasTag(before, "ART")) {
            int adverbEnd = wordEnd - word.length();
            while (adverbEnd > 0 && !Character.isLetter(analysed.text().charAt(adverbEnd - 1))) {
                adverbEnd--;
            }
            before = analysed.lettersBeforeOnLine(adverbEnd - before.length());
        }
        List<String> adjective = Agreement.ofNominal(lexicon, word);
        List<String> beforeAdjective = before == null ? List.of() : Agreement.ofDeterminer(lexicon, before);
        // no determiner: the adjective's strong ending fixes the noun phrase's features ("neues Wohnungsbau Programm")
        return beforeAdjective.isEmpty() ? Agreement.ofStrongAdjective(lexicon, word) : beforeAdjective.stream()
                .filter(d -> Agreement.agree(List.of(d), adjective)).toList();
    }

    /**
     * A word and a lower-case one where one part or both are no word as written ("Bürger meister", "Arbeits
     * markt", "Regier ung"). A known part must not be a function word: a name before one joins into some compound
     * the speller accepts ("Schaub und"). Unknown words around mean a foreign passage, where joining guesses.
     */
    private boolean isFragmentPair(AnalysedText analysed, Matcher pair, String first, String second) {
        boolean firstKnown = lexicon.isKnown(first);
        boolean secondKnown = lexicon.isKnown(second);
        String knownPart = firstKnown ? first : secondKnown ? second : null;
        // a capitalised function word inside a sentence is a word's first part: "und Über schwemmungen"
        boolean functionWord = knownPart != null && GermanWords.hasTag(lexicon, knownPart, FUNCTION_TAG)
                && !(knownPart.equals(first) && Character.isUpperCase(first.charAt(0))
                        && !atSentenceStart(analysed.text(), pair.start()));
        if (firstKnown && secondKnown || functionWord || UntranslatedDetector.isEnglishFunctionWord(second)) {
            return false;
        }
        return isGermanOrNone(analysed.wordBefore(pair.start())) && isGermanOrNone(analysed.wordAfter(pair.end()));
    }

    /** No word, a German word or a capitalised one, a name; a lower-case word German lacks marks a foreign passage. */
    private boolean isGermanOrNone(String word) {
        return word == null || lexicon.isKnown(word) || Character.isUpperCase(word.charAt(0));
    }

    /** Nothing but spaces since the line's start, sentence punctuation, a dash or an opening quote. */
    private static boolean opensSentence(String text, int position) {
        int i = position;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u00A0' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        return i == 0 || BEFORE_DROP_CAP.indexOf(text.charAt(i - 1)) >= 0;
    }

    /**
     * A capital letter alone where a sentence or paragraph starts, joined with the next word into a known one: the rest
     * is no word ("W ir", "A uch", "I n"), or the joined form is a determiner that fits the word after ("D er Zug").
     */
    private boolean isDropCap(AnalysedText analysed, Matcher pair, String rest, String joined) {
        if (!opensSentence(analysed.text(), pair.start()) || Character.isUpperCase(rest.charAt(0))) {
            return false;
        }
        if (rest.length() == 1 || !lexicon.isKnown(rest)) {
            return true;
        }
        String next = analysed.wordAfter(pair.end());
        if (next == null) {
            return false;
        }
        List<String> nominal = Agreement.ofNominal(lexicon, next);
        // a noun the tagger lacks, capitalised after the article ("D er Taifun"), is read as agreeing
        return nominal.isEmpty() ? Character.isUpperCase(next.charAt(0)) && lexicon.hasTag(joined, "ART")
                : Agreement.agree(Agreement.ofDeterminer(lexicon, joined), nominal);
    }

    /**
     * A drop cap before the rest of a name at a paragraph's start: "D awid Kubacki", the rest no word and a capitalised
     * word after it; the joined name is in no dictionary.
     */
    private boolean isDropCapOfName(AnalysedText analysed, Matcher pair, String rest) {
        String text = analysed.text();
        int start = pair.start();
        String next = analysed.wordAfter(pair.end());
        return (start == 0 || text.charAt(start - 1) == '\n') && rest.length() >= MIN_NAME_REST
                && Character.isLowerCase(rest.charAt(0)) && !lexicon.isKnown(rest) && next != null
                && Character.isUpperCase(next.charAt(0)) && text.startsWith(" ", pair.end());
    }

    @Override
    public String description() {
        return "A word torn in two by a space: a compound, a word cut inside or a drop cap set apart, where the "
                + "joined form is a known word and a part that is no word, a determiner or the text itself backs it; "
                + "a line-end hyphenation left in the text.";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.wrong("Vorspann.\n\nD er Taifun ist in der Nacht auf Land getroffen.", "D er",
                        "Vorspann.\n\nDer Taifun ist in der Nacht auf Land getroffen."),
                DetectorExample.wrong("Kubacki jubelt\n\nD awid Kubacki hat gewonnen.", "D awid",
                        "Kubacki jubelt\n\nDawid Kubacki hat gewonnen."),
                DetectorExample.wrong("Sorgen macht vor allem der anhaltende Stark regen im Süden.", "Stark regen",
                        "Sorgen macht vor allem der anhaltende Starkregen im Süden."),
                DetectorExample.wrong("Nur 208 der 465 Ab geordneten stimmten dafür.", "Ab geordneten",
                        "Nur 208 der 465 Abgeordneten stimmten dafür."),
                DetectorExample.right("Das Team spielte Stark auf. Wir sahen Hoch hinaus.\n\nO sole mio sang er."),
                DetectorExample.wrong("Auf vielen Plätzen finden Reiter spiele statt.", "Reiter spiele",
                        "Auf vielen Plätzen finden Reiterspiele statt."),
                DetectorExample.right("Am Sonntag sagte er, dass dort Kinder spielten."),
                DetectorExample.right("Die Funde gaben den Weg preis, den die Händler nahmen."),
                DetectorExample.right("Das sagt Jörg Raderbauer vom Büro freiland Umweltconsulting."),
                DetectorExample.wrong("Das sagt Alexan dra Strickner von Attac.", "Alexan dra",
                        "Das sagt Alexandra Strickner von Attac."),
                DetectorExample.wrong("Der Kapitän trifft per Straf stoß zum 2:1.", "Straf stoß",
                        "Der Kapitän trifft per Strafstoß zum 2:1."),
                DetectorExample.wrong("Straf mildernd wertete das Gericht sein Geständnis.", "Straf mildernd",
                        "Strafmildernd wertete das Gericht sein Geständnis."),
                DetectorExample.wrong("Die besten Schwimmer innen des Landes starten am Sonntag.", "Schwimmer innen",
                        "Die besten Schwimmerinnen des Landes starten am Sonntag."),
                DetectorExample.right("Fest steht, dass die Halle im Winter schließt."),
                DetectorExample.right("Die Wände werden innen neu gestrichen."),
                DetectorExample.right("Kurz entschlossen zieht er um. Einfach austauschbar ist der Akku."),
                DetectorExample.wrong("In vielen Küsten orten fiel am Abend der Strom aus.", "Küsten orten",
                        "In vielen Küstenorten fiel am Abend der Strom aus."),
                DetectorExample.right("In vielen Fällen decken die Kassen die Kosten."),
                DetectorExample.right("Mit dem Rad fahren ist gesund, im Garten arbeiten macht Spaß."),
                DetectorExample.wrong("Die Stadt plant neues Radweg Netz für die Innenstadt.", "Radweg Netz",
                        "Die Stadt plant neues Radwegnetz für die Innenstadt."),
                DetectorExample.wrong("Das Kohle bergwerk wurde geschlossen.", "Kohle bergwerk",
                        "Das Kohlebergwerk wurde geschlossen."),
                DetectorExample.right("Die Firma stellt neues Personal ein."),
                DetectorExample.wrong("Im August sind wir zehn mal ausgerückt.", "zehn mal",
                        "Im August sind wir zehnmal ausgerückt."),
                DetectorExample.right("Drei mal drei ist neun, zwei mal 5 ist zehn."),
                DetectorExample.wrong("Die Sonne ist stark. Sonnen creme mit hohem Schutz sollte man auftragen.",
                        "Sonnen creme", "Die Sonne ist stark. Sonnencreme mit hohem Schutz sollte man auftragen."),
                DetectorExample.wrong("Sie nahm einen Regen schirm mit.", "Regen schirm",
                        "Sie nahm einen Regenschirm mit."),
                DetectorExample.wrong("Bisher wurden 1.200 Masern fälle gemeldet.", "Masern fälle",
                        "Bisher wurden 1.200 Masernfälle gemeldet."),
                DetectorExample.wrong("Die Arbeiten an der Straßen bahn ruhen.", "Straßen bahn",
                        "Die Arbeiten an der Straßenbahn ruhen."),
                DetectorExample.right("Die Kaufkraft steige, weil die Kinder spielen und die Preise fallen."),
                DetectorExample.wrong("Die Einrichtun- gen sind neu.", "Einrichtun- gen", "Die Einrichtungen sind neu."),
                DetectorExample.right("Die Ein- und Ausgänge sind neu, Vor- bzw. Nachteile auch."),
                DetectorExample.wrong("Es gab Staus am Tingstads tunnel und auf der Brücke.", "Tingstads tunnel",
                        "Es gab Staus am Tingstadstunnel und auf der Brücke."),
                DetectorExample.right("Sie schrieb: This center should remain open."),
                DetectorExample.wrong("Die Landes Regierung plant Kürzungen. Die Landesregierung bestätigte "
                        + "das am Abend.",
                        "Landes Regierung",
                        "Die Landesregierung plant Kürzungen. Die Landesregierung bestätigte das am Abend."),
                DetectorExample.wrong("Der Verband warnte, der Arbeits markt könne sich abschwächen.",
                        "Arbeits markt",
                        "Der Verband warnte, der Arbeitsmarkt könne sich abschwächen."),
                DetectorExample.wrong("Am Nachmittag blieb der Kinder garten geschlossen.",
                        "Kinder garten",
                        "Am Nachmittag blieb der Kindergarten geschlossen."),
                DetectorExample.wrong("Die Bundes Regierung will das Gesetz ändern.",
                        "Bundes Regierung",
                        "Die Bundesregierung will das Gesetz ändern."),
                DetectorExample.wrong("Die Regier ung trat zurück.",
                        "Regier ung",
                        "Die Regierung trat zurück."),
                DetectorExample.wrong("GRAZ – W ir erhöhen die Gebühren, sagt die Stadt.",
                        "W ir",
                        "GRAZ – Wir erhöhen die Gebühren, sagt die Stadt."),
                DetectorExample.wrong("Die E xporte stiegen im Mai deutlich.", "E xporte",
                        "Die Exporte stiegen im Mai deutlich."),
                DetectorExample.wrong("Das gab die Anwohner vereinigung am Freitag bekannt.", "Anwohner vereinigung",
                        "Das gab die Anwohnervereinigung am Freitag bekannt."),
                DetectorExample.wrong("Der Regen hat Erdrutsche und Über schwemmungen ausgelöst.", "Über schwemmungen",
                        "Der Regen hat Erdrutsche und Überschwemmungen ausgelöst."),
                DetectorExample.right("Dort können News games etwas, und die Academy of Motion Picture Arts and "
                        + "Sciences ehrt Wahnsinn made in Österreich."),
                DetectorExample.wrong("Die Evakuie- rung weiterer Orte läuft.", "Evakuie- rung",
                        "Die Evakuierung weiterer Orte läuft."),
                DetectorExample.right("Der Ein- und Ausgang, die Vor- bzw. Nachteile und Haupt- sowie Nebenstraßen."),
                DetectorExample.right("Die Stadt Wien und die Gemeinde Baden planen gemeinsam einen Radweg."),
                DetectorExample.right("Anfang Mai traf Präsident Macron des Landes Regierung in Paris."),
                DetectorExample.right("Die Gruppe E in der Champions League ist ausgeglichen, sagte er in Hong Kong."),
                DetectorExample.wrong("Der neue Fahr plan gilt ab Juni.", "Fahr plan", "Der neue Fahrplan gilt ab Juni."),
                DetectorExample.wrong("Dort siedelten sich zahlreiche Zuliefer betriebe an.", "Zuliefer betriebe",
                        "Dort siedelten sich zahlreiche Zulieferbetriebe an."),
                DetectorExample.wrong("Der größte Halb leiter-Hersteller baut aus.", "Halb leiter",
                        "Der größte Halbleiter-Hersteller baut aus."),
                DetectorExample.right("Die Ein- und Ausfahrt ist gesperrt, der Mann tritt zurück, ein Mitglied fehlt."),
                DetectorExample.wrong("Er warnt vor einem besonders dreisten Anlage betrug.", "Anlage betrug",
                        "Er warnt vor einem besonders dreisten Anlagebetrug."),
                DetectorExample.wrong("Er hat zwei gepolsterte Roboter arme, die greifen.", "Roboter arme",
                        "Er hat zwei gepolsterte Roboterarme, die greifen."),
                DetectorExample.right("Sie sagte, dass die neue Anlage betrug, was sie kostete, und einem Kind half."),
                DetectorExample.wrong("Der Wasser versorger kündigte eine Prüfung an.", "Wasser versorger",
                        "Der Wasserversorger kündigte eine Prüfung an."),
                DetectorExample.wrong("Viele Eltern initiativen aus der Stadt protestieren.", "Eltern initiativen",
                        "Viele Elterninitiativen aus der Stadt protestieren."),
                DetectorExample.wrong("Die Reise zeit beträgt drei Stunden.", "Reise zeit",
                        "Die Reisezeit beträgt drei Stunden."),
                DetectorExample.right("Er blieb zeit seines Lebens in Graz, der Priester wegen des Vorwurfs in Haft."),
                DetectorExample.wrong("Die Ämter bleiben vor sorglich zu.", "vor sorglich",
                        "Die Ämter bleiben vorsorglich zu."),
                DetectorExample.right("Sie holten zwei Milliarden Euro heim, vor allem aus Asien, und zu Recht."));
    }
}
