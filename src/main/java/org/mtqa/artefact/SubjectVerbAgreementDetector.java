package org.mtqa.artefact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.Sentences;
import org.mtqa.text.Spans;
import org.mtqa.text.Spans.Span;
import org.springframework.stereotype.Component;

/**
 * Agreement that machine translation breaks and LanguageTool 6.8 lets pass: a subject whose number the finite verb after
 * it does not share: "Die Behörden hat …", "Die Familien der Opfer zeigte
 * sich …", "…, das Kabinett wollen die Reform …". Machine translation gets the verb's number from the source sentence
 * and loses it when it reorders; LanguageTool 6.8's subject-verb rules cover other shapes (a pronoun, "sind" and "ist")
 * and miss these.
 *
 * <p>The shape: a clause that opens with a determiner, inflected adjectives and a noun, perhaps a genitive attribute
 * ("der Opfer"), then a verb that can only be finite, in the third person. The noun phrase's number comes from the
 * nominative readings on which determiner and noun agree; the verb's from its third-person readings. A sentence may
 * open with its object ("Die Behörden hat der Minister informiert"), so a noun phrase or pronoun after the verb that
 * agrees with it as a subject keeps the finding away. After a comma the clause must go on after the verb: a relative
 * clause ends with its verb ("eine Frau, die Kinder hat").
 */
@Component
public class SubjectVerbAgreementDetector implements ArtefactDetector {

    /** A third-person finite verb's number: "VER:3:SIN:PRÄ:SFT", "VER:MOD:3:PLU:PRT". */
    private static final Pattern THIRD_PERSON = Pattern.compile("^VER:(?:(?:AUX|MOD):)?3:(SIN|PLU):");
    private static final Pattern NOMINATIVE_NUMBER = Pattern.compile("^:NOM:(SIN|PLU):");
    private static final Pattern DETERMINER = Pattern.compile("ART|PRO:(?:DEM|POS|IND)");
    /** Personal pronouns that are subjects, by number: "sie" is both. */
    private static final List<String> SINGULAR_PRONOUNS = List.of("er", "sie", "es", "man");
    private static final List<String> PLURAL_PRONOUNS = List.of("sie");
    /** A first or second person after the verb is its subject: "Die Rechnung werden wir bezahlen lassen". */
    private static final Set<String> SPEAKER_PRONOUNS = Set.of("ich", "du", "wir", "ihr", "Sie");
    /**
     * Copulas agree with a plural predicate noun as well ("Der Grund waren Vorwürfe", "Die Alternative sind wir"), a
     * closed class.
     */
    private static final Set<String> COPULAS = Set.of("sein", "bleiben", "heißen");
    /**
     * Nouns of time that stand as an adverbial accusative before the verb ("Jedes Jahr kommen …", "Viele Male wird
     * …"): no subject. The units of the calendar and the clock are a closed class.
     */
    private static final Set<String> TIME_UNITS = Set.of("Mal", "Male", "Jahr", "Jahre", "Monat", "Monate", "Woche",
            "Wochen", "Tag", "Tage", "Stunde", "Stunden", "Minute", "Minuten", "Abend", "Morgen", "Nacht", "Wochenende",
            "Sommer", "Winter", "Herbst", "Frühjahr", "Frühling", "Saison");
    /**
     * Prepositions that may follow their noun (Duden, Grammatik, "Postpositionen"), a closed class: only these, after a
     * noun, belong to it rather than to the words after them.
     */
    private static final Set<String> POSTPOSITIONS = Set.of("nach", "zufolge", "gegenüber", "entlang", "wegen",
            "halber", "zuliebe", "entgegen", "gemäß", "willen", "hindurch", "über", "zuwider");
    /** After a comma, a relative clause ends with its verb: the clause must go on this long after the verb. */
    private static final int MIN_WORDS_AFTER_VERB_AFTER_COMMA = 2;
    private static final Pattern NUMBER = Pattern.compile("\\d");
    private static final Pattern INFLECTED = Pattern.compile("\\p{Ll}{4,}e[nmrs]?");
    private static final Set<String> COORDINATORS = Set.of("und", "oder", "sowie");

    private final GermanLexicon lexicon;

    public SubjectVerbAgreementDetector(GermanLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Category category() {
        return Category.GRAMMAR;
    }

    @Override
    public String description() {
        return "A noun phrase opening a clause and the finite verb right after it differ in number (\"Die Behörden hat\"),"
                + " and no other subject follows the verb.";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.wrong("Viele Händler entlang des Boulevards befürchtet, dass Kunden ausbleiben.",
                        "Viele Händler entlang des Boulevards befürchtet",
                        "Viele Händler entlang des Boulevards befürchten, dass Kunden ausbleiben."),
                DetectorExample.wrong("Der Münchner Autobauer begründeten den Schritt mit Verzögerungen.",
                        "Der Münchner Autobauer begründeten", "Der Münchner Autobauer begründete den Schritt mit Verzögerungen."),
                DetectorExample.wrong("Die Liberalen hatte den Antrag eingebracht.", "Die Liberalen hatte",
                        "Die Liberalen hatten den Antrag eingebracht."),
                DetectorExample.wrong("Die Fans feierte den Sieg auf den Rängen und rund um das Stadion.", "Die Fans feierte",
                        "Die Fans feierten den Sieg auf den Rängen und rund um das Stadion."),
                DetectorExample.right("Die Rechnung für diesen Angriff werden wir bezahlen lassen."),
                DetectorExample.right("Die Verträge unterzeichnet, reisten die Delegationen ab."),
                DetectorExample.right("Eine Reihe von Abgeordneten stimmten gegen den Antrag."),
                DetectorExample.right("Die Kosten schätzt das Garten- und Tiefbauamt auf rund 18,5 Millionen Euro."),
                DetectorExample.wrong("Die Liberalen hatte den Antrag mit der rechtsnationalen Opposition eingebracht.",
                        "Die Liberalen hatte", "Die Liberalen hatten den Antrag mit der rechtsnationalen Opposition "
                        + "eingebracht."),
                DetectorExample.right("Die Belegschaftsvertreter, von der Gewerkschaft unterstützt, rüsten sich."),
                DetectorExample.right("Er hat das Buch gekürzt, die Dialoge pointiert komisch getrimmt, ohne dass es auffällt."),
                DetectorExample.right("Die Sieger in Wien geehrt"),
                DetectorExample.right("Die Liberale hat die Wahl gewonnen."),
                DetectorExample.wrong("Die Suchteams soll in den kommenden Tagen Schulen besuchen.", "Die Suchteams soll",
                        "Die Suchteams sollen in den kommenden Tagen Schulen besuchen."),
                DetectorExample.wrong("Die Gemeinden hat den Antrag abgelehnt.", "Die Gemeinden hat",
                        "Die Gemeinden haben den Antrag abgelehnt."),
                DetectorExample.wrong("Die Spieler des Vereins feierte den Sieg ausgelassen.",
                        "Die Spieler des Vereins feierte", "Die Spieler des Vereins feierten den Sieg ausgelassen."),
                DetectorExample.wrong("Der Sprecher sagte, die Regierung wollen die Reform verschieben.",
                        "die Regierung wollen", "Der Sprecher sagte, die Regierung wolle die Reform verschieben."),
                DetectorExample.wrong("Die Kunden wurde nach Angaben des Konzerns per E-Mail informiert.",
                        "Die Kunden wurde", "Die Kunden wurden nach Angaben des Konzerns per E-Mail informiert."),
                DetectorExample.wrong("Die Firmen hat im vergangenen Jahr mehr verkauft.", "Die Firmen hat",
                        "Die Firmen haben im vergangenen Jahr mehr verkauft."),
                DetectorExample.wrong("Foto 3: Viele Gäste wärmt sich am Feuer und trinken Tee.", "Viele Gäste wärmt",
                        "Foto 3: Viele Gäste wärmen sich am Feuer und trinken Tee."),
                DetectorExample.wrong("Die Firmen hat einen Umsatz von 40 Millionen Euro erzielt.", "Die Firmen hat",
                        "Die Firmen haben einen Umsatz von 40 Millionen Euro erzielt."),
                DetectorExample.right("Die Vorschläge lehnte der Ausschuss im vergangenen Jahr ab."),
                DetectorExample.right("Die Pläne hat 2019 Minister Müller vorgestellt."),
                DetectorExample.right("Die Spiele überträgt in 40 Ländern ein Streamingdienst."),
                DetectorExample.right("Die Pläne hat ihrer Meinung nach der Minister selbst verfasst."),
                DetectorExample.right("Sein Fazit: Die Kinder hat die Schule im Stich gelassen."),
                DetectorExample.right("Das Team antwortet per E-Mail, viele Mitarbeitende arbeiten im Homeoffice."),
                DetectorExample.right("Die Behörden hat der Minister am Montag informiert."),
                DetectorExample.right("Sie ist eine Frau, die Kinder hat."),
                DetectorExample.right("Die Reform umsetzen will die Regierung noch im Herbst."),
                DetectorExample.right("Die Mannschaft hat gewonnen. Die Fans feierten lange."));
    }

    @Override
    public List<Finding> detect(AnalysedText analysed) {
        List<Finding> findings = new ArrayList<>();
        for (Span line : analysed.lines()) {
            for (Span sentence : Sentences.split(line)) {
                List<Span> words = Spans.words(sentence.value());
                for (int i = 0; i < words.size(); i++) {
                    boolean sentenceStart = i == 0;
                    // a colon opens a clause as a comma does: "Bild 9 von 10: Viele Zuschauer wärmt sich …"
                    String gap = i > 0 ? sentence.value().substring(words.get(i - 1).end(), words.get(i).start()).trim()
                            : "";
                    boolean afterComma = gap.endsWith(",") || gap.endsWith(":");
                    if (sentenceStart || afterComma) {
                        check(sentence, words, i, afterComma).ifPresent(findings::add);
                    }
                }
            }
        }
        return findings;
    }

    private Optional<Finding> check(Span sentence, List<Span> words, int start, boolean afterComma) {
        String determiner = words.get(start).value();
        if (!GermanWords.hasTag(lexicon, determiner, DETERMINER)) {
            return Optional.empty();
        }
        int k = afterAttributives(words, start + 1);
        if (k >= words.size() || !isNoun(words.get(k).value()) || TIME_UNITS.contains(words.get(k).value())) {
            return Optional.empty();
        }
        Set<String> subject;
        if (isNominalisedAdjective(words.get(k).value())) {
            // its weak "-en" after "die" is a plural ("die Liberalen"; "die Liberale" is the singular)
            if (!determiner.equalsIgnoreCase("die") || !words.get(k).value().endsWith("en")) {
                return Optional.empty();
            }
            subject = new HashSet<>(Set.of("PLU"));
        } else {
            subject = nominativeNumbers(determiner, words.get(k).value());
        }
        int verb = afterAttribute(sentence, words, k + 1);
        // "Die Mehrheit der Abgeordneten stimmten": a plural attribute may carry the verb's number (constructio ad
        // sensum), which Duden accepts
        // so may "von" and a plural ("Eine Reihe von Abgeordneten stimmten")
        if (verb > k + 1 && (isPluralGenitive(words.get(k + 1).value(), words.get(verb - 1).value())
                || words.get(k + 1).value().equals("von"))) {
            subject.add("PLU");
        }
        if (subject.isEmpty() || verb >= words.size() || !onlySpacesBefore(sentence, words, verb)) {
            return Optional.empty();
        }
        String finite = words.get(verb).value();
        Set<String> predicate = thirdPersonNumbers(finite);
        if (predicate.isEmpty() || predicate.stream().anyMatch(subject::contains)
                || !isOnlyVerb(finite) && (afterComma || !isFiniteParticipleInSentence(sentence, words.get(verb)))
                || COPULAS.contains(lemma(finite))) {
            return Optional.empty();
        }
        int after = wordsInClauseAfter(sentence, words, verb);
        // an infinitive reads as a plural: "…, die Linie passieren zu dürfen", "… das Filialnetz ausdünnen und …"
        boolean infinitive = lexicon.hasTag(finite, "VER:INF");
        String next = after > 0 ? words.get(verb + 1).value() : "";
        if (afterComma && after < MIN_WORDS_AFTER_VERB_AFTER_COMMA
                || infinitive && (after < MIN_WORDS_AFTER_VERB_AFTER_COMMA || next.equals("zu")
                        || lexicon.hasTag(next, "KON"))
                || after > 0 && (anotherSubject(sentence, words, verb + 1, verb + 1 + after, predicate)
                        || isFinite(next))) {
            return Optional.empty();
        }
        int from = sentence.start() + words.get(start).start();
        int to = sentence.start() + words.get(verb).end();
        return Optional.of(finding(from, to, "The subject '" + sentence.value().substring(words.get(start).start(),
                words.get(k).end()) + "' and the verb '" + finite + "' differ in number: one of them is probably "
                + "mistranslated", List.of()));
    }

    /**
     * Skips an attribute after the noun: a genitive ("der Opfer", "des neuen Vereins") or one prepositional phrase
     * ("im Stadtrat", "entlang des Boulevards", "aus dem Süden"); the index after it, or {@code k} if none is there.
     */
    private int afterAttribute(Span sentence, List<Span> words, int k) {
        if (k >= words.size() || !onlySpacesBefore(sentence, words, k)) {
            return k;
        }
        String word = words.get(k).value();
        boolean preposition = Character.isLowerCase(word.charAt(0)) && lexicon.hasTag(word, "PRP")
                && !lexicon.hasTag(word, "KON");
        if (!preposition && !lexicon.hasTag(word, "ART:DEF:GEN")) {
            return k;
        }
        int j = k + 1;
        if (preposition && j < words.size() && GermanWords.hasTag(lexicon, words.get(j).value(), DETERMINER)) {
            j++;
        }
        j = afterAttributives(words, j);
        if (j >= words.size() || !onlySpacesBefore(sentence, words, j)) {
            return k;
        }
        String noun = words.get(j).value();
        boolean name = preposition && Character.isUpperCase(noun.charAt(0))
                && (lexicon.readings(noun).isEmpty() || lexicon.hasTag(noun, "EIG"));
        return isNoun(noun) || name ? j + 1 : k;
    }

    /** The index after the lower-case inflected adjectives and participles that start at {@code from}. */
    private int afterAttributives(List<Span> words, int from) {
        int k = from;
        while (k < words.size() && (isAttributive(words.get(k).value())
                || k + 1 < words.size() && isCapitalisedAttributive(words.get(k).value(), words.get(k + 1).value()))) {
            k++;
        }
        return k;
    }

    /** An adjective made from a place name before its noun: "der Münchner Autobauer". */
    private boolean isCapitalisedAttributive(String word, String next) {
        return Character.isUpperCase(word.charAt(0)) && lexicon.hasTag(word, "ADJ:") && isNoun(next)
                && !lexicon.hasTag(next, "ADJ:");
    }

    private boolean isAttributive(String word) {
        return GermanWords.isLowercaseAttributive(lexicon, word);
    }

    /** Article and noun agree as a genitive plural: "der Abgeordneten". */
    private boolean isPluralGenitive(String article, String noun) {
        return Agreement.agree(Agreement.ofDeterminer(lexicon, article).stream().filter(f -> f.startsWith(":GEN:PLU"))
                .toList(), Agreement.ofNoun(lexicon, noun));
    }

    /** The numbers on which the determiner and the noun agree in the nominative. */
    private Set<String> nominativeNumbers(String determiner, String noun) {
        Set<String> numbers = new HashSet<>();
        for (String d : Agreement.ofDeterminer(lexicon, determiner)) {
            for (String n : Agreement.ofNoun(lexicon, noun)) {
                Matcher m = NOMINATIVE_NUMBER.matcher(d);
                if (m.find() && Agreement.agree(List.of(d), List.of(n))) {
                    numbers.add(m.group(1));
                }
            }
        }
        return numbers;
    }

    private Set<String> thirdPersonNumbers(String verb) {
        Set<String> numbers = new HashSet<>();
        lexicon.readings(verb).forEach(r -> {
            Matcher m = THIRD_PERSON.matcher(r.getPOSTag());
            if (m.find()) {
                numbers.add(m.group(1));
            }
        });
        return numbers;
    }

    /**
     * A pronoun, noun or name after the verb, up to {@code to}, that can be its subject: "hat der Minister", "wollen
     * sie", "schickte das Kiewer ORF-Büro", "teilen auch serbische Behörden". A noun in a prepositional phrase ("in
     * diesem Sommer") cannot.
     */
    private boolean anotherSubject(Span sentence, List<Span> words, int from, int to, Set<String> predicate) {
        String first = words.get(from).value();
        if (SPEAKER_PRONOUNS.contains(first) || predicate.contains("SIN") && SINGULAR_PRONOUNS.contains(first)
                || predicate.contains("PLU") && PLURAL_PRONOUNS.contains(first)) {
            return true;
        }
        for (int i = from; i < to; i++) {
            String word = words.get(i).value();
            // the second half of a hyphenated word ("E-Mail") is no word of its own
            boolean hyphenated = sentence.value().startsWith("-", words.get(i).start() - 1);
            if (!Character.isUpperCase(word.charAt(0)) || hyphenated || inPrepositionalPhrase(sentence, words, from, i)) {
                continue;
            }
            // a name or a word the tagger lacks may be the subject as well
            if (lexicon.readings(word).isEmpty() || lexicon.hasTag(word, "EIG")) {
                return true;
            }
            String determiner = phraseDeterminer(words, from, i);
            Set<String> numbers = determiner.isEmpty() ? nounNominativeNumbers(word) : nominativeNumbers(determiner, word);
            if (numbers.stream().anyMatch(predicate::contains)) {
                return true;
            }
        }
        return false;
    }

    /** The determiner that opens the noun's phrase, walking back over lowercase adjectives and adverbs; "" if none. */
    private String phraseDeterminer(List<Span> words, int from, int noun) {
        for (int i = noun - 1; i >= from; i--) {
            String word = words.get(i).value();
            if (GermanWords.hasTag(lexicon, word, DETERMINER)) {
                return word;
            }
            if (!isAttributive(word)) {
                return "";
            }
        }
        return "";
    }

    /** A preposition before the noun's phrase, or a conjunction joining it to one before: the noun is no subject. */
    private boolean inPrepositionalPhrase(Span sentence, List<Span> words, int from, int noun) {
        for (int i = noun - 1; i >= from; i--) {
            String word = words.get(i).value();
            // "als" joins clauses as well: "mehr als 30.000 Menschen" ("am" compares only before a superlative); after
            // a noun a postposition governs it: "ihrer Meinung nach alle Kandidaten", but "im" or "per" after a noun
            // opens a phrase of its own
            // "um", "bis" are adverbs and conjunctions too, but not before an article: "rund um das Stadion"
            boolean beforeArticle = lexicon.hasTag(words.get(i + 1).value(), "ART");
            if (lexicon.hasTag(word, "PRP") && (beforeArticle || !lexicon.hasTag(word, "ADV")
                    && !lexicon.hasTag(word, "KON:NEB") && !lexicon.hasTag(word, "KON:UNT"))) {
                return i == from || !Character.isUpperCase(words.get(i - 1).value().charAt(0))
                        || !POSTPOSITIONS.contains(word);
            }
            // the second of two joined phrases is no subject of its own: "lobte das Bühnenbild und die Leistung"
            // ("das Garten- und Tiefbauamt" is one phrase, its first compound cut short)
            if (i > from && COORDINATORS.contains(word) && !gapBefore(sentence, words, i).contains("-")) {
                return true;
            }
            // a noun after a number right before this one belongs to its phrase: "von 40 Millionen Euro"; further back
            // it ends a phrase of its own ("in 40 Ländern ein Streamingdienst")
            boolean measure = i == noun - 1 && i > 0 && NUMBER.matcher(gapBefore(sentence, words, i)).find();
            // an adjective the tagger lacks keeps its inflection: "mit der rechtsnationalen Opposition"
            boolean unknownAdjective = Character.isLowerCase(word.charAt(0)) && INFLECTED.matcher(word).matches()
                    && lexicon.readings(word).isEmpty();
            if (!GermanWords.hasTag(lexicon, word, DETERMINER) && !isAttributive(word) && !measure && !unknownAdjective) {
                return false;
            }
        }
        return false;
    }

    private Set<String> nounNominativeNumbers(String noun) {
        // without an article a word is no nominalised infinitive ("das Schulen") but the plural it also is ("Schulen")
        boolean infinitiveOnly = lexicon.readings(noun).stream().map(r -> r.getPOSTag())
                .filter(t -> t != null && t.startsWith("SUB:NOM:SIN")).allMatch(t -> t.endsWith(":INF"));
        Set<String> numbers = new HashSet<>();
        for (String n : Agreement.ofNoun(lexicon, noun)) {
            Matcher m = NOMINATIVE_NUMBER.matcher(n);
            if (m.find() && !(infinitiveOnly && m.group(1).equals("SIN"))) {
                numbers.add(m.group(1));
            }
        }
        return numbers;
    }

    private String lemma(String verb) {
        return lexicon.readings(verb).stream().map(r -> r.getLemma()).filter(l -> l != null).findFirst().orElse(verb);
    }

    /**
     * A noun made from an adjective ("Mitarbeitende", "Bekannte"): the tagger lacks its strong plural ("viele
     * Mitarbeitende arbeiten"), so its number cannot be read.
     */
    private boolean isNominalisedAdjective(String word) {
        return lexicon.readings(word).stream().map(r -> r.getPOSTag())
                .filter(t -> t.startsWith("SUB")).allMatch(t -> t.endsWith(":ADJ"));
    }

    private boolean isNoun(String word) {
        return Character.isUpperCase(word.charAt(0)) && !Agreement.ofNoun(lexicon, word).isEmpty();
    }

    /**
     * Lower case, and every reading a verb or an inflected participle, which cannot follow its noun: "hat", "zeigte",
     * "begründeten"; not "reisen" (also a noun), "bekannt" or a bare participle, which ends a headline ("Die Sieger
     * geehrt").
     */
    private boolean isOnlyVerb(String word) {
        return Character.isLowerCase(word.charAt(0)) && !lexicon.readings(word).isEmpty()
                && lexicon.readings(word).stream().allMatch(r -> r.getPOSTag().startsWith("VER:")
                        || r.getPOSTag().startsWith("PA2:"))
                && !lexicon.hasTag(word, "VER:PA2");
    }

    /**
     * A bare participle that is a finite verb as well ("befürchtet"), with words or a subordinate clause after it, in a
     * sentence that ends as one, not a headline; before a comma alone it closes a participle clause ("Die Verträge
     * unterzeichnet, reisten …").
     */
    private boolean isFiniteParticipleInSentence(Span sentence, Span verb) {
        String word = verb.value();
        return Character.isLowerCase(word.charAt(0)) && lexicon.hasTag(word, "VER:PA2")
                && sentence.value().substring(verb.end()).matches("(?s)\\s*(?:,\\s*(?:dass|ob|weil|wie|wenn|was|wer|wo)\\b|\\p{L}).*")
                && !thirdPersonNumbers(word).isEmpty() && sentence.value().strip().matches("(?s).*[.!?]$")
                && lexicon.readings(word).stream().allMatch(r -> r.getPOSTag().startsWith("VER:")
                        || r.getPOSTag().startsWith("PA2:"));
    }

    /** A finite verb form, not an article that reads as one too ("einen", to unite). */
    private boolean isFinite(String word) {
        return Character.isLowerCase(word.charAt(0)) && GermanWords.hasTag(lexicon, word, GermanWords.FINITE_VERB)
                && !GermanWords.hasTag(lexicon, word, DETERMINER);
    }

    private static String gapBefore(Span sentence, List<Span> words, int i) {
        return sentence.value().substring(words.get(i - 1).end(), words.get(i).start());
    }

    private static boolean onlySpacesBefore(Span sentence, List<Span> words, int i) {
        return sentence.value().substring(words.get(i - 1).end(), words.get(i).start()).isBlank();
    }

    /**
     * Words after {@code verb} up to the next comma, colon, semicolon, the sentence's end or a conjunction that joins a
     * second verb to the subject ("wärmt sich an den Feuerstellen und trinken Tee"): its object is not the subject.
     */
    private int wordsInClauseAfter(Span sentence, List<Span> words, int verb) {
        int n = 0;
        for (int i = verb + 1; i < words.size(); i++) {
            if (sentence.value().substring(words.get(i - 1).end(), words.get(i).start()).matches(".*[,;:–(].*")
                    || i + 1 < words.size() && lexicon.hasTag(words.get(i).value(), "KON:NEB")
                            && isOnlyVerb(words.get(i + 1).value())) {
                break;
            }
            n++;
        }
        return n;
    }
}
