package org.mtqa.artefact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.languagetool.AnalyzedToken;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.Sentences;
import org.mtqa.text.Spans;
import org.mtqa.text.Spans.Span;
import org.springframework.stereotype.Component;

/**
 * Finds lost sentence ends: a capitalised word inside a line, right after a word with no punctuation between, that
 * can only be a sentence start there, or a capitalised article or pronoun after a comma that stands for a full stop
 * ("… war ausverkauft, Das Ensemble spielt …"). Three shapes count:
 * <ul>
 * <li>a capitalised function word, by its tagger readings an article, pronoun, preposition, conjunction or adverb
 * ("… hat das Gesetz beschlossen Die Regierung will …", "… blieb unklar Nach Angaben der Polizei …", "…
 * Portugals Die Ratingagentur …"), also a subheading run into its paragraph ("Ergebnisse übertreffen Erwartungen
 * Auf den …");</li>
 * <li>a capitalised preposition that is also a noun ("Laut", "Dank") opening a phrase after a verb ("…
 * entgegenwirken Laut einem Bericht …");</li>
 * <li>a capitalised attributive adjective after a lowercase word ("… dokumentiert hat Nordkoreanische Waffen
 * …").</li>
 * </ul>
 * Silent: the polite pronouns ("folgen Sie uns"), names and titles with articles ("in Den Haag", "die Zeitung Die
 * Welt", "Mozarts Die Zauberflöte"), nominalisations ("etwas Neues", "beim Laufen"), words after colons, dashes,
 * quotes or brackets, datelines, uppercase acronyms and headline lines.
 */
@Component
public class SentenceBoundaryDetector implements ArtefactDetector {

    /** Tags of a lowercase word before which a capitalised adjective or preposition-noun is no sentence start. */
    private static final List<String> NOT_SENTENCE_FINAL = List.of("ART", "PRP", "PRO", "ZAL", "KON");

    /**
     * Before a capitalised function word the previous word may be a personal or standalone pronoun ("sagte er Die
     * …"), a separable particle ("kündigte an Die …") or any content word, but no article, conjunction or number,
     * which would make the function word part of a title ("und Die Linke"), nor a pure preposition ("in Den Haag").
     */
    private static final List<String> OPENS_PHRASE = List.of("ART", "KON", "ZAL");

    private static final List<String> ADJECTIVES = List.of("ADJ", "PA1", "PA2");

    /** Articles, pronouns, prepositions, conjunctions and adverbs: German writes them in lowercase mid-sentence. */
    private static final List<String> FUNCTION_WORDS = List.of("ART", "PRO", "PRP", "KON", "ADV");

    /** Function words whose noun reading is a rare nominalisation ("das Aber", "das Ich"), never a name. */
    private static final List<String> NOMINALISED_FUNCTION_WORDS = List.of("ART", "PRO", "KON");

    /** Case in a tag ("ADJ:NOM:SIN:MAS:…") marks an inflected, attributive form; "ADJ:PRD" is the bare form. */
    private static final Pattern INFLECTED = Pattern.compile(":(?:NOM|AKK|DAT|GEN):");

    /** A finite verb form: "VER:3:SIN:PRÄ:SFT", "VER:AUX:3:SIN:PRT", "VER:MOD:1:PLU:PRÄ". */
    private static final Pattern FINITE_VERB = Pattern.compile("^VER:(?:(?:AUX|MOD):)?[123]:");

    /**
     * The languages' names in German from the JDK's locale data ("Türkisch", "Englisch"): nouns the tagger reads as
     * bare adjectives only.
     */
    private static final Set<String> LANGUAGE_NAMES = Stream.of(Locale.getISOLanguages())
            .map(code -> new Locale(code).getDisplayLanguage(Locale.GERMAN)).collect(Collectors.toUnmodifiableSet());

    /**
     * The suffixes that derive adjectives from nouns and verbs, a closed set of German word formation ("inhaltlich",
     * "schwierig", "politisch", "machbar", "sparsam", "zweifelhaft"): such an adjective is rarely a surname or club, and
     * the caller asks that the word not recur, as a name does ("Fröhlich").
     */
    private static final Pattern DERIVED_ADJECTIVE = Pattern.compile("\\p{L}{3}(?:lich|ig|isch|bar|sam|haft)$");

    /** Adjectives that are also surnames ("Kurz", "Lang", "Klein", "Schwarz") are shorter than this. */
    private static final int MIN_ADVERBIAL_ADJECTIVE = 8;
    /** Interrogatives ("Wie", "Warum", "Wer"): before a finite verb they open a direct question, not a statement. */
    private static final Pattern INTERROGATIVE = Pattern.compile("[:+](?:INR|RIN)\\b");

    /** The polite and letter forms of address ("Sie", "Ihnen", "Du"): second person, tagged ":2:B". */
    private static final Pattern ADDRESS = Pattern.compile(":2:B\\b");

    /**
     * Nouns that introduce a name, title or quotation in apposition ("die Zeitung Die Welt", "die Partei Die Linke",
     * "der Film Das Boot", "unter dem Motto Wir schaffen das", "die Worte Heute geht es los", "im Stadion An der Alten
     * Försterei"), matched as the end of
     * a compound ("Tageszeitung", "ORF-Sendung"). A closed structural class: what follows them is a title, whatever
     * its words.
     */
    private static final List<String> TITLE_HEADS = List.of(
            "zeitung", "zeitschrift", "blatt", "magazin", "sendung", "serie", "show", "film", "krimi", "folge",
            "buch", "roman", "album", "band", "gruppe", "partei", "liste", "bewegung", "bündnis", "titel", "motto",
            "slogan", "parole", "spruch", "worte", "schlagzeile", "überschrift", "aufschrift", "lied", "song",
            "single", "gesang", "stück", "oper", "musical", "spiel", "kampagne", "initiative", "aktion", "projekt",
            "programm", "ausstellung", "festival", "verlag", "sender", "podcast", "kolumne", "rubrik", "reihe",
            "hotel", "gasthaus", "gasthof", "restaurant", "lokal", "stadion", "arena", "halle", "theater", "kino",
            "schule", "gymnasium", "apotheke", "angabe", "bezeichnung", "vermerk", "etikett");

    /**
     * The endings of agent and role nouns, with a case ending ("Trainer", "Regisseurs", "Präsidentin", "Analysten"):
     * German sets such a noun before a name in apposition ("Trainer Răzvan Lucescu"). Derivational suffixes are a
     * closed class, so a list is the right tool.
     */
    private static final Pattern AGENT_NOUN = Pattern.compile("(?:er|eur|or|ist|ent|ant|at|in|ling)(?:s|n|en|nen)?$");

    /** Words that mean "named" and so introduce a name ("eine Gruppe namens Die Enkel"). */
    private static final Set<String> NAMING_WORDS = Set.of("namens", "genannt", "betitelt");

    /** Lower-case words that open a main clause's first noun phrase or stand for it. */
    private static final Set<String> ARTICLES_AND_PRONOUNS = Set.of("der", "die", "das", "den", "dem", "ein", "eine",
            "einen", "einem", "im", "am", "vom", "zum", "beim", "er", "sie", "es", "wir", "ich", "man");
    /**
     * A lower-case word (the lexicon decides whether it closes a clause), one space, a lower-case article, preposition
     * (with or without article) or personal pronoun, and, looked ahead at, what follows up to the next punctuation: a
     * word there may open the next candidate.
     */
    private static final Pattern CLAUSE_END_THEN_OPENER = Pattern.compile(
            "(?<![\\p{L}\\-])(\\p{Ll}{4,}) (" + String.join("|", ARTICLES_AND_PRONOUNS)
                    + "|in|an|auf|aus|bei|mit|nach|seit|von|vor|für|über|unter|gegen|durch|laut|trotz|wegen) "
                    + "(?=([^.,;:!?\\n]*))");
    /**
     * Two lower-case words after a word of four letters or more, one space each: a clause end, an opener, a verb with
     * a word after it (a verb before the sentence's end closes a clause: "sollte er ausgerechnet diesmal gelingen?").
     */
    private static final Pattern CLAUSE_END_THEN_WORD = Pattern.compile(
            "(?<![\\p{L}\\-])(\\p{Ll}{4,}) (\\p{Ll}{2,}) (?=(\\p{Ll}+) \\p{L})");
    /** "zu", an infinitive, a personal pronoun, and what follows up to the next punctuation. */
    private static final Pattern INFINITIVE_THEN_PRONOUN = Pattern.compile(
            "(?<![\\p{L}\\-])zu (\\p{Ll}{3,}) (er|sie|es|wir|ich|man) (?=([^.,;:!?\\n]*))");
    /** A capitalised word, one space, a personal pronoun, and what follows up to the next punctuation. */
    private static final Pattern NOUN_THEN_PRONOUN = Pattern.compile(
            "(?<![\\p{L}\\-])(\\p{Lu}\\p{Ll}{3,}) (er|sie|es|wir|ich|man) (?=([^.,;:!?\\n]*))");
    /**
     * A lower-case word of three letters or more ("hat", "ist" end subordinate clauses too), one space, a capitalised
     * word, and what follows up to the next punctuation.
     */
    private static final Pattern CLOSING_THEN_NOUN = Pattern.compile(
            "(?<![\\p{L}\\-])(\\p{Ll}{3,}) (\\p{Lu}\\p{Ll}+) (?=([^.,;:!?\\n]*))");
    /** Words after the pronoun's verb: a verb that ends its clause is a subordinate clause's. */
    private static final int MIN_WORDS_AFTER_VERB = 2;
    /** Opener, a word, and the verb that closes the subordinate clause. */
    private static final int MIN_SUBORDINATE_WORDS = 3;
    /** Coordinating conjunctions: a finite verb right after one belongs to the clause before. */
    private static final Set<String> CLAUSE_CONTINUES = Set.of("und", "oder", "sowie", "aber", "sondern");
    /** Relative pronouns, a closed class: after a comma they open a clause whose finite verb comes last. */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("der", "die", "das", "dem", "den", "denen", "dessen",
            "deren", "welcher", "welche", "welches", "welchem", "welchen");
    /** Articles that may open a genitive attribute after a noun. */
    private static final Set<String> GENITIVE_ARTICLES = Set.of("des", "der", "eines", "einer");
    /** Pronouns that open a main clause right before its finite verb. */
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("er", "sie", "es", "wir", "ich", "man");
    private static final Set<String> FIRST_PERSON = Set.of("wir", "ich");
    /** A lower-case word, a number (a year, mostly) and a lower-case word, one space apart: "sein 2026 sollen". */
    private static final Pattern VERB_NUMBER_VERB = Pattern.compile(
            "(?<![\\p{L}\\-])(\\p{Ll}{3,}) (\\d{1,4}) (\\p{Ll}{3,})(?![\\p{L}\\-])");
    /**
     * Where the clause before a participle starts: after a sentence end, a line break, a colon (not the gender colon of
     * "Besucher:innen"), a dash or a clause's comma.
     */
    /** A full stop after an initial ("J.F. Kennedy", "John F. Kennedy") ends no clause, nor a score's colon ("2:0"). */
    private static final Pattern CLAUSE_START = Pattern.compile("(?<!(?:^|[\\s.])\\p{Lu})\\.(?!\\d)|[\\n;–—]|(?<!\\d):(?!\\p{Ll})|(?<=\\d):(?![\\p{Ll}\\d])|,(?!\\d)");
    /** The participle closes a clause of at least this many words: "wurden … sichergestellt". */
    private static final int MIN_WORDS_BEFORE_PARTICIPLE = 3;
    private static final int CLAUSE_REACH = 200;
    /** After the noun: its verb and a word after it, a main clause's ("Gehen sei günstig"), not a clause's end. */
    private static final Pattern VERB_THEN_WORD = Pattern.compile("\\s+\\p{Ll}+\\s+\\p{L}");
    /** How many words after the article may come before the clause's finite verb: "die Kirche und mehrere Vereine haben". */
    private static final int VERB_REACH = 5;
    /** A closing quotation mark or bracket and a space between two words. */
    private static final Pattern CLOSING_GAP = Pattern.compile("[“\"»«)\\]][ \\u00A0]");
    /** How far the finite verb may stand behind a noun phrase with its attributes and prepositional phrases. */
    private static final int NOUN_PHRASE_REACH = 8;
    private static final Pattern PLAIN_GAP = Pattern.compile("[ \\t\\u00A0]+");

    /**
     * Where the prose of a line ends: the line's end when it ends a sentence, else the end of its last sentence that
     * does, so that a call or a label run onto a paragraph's end ("… zu wollen. Folgen Sie uns auf Telegram") does not
     * make the paragraph a heading; -1 for a line with no such sentence, a headline, caption or byline.
     */
    private static int proseEnd(String line, List<Span> sentences) {
        if (SENTENCE_LINE_END.matcher(line).matches()) {
            return line.length();
        }
        for (int i = sentences.size() - 2; i >= 0; i--) {
            if (SENTENCE_LINE_END.matcher(sentences.get(i).value()).matches()) {
                return sentences.get(i).end();
            }
        }
        return -1;
    }

    /** A line that ends a sentence; lines ending otherwise are headlines, captions or bylines. */
    private static final Pattern SENTENCE_LINE_END = Pattern.compile(".*[.!?…:;\"“”»«'’)]\\s*$");

    /**
     * Words a sentence needs before a lost end inside a line. A subheading run into the text after a sentence end
     * ("… geklärt. Regierung will zügig entscheiden Die …") has two to five words, as those of 10kGNAD do, and is
     * told from a short sentence by its length alone; at the start of a line it is reported as a run-in heading.
     */
    private static final int MIN_SENTENCE_WORDS = 6;
    /** Words a clause before a comma splice needs at least: subject, finite verb and one more. */
    private static final int MIN_CLAUSE_WORDS = 3;

    /** A colon or semicolon: what follows it is a sentence of its own for the words counted before and after. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[:;](?=\\s|$)");

    /**
     * Where a stretch of a sentence ends for {@link #mergedMainClauses}: a full stop before a capital (one the sentence
     * splitter kept, after a score, an ordinal or an initial), a clause's comma, a dash (also a spaced hyphen), a
     * bracket, a quotation mark, a colon or a semicolon.
     */
    private static final Pattern STRETCH_BREAK = Pattern.compile("\\.(?=\\s+\\p{Lu})|,(?=\\s)| - |[–—()\\[\\]\"„“”»«:;]");

    /** Where a clause ends inside a sentence: a comma (not in "2,5"), dash, bracket or quotation mark. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(",(?=\\s)|[–—(\"„“”»«]");

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,:]*");

    /** A number at the end of a piece of text, then spaces: not glued to a word ("Windows10") or an ordinal ("3."). */
    /** How far back {@link #numberBefore} looks, in characters: a number and the spaces after it. */
    private static final int NUMBER_REACH = 40;

    private static final Pattern NUMBER_BEFORE =
            Pattern.compile("(?<![\\p{L}\\p{N}.,:])(\\d+(?:[.,:]\\d+)*)[ \\t\\u00A0]+$");
    private static final Pattern NUMBER_COMMA_BEFORE =
            Pattern.compile("(?<![\\p{L}\\p{N}.,:])(\\d+(?:[.,:]\\d+)*), $");

    private final GermanLexicon lexicon;

    public SentenceBoundaryDetector(GermanLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * A capitalised word and its surroundings in one line: the word before it (only spaces between), the word or
     * number after it, if only spaces separate them, the sentence around it and whether that sentence opens the
     * line; offsets relative to the line.
     */
    private record Candidate(String line, Span previous, Span word, String next, Span sentence,
            boolean firstSentence) {
    }

    @Override
    public Category category() {
        return Category.SENTENCE_BOUNDARY;
    }

    @Override
    public List<Finding> detect(AnalysedText analysed) {
        String text = analysed.text();
        List<Finding> findings = new ArrayList<>();
        List<Finding> mergedClauses = new ArrayList<>();
        for (Span line : analysed.lines()) {
            String value = line.value();
            List<Span> sentences = Sentences.split(new Span(value, 0, value.length()));
            int prose = proseEnd(value, sentences);
            if (prose < 0) {
                continue;
            }
            mergedClauses.addAll(mergedMainClauses(line, sentences));
            List<Span> words = Spans.words(value);
            int sentence = 0;
            for (int i = 0; i < words.size() && words.get(i).start() < prose; i++) {
                Span word = words.get(i);
                while (sentence + 1 < sentences.size() && sentences.get(sentence).end() <= word.start()) {
                    sentence++;
                }
                if (!isCapitalisedWord(word.value()) || sentences.get(sentence).start() > word.start()) {
                    continue;
                }
                boolean afterWordComma = i > 0 && value.startsWith(", ", words.get(i - 1).end())
                        && words.get(i - 1).end() + 2 == word.start();
                // a number and a comma before: "… seit dem Frühjahr 2015, Das betraf …"
                Span numberComma = afterWordComma ? null : numberBefore(value, word.start(), NUMBER_COMMA_BEFORE);
                boolean afterComma = afterWordComma || numberComma != null;
                // a closing quote or bracket before: "… wenn sich die Preise stabilisieren“ Die Notenbank strebt …"
                boolean afterClosing = i > 0 && !afterComma
                        && CLOSING_GAP.matcher(value.substring(words.get(i - 1).end(), word.start())).matches();
                Span previous = afterWordComma || afterClosing
                        || i > 0 && spaceOnlyBetween(value, words.get(i - 1).end(), word.start()) ? words.get(i - 1)
                        : numberComma != null ? numberComma : numberBefore(value, word.start(), NUMBER_BEFORE);
                if (previous == null) {
                    continue;
                }
                Candidate candidate = new Candidate(value, previous, word, nextToken(value, word.end()),
                        sentences.get(sentence), sentence == 0);
                if (afterClosing && !opensClauseForCertain(candidate)) {
                    continue;
                }
                if (afterComma ? isCommaSplice(candidate, text) : isLostSentenceStart(candidate, text)) {
                    int start = line.start() + word.start();
                    String lowered = lowercaseFirst(word.value());
                    findings.add(finding(start, start + word.value().length(),
                            "'" + word.value() + "' is capitalised mid-sentence after '" + previous.value()
                                    + "': a sentence end is probably lost before it (insert a full stop) or it "
                                    + "should be '" + lowered + "'",
                            List.of(lowered)));
                }
            }
        }
        findings.addAll(lowercaseStarts(analysed));
        findings.addAll(numberStarts(analysed));
        findings.addAll(pronounStartsAfterNoun(analysed));
        findings.addAll(pronounStartsAfterInfinitive(analysed));
        findings.addAll(nounStartsAfterBracket(analysed));
        for (Finding merged : mergedClauses) {
            if (findings.stream().noneMatch(f -> f.start() < merged.end() && merged.start() < f.end())) {
                findings.add(merged);
            }
        }
        findings.sort(Comparator.comparingInt(Finding::start));
        return findings;
    }

    /**
     * A lost full stop before a lower-case sentence start: a word that closes its clause, then a lower-case word that
     * opens a new main clause with its own finite verb in second place ("… SIM-Karten sichergestellt die Fahnder gehen
     * davon aus …", "… nie für etwas Besseres gehalten am Montag liegt …", "…, der der Agentur vorlag im Gespräch
     * habe er …"). What closes a clause: a participle (one that is also a finite verb only after an auxiliary, as in
     * "wurde … verabschiedet"), or the finite verb that ends a relative or subordinate clause. German puts no noun
     * phrase, pronoun or prepositional phrase after it that leads to a finite verb of its own. A participle that opens
     * its clause ("…, vorausgesetzt die Regierung stimmt zu") or stands inside a relative clause ("der als Nachricht
     * versandt die App abstürzen ließ") stays silent.
     */
    private List<Finding> lowercaseStarts(AnalysedText analysed) {
        List<Finding> findings = new ArrayList<>();
        Matcher m = CLAUSE_END_THEN_OPENER.matcher(analysed.text());
        while (m.find()) {
            ClauseEnd end = clauseEnd(analysed.text(), m.start(), m.group(1));
            // a prepositional phrase may follow a participle ("gespielt von …", "abgefedert mit …"); after the verb
            // that ends a subordinate clause it opens the next clause: "…, dass sie ums Leben kamen in Nigeria wurden …"
            boolean preposition = !ARTICLES_AND_PRONOUNS.contains(m.group(2));
            if (end != ClauseEnd.NONE && (!preposition || end == ClauseEnd.SUBORDINATE)
                    && opensMainClause(m.group(2), m.group(3), end == ClauseEnd.SUBORDINATE)) {
                findings.add(lostFullStop(m, Character.toUpperCase(m.group(2).charAt(0)) + m.group(2).substring(1)));
            }
        }
        // an adverb right before a finite verb fills the first place of a main clause: "… Personal gewinnen deshalb
        // sollen junge Ärzte …", "… sind gesunken zudem belaste die Krise …"
        Matcher adverb = CLAUSE_END_THEN_WORD.matcher(analysed.text());
        while (adverb.find()) {
            String opener = adverb.group(2);
            boolean onlyAdverb = !lexicon.readings(opener).isEmpty() && lexicon.readings(opener).stream()
                    .allMatch(r -> r.getPOSTag().startsWith("ADV"));
            if (onlyAdverb && isThirdPersonFinite(adverb.group(3))
                    && clauseEnd(analysed.text(), adverb.start(), adverb.group(1)) == ClauseEnd.BRACKET) {
                findings.add(lostFullStop(adverb, Character.toUpperCase(opener.charAt(0)) + opener.substring(1)));
            }
        }
        return findings;
    }

    /**
     * Two main clauses run together: a sentence's first clause (up to its first comma, dash, bracket, quotation mark,
     * colon or line end) holds a finite verb and, later, a second one in second place of a clause of its own, with no
     * conjunction or "zu" between them ("Vielerorts fehlen Hausärzte viele Menschen gehen deshalb …", "… seit Jahren
     * konkrete Verträge gibt es bislang nicht"). German puts a second finite verb into one clause only after a
     * conjunction, a comma or in a verb cluster at the end; the full stop goes before the phrase that precedes the
     * second verb. Verbs count only when every reading is a verb ("einigen" is also an adjective); a second verb that
     * may be an infinitive needs two words after it and, after a modal or auxiliary, a participle or infinitive between
     * that closes the first clause ("Sie will ihn heute treffen um …" stays silent).
     */
    private List<Finding> mergedMainClauses(Span line, List<Span> sentences) {
        List<Finding> findings = new ArrayList<>();
        for (Span sentence : sentences) {
            // a stretch after a full stop inside the sentence starts one too: "… zum 1:0. Ein weiteres Tor …"
            Matcher breaks = STRETCH_BREAK.matcher(sentence.value());
            int from = 0;
            boolean opensSentence = true;
            while (from <= sentence.value().length()) {
                boolean found = breaks.find();
                int to = found ? breaks.start() : sentence.value().length();
                if (opensSentence) {
                    findings.addAll(mergedClauses(sentence.value().substring(from, to),
                            line.start() + sentence.start() + from));
                }
                if (!found) {
                    break;
                }
                // after a colon a capitalised word opens a sentence of its own: "Hinzu kommt: Die Zahl …"
                opensSentence = breaks.group().equals(".") || breaks.group().equals(":")
                        && sentence.value().substring(breaks.end()).stripLeading().matches("(?s)\\p{Lu}.*");
                from = breaks.end();
            }
        }
        return findings;
    }

    /** Findings for one stretch of a sentence that opens it, up to its first clause break; offset into the text. */
    private List<Finding> mergedClauses(String stretch, int offset) {
        List<Span> words = Spans.words(stretch);
        int boundary = mergedClauseBoundary(stretch, words);
        if (boundary <= 0) {
            return List.of();
        }
        Span before = words.get(boundary - 1);
        Span opener = words.get(boundary);
        String capitalised = Character.toUpperCase(opener.value().charAt(0)) + opener.value().substring(1);
        return List.of(finding(offset + before.start(), offset + opener.end(), "'" + before.value()
                + "' ends a main clause and '" + opener.value() + "' opens the next, which has a finite verb of its "
                + "own: a full stop is probably lost between them", List.of(before.value() + ". " + capitalised)));
    }

    /** The index of the word that opens the second of two run-together main clauses, or -1. */
    private int mergedClauseBoundary(String stretch, List<Span> words) {
        // "Damit verkürzt sich …": a conjunction that is also an adverb is the adverb before the finite verb
        String first = words.size() > 1 ? words.get(0).value() : "";
        boolean adverbFirst = lexicon.hasTag(first, "ADV") && isFiniteVerb(words.get(1).value());
        if (words.size() < MIN_SENTENCE_WORDS || opensSubordinateOrQuestion(first) && !adverbFirst) {
            return -1;
        }
        int firstVerb = IntStream.range(1, words.size()).filter(i -> isOnlyFiniteVerb(words.get(i).value())
                || i + 1 < words.size() && isFiniteBeforeSubject(words.get(i).value(), words.get(i + 1).value()))
                .findFirst().orElse(-1);
        // a title's verb is no clause's: "Der Abschlussfilm Alles wird gut des Regisseurs X unterlag …"
        if (firstVerb < 0 || IntStream.range(0, firstVerb).anyMatch(i -> namesWhatFollows(words.get(i).value()))) {
            return -1;
        }
        String verb = words.get(firstVerb).value();
        boolean bracketOpen = lexicon.hasTag(verb, "VER:AUX") || lexicon.hasTag(verb, "VER:MOD");
        boolean bracketClosed = false;
        for (int j = firstVerb + 1; j < words.size(); j++) {
            Span span = words.get(j);
            String word = span.value();
            // a title or name follows "Motto", "Film", …; an abbreviation before a lowercase word ("bzw. haben")
            // stands for a conjunction
            // a conjunction that is also an adverb is the adverb right after the verb ("ist damit", "gilt ob")
            boolean adverbAfterVerb = j == firstVerb + 1 && lexicon.hasTag(word, "ADV");
            if (word.equals("zu") || CLAUSE_CONTINUES.contains(word) || opensClauseInside(word) && !adverbAfterVerb
                    || namesWhatFollows(word) || stretch.startsWith(". ", span.end()) && j + 1 < words.size()
                    && isPlainLowercaseWord(words.get(j + 1).value())) {
                return -1;
            }
            boolean maybeInfinitive = lexicon.hasTag(word, "VER:INF");
            // words after the verb in its own clause: a conjunction, "zu" or a verb right after it ends a verb
            // cluster instead ("… durchziehen lassen und …", "… verjüngen zu wollen")
            String next = j + 1 < words.size() ? words.get(j + 1).value() : "";
            int after = CLAUSE_CONTINUES.contains(next) || next.equals("zu")
                    || isPlainLowercaseWord(next) && isClusterVerb(next) ? 0 : words.size() - j - 1;
            boolean partOfToken = span.start() > 0 && !Character.isWhitespace(stretch.charAt(span.start() - 1));
            String previous = words.get(j - 1).value();
            if (j >= firstVerb + 3 && !partOfToken && isOnlyFiniteVerb(word) && isThirdPersonFinite(word)
                    && !(isReportedSpeech(word) && !isReportedSpeech(verb))
                    && !(isPlainLowercaseWord(previous) && lexicon.hasTag(previous, "VER"))
                    && (maybeInfinitive ? after >= 2 && (!bracketOpen || bracketClosed) : after >= 1)) {
                // a capitalised opener is left to the passes above, which know run-in subheadings and questions
                int start = constituentStart(words, firstVerb, j);
                return start >= firstVerb + 2 && !isCapitalisedFunctionWord(words.get(start).value())
                        && canEndMainClause(words.get(start - 1).value()) ? start : -1;
            }
            bracketClosed |= isPlainLowercaseWord(word) && (lexicon.hasTag(word, "VER:INF")
                    || lexicon.hasTag(word, "VER:PA2"));
        }
        return -1;
    }

    /**
     * Where the phrase before the second finite verb starts: the last capitalised function word or preposition between
     * the verbs ("… ein Auch in Luleå wurden …", "… Favoriten Laut Polizei wurde …"), which is itself the sentence
     * start; else a pronoun or adverb right before
     * the verb; else, walking back from the verb, articles, determiners, prepositions, numerals and inflected
     * adjectives before a noun, stopping at a verb, a bare adjective or the noun that ends the phrase before.
     */
    private int constituentStart(List<Span> words, int firstVerb, int verb) {
        for (int i = verb - 1; i > firstVerb; i--) {
            String word = words.get(i).value();
            // a capitalised preposition that is also a noun opens the phrase too before a noun or name: "… Favoriten
            // Laut Polizei wurde"; "in Kraft viele Betriebe" has the noun "Kraft"
            boolean prepositionBeforeNoun = isCapitalisedWord(word) && lexicon.hasTag(word, "PRP")
                    && isCapitalisedWord(words.get(i + 1).value()) && canEndMainClause(words.get(i - 1).value())
                    && !lexicon.hasTag(words.get(i - 1).value(), "PRP");
            if (isCapitalisedFunctionWord(word) || prepositionBeforeNoun) {
                return i;
            }
        }
        int k = verb - 1;
        String last = words.get(k).value();
        if (PERSONAL_PRONOUNS.contains(last) || isOnlyAdverb(last)) {
            return k;
        }
        while (k - 1 > firstVerb) {
            String previous = words.get(k - 1).value();
            List<AnalyzedToken> readings = lexicon.readings(previous);
            if (opensSubjectAfterNoun(words, k, verb)) {
                return k;
            }
            if (!isPlainLowercaseWord(previous)) {
                // a noun with its genitive attribute is one phrase: "die Bewertung des Marktes habe"
                if (isPlainLowercaseWord(words.get(k).value()) && !GENITIVE_ARTICLES.contains(words.get(k).value())) {
                    return k;
                }
            } else if (!GermanLexicon.hasAnyTag(readings, List.of("ART", "PRO", "PRP", "ZAL", "ADV"))
                    && readings.stream().noneMatch(r -> isAttributiveAdjective(r.getPOSTag()))) {
                return k;
            }
            k--;
        }
        return k;
    }

    /**
     * Two capitalised words side by side, where the second opens the subject of the verb at {@code verb}: two common
     * nouns ("… keinen Termin Branchenbeobachter rechnen …", "… 11,2 Meter Premierminister X ordnete …"), which German
     * joins only in a compound or with an article between; or a noun that closes a phrase opened by an article,
     * preposition or adjective and then only names up to a singular verb in the indicative ("… im Stehendschießen
     * Sturla Holm kam …"). A noun that introduces a title ("Zeitung", "Film"), a person's role before a name ("des
     * Regisseurs Patrick Vollrath") and a month or weekday ("Anfang Mai") stay joined.
     */
    private boolean opensSubjectAfterNoun(List<Span> words, int k, int verb) {
        String previous = words.get(k - 1).value();
        String word = words.get(k).value();
        // a compound the tagger lacks counts by its last noun: "im Stehendschießen"
        boolean previousNoun = isCommonNoun(previous)
                || lexicon.readings(previous).isEmpty() && GermanWords.endsInNoun(lexicon, previous);
        if (!isCapitalisedWord(previous) || !isCapitalisedWord(word) && !isName(word) || !previousNoun
                || namesWhatFollows(previous) || CalendarNames.GERMAN_MONTHS.contains(word)
                || CalendarNames.GERMAN_WEEKDAYS.contains(word)) {
            return false;
        }
        String opener = k >= 2 ? words.get(k - 2).value() : "";
        if (isCommonNoun(word)) {
            // a German phrase before: "through Windows Update" is a foreign one
            return NUMBER.matcher(opener).matches() || !lexicon.readings(opener).isEmpty();
        }
        if (AGENT_NOUN.matcher(previous).find()) {
            return false;
        }
        boolean phraseClosed = isPlainLowercaseWord(opener) && (GermanLexicon.hasAnyTag(lexicon.readings(opener),
                List.of("ART", "PRP", "PRO")) || lexicon.readings(opener).stream()
                .anyMatch(r -> isAttributiveAdjective(r.getPOSTag())));
        return phraseClosed && IntStream.range(k, verb).allMatch(i -> isName(words.get(i).value()))
                && lexicon.readings(words.get(verb).value()).stream().map(AnalyzedToken::getPOSTag)
                        .anyMatch(t -> FINITE_VERB.matcher(t).find() && t.contains(":SIN:") && !t.contains(":KJ"));
    }

    /** A noun with no name reading: "Termin", "Meter". */
    private boolean isCommonNoun(String word) {
        return lexicon.hasTag(word, "SUB") && !lexicon.hasTag(word, "EIG");
    }

    /** A capitalised word, or hyphenated ones, the dictionary lacks or knows only as a name: "Sturla", "Dahan-Lavi". */
    private boolean isName(String word) {
        return Arrays.stream(word.split("-", -1)).allMatch(SentenceBoundaryDetector::isCapitalisedWord)
                && lexicon.readings(word).stream().allMatch(r -> r.getPOSTag().startsWith("EIG"));
    }

    /** A capitalised article, pronoun, preposition, conjunction or adverb with no noun or name reading: "Die", "Auch". */
    private boolean isCapitalisedFunctionWord(String word) {
        List<AnalyzedToken> readings = lexicon.readings(word);
        return isCapitalisedWord(word) && !readings.isEmpty()
                && readings.stream().noneMatch(r -> isNounOrName(r.getPOSTag()))
                && GermanLexicon.hasAnyTag(readings, FUNCTION_WORDS);
    }

    /**
     * A word after which a main clause may end: no article, preposition or inflected adjective waiting for a noun, bar
     * a verb particle, and no lowercase word the German dictionary lacks (a foreign phrase has a grammar of its own).
     */
    private boolean canEndMainClause(String word) {
        if (!isPlainLowercaseWord(word)) {
            return true;
        }
        List<AnalyzedToken> readings = lexicon.readings(word);
        // "ein" and "an" are also the particles that close a clause: "stellte den Betrieb ein"
        return !readings.isEmpty() && (GermanLexicon.hasAnyTag(readings, List.of("ZUS"))
                || !GermanLexicon.hasAnyTag(readings, List.of("ART", "PRP"))
                && readings.stream().noneMatch(r -> isAttributiveAdjective(r.getPOSTag())));
    }

    /**
     * A lowercase word that opens a clause inside the stretch: a conjunction and nothing else ("und", "dass"), a
     * subordinating one that is no preposition or adverb of time ("wie", "weil"; not "als" or "nun"), or an
     * interrogative ("was", "wo").
     */
    private boolean opensClauseInside(String word) {
        List<AnalyzedToken> readings = lexicon.readings(word);
        if (!isPlainLowercaseWord(word) || readings.isEmpty()) {
            return false;
        }
        return readings.stream().allMatch(r -> r.getPOSTag().startsWith("KON"))
                || readings.stream().anyMatch(r -> INTERROGATIVE.matcher(r.getPOSTag()).find())
                || lexicon.hasTag(word, "KON:UNT") && !GermanLexicon.hasAnyTag(readings, List.of("PRP", "ADV:TMP"));
    }

    /** A subordinating conjunction (not also an adverb, as "nun" is) or an interrogative: the verb comes last. */
    private boolean opensSubordinateOrQuestion(String word) {
        List<AnalyzedToken> readings = lexicon.readings(word);
        return readings.stream().anyMatch(r -> r.getPOSTag().startsWith("KON:UNT")
                || INTERROGATIVE.matcher(r.getPOSTag()).find())
                && !GermanLexicon.hasAnyTag(readings, List.of("ADV:TMP", "ADV:MOD", "ADV:CAU"))
                || RELATIVE_PRONOUNS.contains(word.toLowerCase(Locale.GERMAN)) && !lexicon.hasTag(word, "ART");
    }

    /** A lowercase finite verb that has no other reading: "fehlen", "gibt", "wurden"; not "einigen" or "achten". */
    private boolean isOnlyFiniteVerb(String word) {
        List<AnalyzedToken> readings = lexicon.readings(word);
        return isFiniteVerb(word) && readings.stream().allMatch(r -> r.getPOSTag().startsWith("VER"))
                && !lexicon.hasTag(word, "VER:PA2");
    }

    /**
     * A verb that reads as finite and as participle or infinitive ("erhalten", "verkürzt") is finite before an article
     * or a reflexive or personal pronoun: "Nach dem Entwurf erhalten die Gemeinden", "Damit verkürzt sich die Fahrzeit".
     * A participle or infinitive ends its clause, so no subject or object follows it there.
     */
    private boolean isFiniteBeforeSubject(String word, String next) {
        return isPlainLowercaseWord(word) && isFiniteVerb(word)
                && lexicon.readings(word).stream().allMatch(r -> r.getPOSTag().startsWith("VER")
                        || r.getPOSTag().startsWith("PA2"))
                && isPlainLowercaseWord(next) && (lexicon.hasTag(next, "ART") || lexicon.hasTag(next, "PRO:REF")
                        || lexicon.hasTag(next, "PRO:PER"));
    }

    /** An infinitive, participle, auxiliary or modal: a verb that may stand in a cluster at a clause's end. */
    private boolean isClusterVerb(String word) {
        return Stream.of("VER:INF", "VER:PA2", "VER:AUX", "VER:MOD").anyMatch(tag -> lexicon.hasTag(word, tag));
    }

    private boolean isOnlyAdverb(String word) {
        List<AnalyzedToken> readings = lexicon.readings(word);
        return isPlainLowercaseWord(word) && !readings.isEmpty()
                && readings.stream().allMatch(r -> r.getPOSTag().startsWith("ADV"));
    }

    /**
     * How a word ends the clause before it: not at all, as the participle or infinitive that closes a main clause's
     * verbal bracket, or as the finite verb at the end of a subordinate or relative clause.
     */
    private enum ClauseEnd { NONE, BRACKET, SUBORDINATE }

    /**
     * What closes a clause: a participle (one that is also a finite verb only after an auxiliary, as in "wurde …
     * verabschiedet"), an infinitive after a finite modal or auxiliary, or the finite verb that ends a subordinate
     * clause after a comma; the clause needs {@value #MIN_WORDS_BEFORE_PARTICIPLE} words before it.
     */
    private ClauseEnd clauseEnd(String text, int start, String closing) {
        // the bare participle that closes a verbal bracket, not an inflected one before a noun ("angestammten")
        boolean participle = lexicon.hasTag(closing, "VER:PA2") || lexicon.hasTag(closing, "PA2:PRD:GRU");
        boolean infinitive = lexicon.hasTag(closing, "VER:INF");
        if (!participle && !infinitive && !isFiniteVerb(closing)) {
            return ClauseEnd.NONE;
        }
        Clause clause = clauseBefore(text, start);
        List<Span> before = clause.words();
        if (before.size() < MIN_WORDS_BEFORE_PARTICIPLE) {
            return ClauseEnd.NONE;
        }
        if (opensCoordinatedClause(before, closing)) {
            return ClauseEnd.NONE;
        }
        boolean auxiliaryBefore = hasFiniteAuxiliary(before, infinitive);
        // an infinitive closes the bracket a finite modal or auxiliary opened ("… müssen sich … verantworten")
        participle |= infinitive && auxiliaryBefore;
        boolean subordinate = clause.subordinate();
        if (clause.afterComma() && subordinate && isThirdPersonIndicative(closing)) {
            return ClauseEnd.SUBORDINATE;
        }
        return participle && !subordinate && (!isFiniteVerb(closing) || auxiliaryBefore) ? ClauseEnd.BRACKET
                : ClauseEnd.NONE;
    }

    /**
     * A verb right after a participle or predicative adjective and "und", no participle itself, is the finite verb of
     * a second main clause whose subject is left out ("Wir haben gut gespielt und stehen am Ende mit leeren Händen
     * da", "Wir waren ebenbürtig und stehen am Ende …"), not the verb that closes the bracket.
     */
    private boolean opensCoordinatedClause(List<Span> before, String closing) {
        int n = before.size();
        // after an infinitive "und" joins a second one in the same bracket: "will die Halle sanieren und erweitern"
        String first = n >= 2 ? before.get(n - 2).value() : "";
        return n >= 2 && lexicon.hasTag(before.get(n - 1).value(), "KON:NEB")
                && (lexicon.hasTag(first, "VER:PA2") || lexicon.hasTag(first, "ADJ:PRD"))
                && !lexicon.hasTag(closing, "PA2") && !lexicon.hasTag(closing, "VER:PA2");
    }

    /** A finite verb in the third person, indicative or the subjunctive of reported speech: "sollen", "belaste". */
    private boolean isThirdPersonFinite(String verb) {
        return lexicon.readings(verb).stream().map(AnalyzedToken::getPOSTag)
                .anyMatch(t -> FINITE_VERB.matcher(t).find() && t.contains(":3:"));
    }

    /** A full stop lost between the clause's last word (group 1) and the next one's first (group 2). */
    private Finding lostFullStop(MatchResult m, String opener) {
        return finding(m.start(1), m.end(2), "'" + m.group(1) + "' ends a clause and '" + m.group(2)
                + "' starts the next: a full stop is probably lost between them", List.of(m.group(1) + ". " + opener));
    }

    /**
     * The opener starts a main clause: a pronoun right before its finite verb ("es ist", "wir fordern"), an article or
     * preposition with the finite verb a few words on; {@code onlyFinite}: a verb that is no infinitive as well, where
     * the word before is a finite verb itself and so might govern one ("…, den … sollen die Zukunft bilden").
     */
    private boolean opensMainClause(String opener, String rest, boolean onlyFinite) {
        if (PERSONAL_PRONOUNS.contains(opener)) {
            List<Span> next = Spans.words(rest);
            String verb = next.isEmpty() ? "" : next.get(0).value();
            // the verb agrees with the pronoun: "es ist", "wir fordern"; not "er fahrt" of a dialect
            return isFiniteVerb(verb) && !isReportedSpeech(verb)
                    && (isThirdPersonIndicative(verb) || FIRST_PERSON.contains(opener));
        }
        return finiteVerbFollows(rest, onlyFinite);
    }

    /**
     * The clause before an offset: its words from the last sentence end, line break, colon, dash or clause comma within
     * {@value #CLAUSE_REACH} characters; whether that was a comma; whether it opens with a subordinating conjunction
     * ("dass", "weil", "außer dass") or, after a comma, a relative pronoun, and so has its verb last.
     */
    private Clause clauseBefore(String text, int at) {
        String clause = text.substring(Math.max(0, at - CLAUSE_REACH), at);
        int clauseStart = CLAUSE_START.matcher(clause).results().mapToInt(MatchResult::start).max().orElse(-1);
        List<Span> words = Spans.words(clause.substring(clauseStart + 1));
        boolean afterComma = clauseStart >= 0 && clause.charAt(clauseStart) == ',';
        String opening = words.isEmpty() ? "" : words.get(0).value();
        String second = words.size() > 1 ? words.get(1).value() : "";
        // "seit", "während", "bis" are also prepositions: before a finite verb in second place they open a main clause
        // ("Seit dem Verbot sind die Exporte … gestiegen")
        boolean preposition = lexicon.hasTag(opening, "PRP")
                && words.stream().skip(1).anyMatch(w -> isOnlyFiniteVerb(w.value()));
        boolean subordinate = lexicon.hasTag(opening, "KON:UNT") && !preposition
                || lexicon.hasTag(second, "KON:UNT") && !lexicon.hasTag(second, "PRP")
                || afterComma && RELATIVE_PRONOUNS.contains(opening);
        return new Clause(words, afterComma, subordinate);
    }

    private record Clause(List<Span> words, boolean afterComma, boolean subordinate) {
        /** Subordinate, or opened by a relative pronoun after any clause start, not only after a comma. */
        boolean verbLast() {
            return subordinate || !words.isEmpty() && RELATIVE_PRONOUNS.contains(words.get(0).value());
        }
    }

    /**
     * A clause after a comma that surely has its verb last: opened by a relative pronoun before a lower-case word ("…,
     * die nie ausgeführt wurden"; "…, der Plan beinhalte …" is reported speech with an article) or by a word that is
     * only a subordinating conjunction ("…, weil", not "während", also a preposition), with a word between opener and
     * verb.
     */
    private boolean closesSubordinateClause(Clause clause) {
        List<Span> words = clause.words();
        if (!clause.afterComma() || words.size() < MIN_SUBORDINATE_WORDS) {
            return false;
        }
        String opener = words.get(0).value();
        List<AnalyzedToken> readings = lexicon.readings(opener);
        // "…, die ersten Störche kehrten …": an article before an adjective opens a main clause
        String second = words.get(1).value();
        boolean relative = RELATIVE_PRONOUNS.contains(opener) && Character.isLowerCase(second.charAt(0))
                && lexicon.readings(second).stream().noneMatch(r -> isAttributiveAdjective(r.getPOSTag())
                        || r.getPOSTag().startsWith("ART") || r.getPOSTag().startsWith("PRO"));
        boolean conjunction = !readings.isEmpty() && readings.stream().allMatch(r -> r.getPOSTag().startsWith("KON:UNT"));
        return relative || conjunction;
    }

    /** A finite auxiliary ("hat", "wurde") among the words, or also a finite modal ("müssen") with {@code modals}. */
    private boolean hasFiniteAuxiliary(List<Span> words, boolean modals) {
        return words.stream().anyMatch(w -> isFiniteVerb(w.value())
                && (lexicon.hasTag(w.value(), "VER:AUX") || modals && lexicon.hasTag(w.value(), "VER:MOD")));
    }

    /**
     * A lost full stop between a noun that ends a main clause and a personal pronoun that opens the next one with its
     * verb ("… zwischen aggressivem Spiel und Geduld er verbuchte mehr Gewinnschläge …"): a main clause with its finite
     * verb before the noun, and after the pronoun a verb that agrees with it and at least {@value #MIN_WORDS_AFTER_VERB}
     * more words. A subordinate clause ends in its verb ("…, wie viel Geld er verdient, …") and takes an object
     * pronoun ("…, als die Polizei sie festnahm und abführte"), so a clause that opens with a conjunction or a relative
     * pronoun stays silent.
     */
    private List<Finding> pronounStartsAfterNoun(AnalysedText analysed) {
        List<Finding> findings = new ArrayList<>();
        Matcher m = NOUN_THEN_PRONOUN.matcher(analysed.text());
        while (m.find()) {
            if (!lexicon.hasTag(m.group(1), "SUB") || !opensMainClause(m.group(2), m.group(3), false)) {
                continue;
            }
            List<Span> after = Spans.words(m.group(3));
            Clause clause = clauseBefore(analysed.text(), m.start());
            List<Span> before = clause.words();
            if (after.size() > MIN_WORDS_AFTER_VERB && before.size() >= MIN_WORDS_BEFORE_PARTICIPLE
                    && !clause.verbLast() && before.stream().anyMatch(w -> isFiniteVerb(w.value()))) {
                findings.add(lostFullStop(m, Character.toUpperCase(m.group(2).charAt(0)) + m.group(2).substring(1)));
            }
        }
        return findings;
    }

    /**
     * A lost full stop between an infinitive with "zu", which closes its clause, and a personal pronoun that opens the
     * next with its finite verb ("… froh, das Ziel erreicht zu haben er wolle nun …"): after such a clause German
     * sets a comma and puts the finite verb first ("…, will er"), so a pronoun before its verb starts a sentence. In
     * reported speech the verb may be a subjunctive.
     */
    private List<Finding> pronounStartsAfterInfinitive(AnalysedText analysed) {
        List<Finding> findings = new ArrayList<>();
        Matcher m = INFINITIVE_THEN_PRONOUN.matcher(analysed.text());
        while (m.find()) {
            List<Span> after = Spans.words(m.group(3));
            String verb = after.isEmpty() ? "" : after.get(0).value();
            boolean agrees = FIRST_PERSON.contains(m.group(2)) ? isFiniteVerb(verb) : isThirdPersonFinite(verb);
            if (lexicon.hasTag(m.group(1), "VER:INF") && isPlainLowercaseWord(verb) && agrees
                    && after.size() > MIN_WORDS_AFTER_VERB) {
                findings.add(lostFullStop(m, Character.toUpperCase(m.group(2).charAt(0)) + m.group(2).substring(1)));
            }
        }
        return findings;
    }

    /**
     * A lost full stop between a participle or infinitive that closes the bracket a finite auxiliary or modal opened and
     * a noun or name that opens the next main clause with its finite verb ("… hat die Reform verabschiedet Kritiker
     * sprechen von …", "… dürfte sich nichts mehr ändern Lambert könnte …"). German puts no noun after the closed
     * bracket of a main clause; an infinitive clause whose comma is missing ("… hat angekündigt Mitarbeiter entlassen zu
     * wollen") has "zu" after its verb, and a subordinate clause stays silent.
     */
    private List<Finding> nounStartsAfterBracket(AnalysedText analysed) {
        List<Finding> findings = new ArrayList<>();
        Matcher m = CLOSING_THEN_NOUN.matcher(analysed.text());
        while (m.find()) {
            String closing = m.group(1);
            // "einen" is also an infinitive, "vorbeifahren" an adjective's stem: a word with such readings is no verb
            // "am gleichen Tag": an infinitive that is also an inflected adjective opens a noun phrase
            boolean closes = (lexicon.hasTag(closing, "VER:PA2") || lexicon.hasTag(closing, "PA2:PRD:GRU")
                    || lexicon.hasTag(closing, "VER:INF"))
                    && !GermanLexicon.hasAnyTag(lexicon.readings(closing), FUNCTION_WORDS)
                    && lexicon.readings(closing).stream().noneMatch(r -> isAttributiveAdjective(r.getPOSTag()));
            // the finite verb that ends a subordinate clause ("…, die nie ausgeführt wurden Gutschriften …")
            // "beseitigen" is an infinitive as well: after a relative clause it is the clause's finite verb
            boolean closesSubordinate = isFiniteVerb(closing) && isThirdPersonIndicative(closing)
                    && lexicon.readings(closing).stream().allMatch(r -> r.getPOSTag().startsWith("VER"))
                    && closesSubordinateClause(clauseBefore(analysed.text(), m.start()));
            List<String> after = Spans.words(m.group(3)).stream().map(Span::value).toList();
            // a nominalised adjective ("Neue") is the capitalised-word shape's
            if (closesSubordinate && lexicon.hasTag(m.group(2), "SUB") && !lexicon.hasTag(m.group(2), "EIG")
                    && !GermanLexicon.hasAnyTag(lexicon.readings(m.group(2)), FUNCTION_WORDS)
                    && !GermanLexicon.hasAnyTag(lexicon.readings(m.group(2)), ADJECTIVES)
                    && hasFiniteVerb(m.group(3))
                    // a verb that is an infinitive too needs the next clause's verb right after its subject
                    && (!closes || !after.isEmpty() && isFiniteVerb(after.get(0)))) {
                findings.add(lostFullStop(m, m.group(2)));
                continue;
            }
            if (!closes) {
                continue;
            }
            int verb = firstVerb(after);
            // words after the verb tell a main clause from a verb cluster ("… entlassen werden müssen"); a full verb
            // with no infinitive or participle reading is in no cluster, so one word after it will do ("Anleger
            // reagierten erfreut: …")
            // so is an auxiliary before its participle: "Anwohner werden aufgefordert, …"
            boolean passive = verb >= 0 && verb + 1 < after.size() && lexicon.hasTag(after.get(verb), "VER:AUX")
                    && lexicon.hasTag(after.get(verb + 1), "VER:PA2");
            int minAfter = verb >= 0 && (!isClusterVerb(after.get(verb)) || passive) ? 1 : MIN_WORDS_AFTER_VERB;
            if (verb < 0 || after.size() <= verb + minAfter || after.get(verb + 1).equals("zu")
                    || !isFiniteVerb(after.get(verb)) || !isThirdPersonIndicative(after.get(verb))
                    || !(lexicon.hasTag(m.group(2), "SUB") || lexicon.hasTag(m.group(2), "EIG"))
                    || GermanLexicon.hasAnyTag(lexicon.readings(m.group(2)), FUNCTION_WORDS)) {
                continue;
            }
            Clause clause = clauseBefore(analysed.text(), m.start());
            List<Span> before = clause.words();
            // an infinitive with "zu" closes its clause as a participle closes a main clause's bracket: "…, das Wasser
            // zu verlassen Rettungsschwimmer hissen dann …"
            // not "ohne zu zögern", "um zu helfen": a set phrase or an infinitive clause whose commas are left out
            boolean zuInfinitive = !before.isEmpty() && before.get(before.size() - 1).value().equals("zu")
                    && lexicon.hasTag(closing, "VER:INF") && (before.size() < 2
                            || !lexicon.hasTag(before.get(before.size() - 2).value(), "KON:INF"));
            // a word right after an article is inside a noun phrase, whatever verb it looks like ("von einem
            // vorbeifahren Zug", a slip for "vorbeifahrenden"): no clause ends there
            boolean afterArticle = !before.isEmpty() && lexicon.hasTag(before.get(before.size() - 1).value(), "ART");
            if ((zuInfinitive || hasFiniteAuxiliary(before, true) && !clause.verbLast())
                    && before.size() >= MIN_WORDS_BEFORE_PARTICIPLE && !afterArticle) {
                findings.add(lostFullStop(m, m.group(2)));
            }
        }
        return findings;
    }

    /**
     * Where the noun phrase after a capitalised noun ends in a verb: the index of the first word with a verb reading
     * within {@value #NOUN_PHRASE_REACH} words, its noun phrase made only of articles, adjectives, nouns, names,
     * numbers, conjunctions and prepositions ("Analysten der Investmentbank Nomura halten …"); -1 when another word
     * comes first or no verb is in reach.
     */
    private int firstVerb(List<String> words) {
        for (int i = 0; i < Math.min(NOUN_PHRASE_REACH, words.size()); i++) {
            String word = words.get(i);
            // a verb form that is also an inflected participle belongs to the noun phrase: "das beschleunigte Verfahren"
            List<AnalyzedToken> readings = lexicon.readings(word);
            if (isPlainLowercaseWord(word) && lexicon.hasTag(word, "VER")
                    && readings.stream().noneMatch(r -> isAttributiveAdjective(r.getPOSTag()))) {
                return i;
            }
            // "Konkurrenten wie Samsung und Intel arbeiten": names joined by a conjunction are one subject
            // "Feuerwehrleute aus New South Wales und Victoria sind": a prepositional phrase belongs to the noun
            boolean nominal = isNumber(word) || Character.isUpperCase(word.charAt(0))
                    || GermanLexicon.hasAnyTag(readings, List.of("ART", "ADJ", "PA1", "PA2", "KON", "PRP"));
            if (!nominal) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A lost full stop before a number that opens the next sentence: an infinitive or participle ends a clause, and a
     * finite verb follows the number in second place ("… bis Ende 2025 abgeschlossen sein 2026 sollen dann …").
     * Inside one clause a number never stands between the closing infinitive and a finite verb.
     */
    private List<Finding> numberStarts(AnalysedText analysed) {
        List<Finding> findings = new ArrayList<>();
        Matcher m = VERB_NUMBER_VERB.matcher(analysed.text());
        int from = 0;
        while (m.find(from)) {
            from = m.start(3);
            List<AnalyzedToken> before = lexicon.readings(m.group(1));
            boolean closes = before.stream().anyMatch(r -> r.getPOSTag().startsWith("VER:INF")
                    || r.getPOSTag().contains("PA2")) && !isFiniteVerb(m.group(1));
            // the verb in second place agrees with a third person subject: "2026 sollen die Wagen", "2027 folgt"
            if (closes && isFiniteVerb(m.group(3)) && isThirdPersonIndicative(m.group(3))) {
                findings.add(lostFullStop(m, m.group(2)));
            }
        }
        return findings;
    }

    /**
     * A finite verb among the next few words, before any punctuation and any "zu": the article opens a clause of its
     * own, not an infinitive clause whose comma is missing ("… gelungen die neue Generation zu bauen") nor reported
     * speech.
     */
    private boolean finiteVerbFollows(String rest, boolean onlyFinite) {
        List<String> all = Spans.words(rest).stream().map(Span::value).toList();
        List<String> next = all.subList(0, Math.min(VERB_REACH, all.size()));
        // the verb after "zu", or right after "und", is the same clause's: "… gelungen die neue Generation zu bauen",
        // "geboren im Jahr 1950 und lebt …"; "die Kirche und mehrere Vereine haben" is a subject of two
        int stop = IntStream.range(0, next.size()).filter(i -> next.get(i).equals("zu")
                || CLAUSE_CONTINUES.contains(next.get(i)) && i + 1 < next.size() && isFiniteVerb(next.get(i + 1)))
                .findFirst().orElse(next.size());
        // a finite verb after an infinitive or participle ends a subordinate clause ("… ein Gesamtbild ergeben hat")
        return IntStream.range(0, stop).anyMatch(i -> {
            String w = next.get(i);
            // after a finite verb only a verb that is surely finite and not the last word: "…, während der Umstieg
            // verstärkt die Länder erreicht" ends the subordinate clause with a participle-shaped verb
            boolean sure = !onlyFinite || !lexicon.hasTag(w, "VER:INF") && !lexicon.hasTag(w, "VER:PA2")
                    && i + 1 < all.size();
            return isFiniteVerb(w) && isThirdPersonIndicative(w) && sure
                    && !(i > 0 && (lexicon.hasTag(next.get(i - 1), "VER:INF")
                            || lexicon.hasTag(next.get(i - 1), "VER:PA2")));
        });
    }

    /** A reading as a finite verb in the third person, not the subjunctive of reported speech: "sollen", "folgt". */
    private boolean isThirdPersonIndicative(String verb) {
        return lexicon.readings(verb).stream().map(AnalyzedToken::getPOSTag)
                .anyMatch(t -> FINITE_VERB.matcher(t).find() && t.contains(":3:") && !t.contains(":KJ1"));
    }

    /**
     * Only a present subjunctive ("sei", "habe"): reported speech after a verb of saying whose comma is missing ("wird
     * erläutert die Lage sei schwierig"), not a new sentence.
     */
    private boolean isReportedSpeech(String verb) {
        return lexicon.readings(verb).stream().filter(r -> FINITE_VERB.matcher(r.getPOSTag()).find())
                .allMatch(r -> r.getPOSTag().contains(":KJ1"));
    }

    /**
     * A comma where a full stop was lost ("… war bereits ausverkauft, Das Ensemble …", "…, Nach Angaben der …"):
     * after a comma German capitalises no article, pronoun, preposition, conjunction or adverb, bar a title ("SPD, Die Linke und Grüne") or a name, which the function-word
     * shape's checks leave silent (a full clause before the comma, a main clause verb after, no recurrence).
     */
    private boolean isCommaSplice(Candidate candidate, String text) {
        List<AnalyzedToken> readings = lexicon.readings(candidate.word().value());
        // an adjective only as a bare predicative form opens no name ("Erst" is "erst" the adverb or "erst-")
        boolean attributive = readings.stream().anyMatch(r -> ADJECTIVES.stream().anyMatch(r.getPOSTag()::startsWith)
                && !r.getPOSTag().startsWith("ADJ:PRD"));
        // a negation opens a clause as an adverb does ("…, Nicht mehr …"), and so does an adverbial adjective right
        // before its verb ("…, Inhaltlich geht es um …") when it reads as nothing else, is derived (a simple one may be
        // a name or club: "…, Kurz sagte …", "…, Rapid hatte …") and is no language ("…, Türkisch gab es …"); an
        // adverb that is also a noun ("das Heute") opens one before its finite verb
        String word = candidate.word().value();
        boolean adverbialAdjective = !readings.isEmpty()
                && readings.stream().allMatch(r -> r.getPOSTag().startsWith("ADJ:PRD"))
                && DERIVED_ADJECTIVE.matcher(word).find() && !LANGUAGE_NAMES.contains(word) && !recurs(word, text, false)
                && candidate.next() != null && isFiniteVerb(candidate.next());
        boolean opener = GermanLexicon.hasAnyTag(readings, FUNCTION_WORDS) || GermanLexicon.hasAnyTag(readings,
                List.of("NEG")) || adverbialAdjective;
        boolean adverbBeforeVerb = GermanLexicon.hasAnyTag(readings, List.of("ADV")) && candidate.next() != null
                && isFiniteVerb(candidate.next());
        // a determiner that is also a noun ("das Sein") is the determiner before a noun: "…, Sein Interesse sei …"
        boolean determinerBeforeNoun = GermanLexicon.hasAnyTag(readings, List.of("ART", "PRO:POS"))
                && candidate.next() != null && isCapitalisedWord(candidate.next())
                && lexicon.hasTag(candidate.next(), "SUB");
        return opener && !attributive
                && (adverbBeforeVerb || determinerBeforeNoun
                        || readings.stream().noneMatch(r -> isNounOrName(r.getPOSTag())))
                && opensSentenceAfterWord(candidate, readings, text);
    }

    private boolean isLostSentenceStart(Candidate candidate, String text) {
        String previous = candidate.previous().value();
        String word = candidate.word().value();
        if (startsTruncatedCompound(candidate.word(), candidate.line())) {
            return false;
        }
        List<AnalyzedToken> readings = lexicon.readings(word);
        if (readings.isEmpty()) {
            return false;
        }
        boolean nounOrName = readings.stream().anyMatch(r -> isNounOrName(r.getPOSTag()));
        if (nounOrName && GermanLexicon.hasAnyTag(readings, List.of("PRP"))) {
            return opensPrepositionalPhrase(word, readings, candidate.next()) && !recurs(word, text, true)
                    && (isLowercaseClauseEnd(previous) && lexicon.hasTag(previous, "VER")
                    || opensSentenceAfterWord(candidate, readings, text));
        }
        // a participle set before its auxiliary opens a main clause: "… brannte nieder Verletzt wurde niemand"
        String next = candidate.next();
        if (lexicon.hasTag(word, "VER:PA2") && next != null && isPlainLowercaseWord(next)
                && lexicon.readings(next).stream().anyMatch(r -> r.getPOSTag().matches("VER:(?:AUX|MOD):[123]:.*"))) {
            return opensSentenceAfterWord(candidate, readings, text);
        }
        // a number word after the participle or infinitive that ends a clause, before its noun: "… evakuiert Zwei
        // Personen kamen …"; after a finite verb it is the subject ("demonstrierten Tausende Menschen")
        if (GermanLexicon.hasAnyTag(readings, List.of("ZAL")) && isLowercaseClauseEnd(previous)
                && (lexicon.hasTag(previous, "VER:PA2") || lexicon.hasTag(previous, "VER:INF"))
                && !GermanLexicon.hasAnyTag(lexicon.readings(previous), List.of("VER:1", "VER:2", "VER:3"))
                && next != null && Character.isUpperCase(next.charAt(0)) && lexicon.hasTag(next, "SUB")) {
            return !recurs(word, text, true) && opensSentenceAfterWord(candidate, readings, text);
        }
        // a bare noun before a verb of reported speech after the predicative adjective or adverb that ends a clause:
        // "… hält sie für sinnvoll Gehen sei günstig …", "… noch unzuverlässig Gebärdensprache sei …"
        // with words after its verb: "…, dass es mehr Schlagkraft brauche." ends a subordinate clause
        if (nounOrName && lexicon.hasTag(word, "SUB") && next != null && isOnlySubjunctive(next)
                && VERB_THEN_WORD.matcher(candidate.line().substring(candidate.word().end())).lookingAt()
                && isLowercaseClauseEnd(previous) && (lexicon.hasTag(previous, "ADJ:PRD") || isOnlyAdverb(previous))) {
            return !recurs(word, text, true) && opensSentenceAfterWord(candidate, readings, text);
        }
        // a possessive that is also a noun ("das Sein") after the participle that ends a clause, before a noun it
        // determines: "… in laufende Kosten geflossen Sein Verteidiger beantragte …"
        if (next != null && isLowercaseClauseEnd(previous) && lexicon.hasTag(previous, "VER:PA2")
                && lexicon.hasTag(word.toLowerCase(Locale.GERMAN), "PRO:POS")
                && Agreement.determines(lexicon, word.toLowerCase(Locale.GERMAN), next)) {
            return !recurs(word, text, true) && opensSentenceAfterWord(candidate, readings, text);
        }
        if (nounOrName && !GermanLexicon.hasAnyTag(readings, NOMINALISED_FUNCTION_WORDS)) {
            return false;
        }
        // "Erst" is a predicative adjective too, which never stands before a noun: the adverb counts
        boolean adjective = readings.stream().anyMatch(r -> ADJECTIVES.stream().anyMatch(r.getPOSTag()::startsWith)
                && !(r.getPOSTag().startsWith("ADJ:PRD") && GermanLexicon.hasAnyTag(readings, List.of("ADV"))));
        boolean functionWord = GermanLexicon.hasAnyTag(readings, FUNCTION_WORDS);
        // "Rund 40 Prozent", "Knapp 20 Prozent": an adverb or bare adjective that is also a surname ("Kurz") only
        // opens a sentence for certain before a number.
        boolean beforeNumber = isNumber(candidate.next()) && (functionWord || lexicon.hasTag(word, "ADJ:PRD"));
        // an adverb right before a finite verb holds a main clause's first place, which no adjective can: "… an Land
        // erlaubt Früher lagen hier …"
        // so does a comparative: "… aufgelegt hatte Schwieriger ist die Lage …"
        if ((GermanLexicon.hasAnyTag(readings, List.of("ADV")) || lexicon.hasTag(word, "ADJ:PRD:KOM"))
                && candidate.next() != null
                && readings.stream().noneMatch(r -> INTERROGATIVE.matcher(r.getPOSTag()).find())
                && isFiniteVerb(candidate.next()) && isLowercaseClauseEnd(previous) && lexicon.hasTag(previous, "VER")
                && !namesWhatFollows(previous)) {
            return !recurs(word + " " + candidate.next(), text, true);
        }
        // an adverb or an adverbial adjective after a noun, right before a finite verb, holds a main clause's first
        // place too: "… zahlreiche Schneckenarten Weltweit ist jedoch …"; short adjectives are surnames after a title
        // ("Kanzler Kurz sagte"), a role noun names who follows ("Bürgermeister Wunderlich sagte"), and a word that
        // recurs capitalised is a name
        boolean adverbial = GermanLexicon.hasAnyTag(readings, List.of("ADV"))
                || lexicon.hasTag(word, "ADJ:PRD") && word.length() >= MIN_ADVERBIAL_ADJECTIVE;
        if (adverbial && candidate.next() != null && isFiniteVerb(candidate.next()) && isCommonNoun(previous)
                && !AGENT_NOUN.matcher(previous).find() && !recurs(word, text, true)) {
            return opensSentenceAfterWord(candidate, readings, text);
        }
        if (functionWord && !adjective || beforeNumber) {
            return opensSentenceAfterWord(candidate, readings, text);
        }
        return adjective && !recurs(word, text, true) && isAttributiveAfterLowercase(candidate);
    }

    /**
     * The function-word shape: the previous word can end a clause and names nothing (no "Zeitung" before "Die Welt"),
     * the function word is no form of address and is followed by a known word or a number. A sentence start then
     * needs a finite verb in its main clause after it, which a title ("berichtete Die Presse am Montag") or a name
     * ("sagte Von der Leyen, die …") lacks, and a clause with its own finite verb before it, or the start of the line
     * for a subheading run into its paragraph; a name or title recurs in the article.
     */
    private boolean opensSentenceAfterWord(Candidate candidate, List<AnalyzedToken> readings, String text) {
        String previous = candidate.previous().value();
        // a determiner that agrees with the word read as a noun makes it one: "Sein Gegenüber Dieter Hecking"
        String determiner = previous.toLowerCase(Locale.GERMAN);
        if (GermanWords.hasTag(lexicon, determiner, DETERMINER_BEFORE_NOUN) && Agreement.agree(
                Agreement.ofDeterminer(lexicon, determiner), Agreement.ofNoun(lexicon, candidate.word().value()))) {
            return false;
        }
        String next = candidate.next();
        // after a comma the new sentence may go on with a name the dictionary lacks ("…, Am CSH sollen …")
        boolean afterComma = candidate.line().startsWith(",", candidate.previous().end());
        // the polite "Ihr" and "Sie" stand mid-sentence, but not after the participle that closed the bracket
        // the polite "Sie" takes a plural verb: before a verb in the singular alone it is "she" ("… um Chiang Rai Sie
        // versprach …")
        boolean singularVerbAfter = candidate.word().value().equals("Sie") && next != null && isFiniteVerb(next)
                && lexicon.readings(next).stream().noneMatch(r -> r.getPOSTag().contains(":PLU")
                        || r.getPOSTag().startsWith("VER:INF"));
        // nor after the particle that closed a clause, before a noun and its verb: "fiel … ab Ihre Verfolgerin kam"
        boolean address = isAddress(readings) && !singularVerbAfter
                && clauseEnd(candidate.line(), candidate.previous().start(), previous) != ClauseEnd.BRACKET
                && !(isSeparableParticle(candidate) && opensClauseForCertain(candidate));
        // a conjunction or adverb before a name opens a sentence as well ("… deutlich Als Amneris begeisterte …"); an
        // article before a word German lacks opens a title
        boolean beforeName = next != null && Character.isUpperCase(next.charAt(0))
                && (afterComma || !GermanLexicon.hasAnyTag(readings, List.of("ART", "PRO")));
        if (next == null || address || namesWhatFollows(previous) || !canEndClause(candidate, text)
                || !(isNumber(next) || lexicon.isKnown(next) || beforeName)) {
            return false;
        }
        if (readings.stream().anyMatch(r -> INTERROGATIVE.matcher(r.getPOSTag()).find()) && isFiniteVerb(next)) {
            // "fragt etwa Wie rechtfertigte sie …": a direct question quoted without its colon
            return false;
        }
        String line = candidate.line();
        Span sentence = candidate.sentence();
        if (!hasMainClauseVerb(line.substring(candidate.word().end(), sentence.end()))) {
            return false;
        }
        String before = lastPiece(line.substring(sentence.start(), candidate.previous().end()));
        // a heading at the start of its paragraph needs no verb; a prenominal genitive before a title ("Mozarts Die
        // Zauberflöte wurde …") does not count as one
        boolean startsLine = candidate.firstSentence()
                && before.length() == candidate.previous().end() - sentence.start() && !isGenitiveName(previous);
        // a heading ends with no comma, so after one a short clause with its verb is enough ("… waren gesperrt, Erst …")
        int minimum = afterComma ? MIN_CLAUSE_WORDS : MIN_SENTENCE_WORDS;
        if (!startsLine && (!hasFiniteVerb(before) || Spans.words(before).size() < minimum)) {
            return false;
        }
        return !recurs(previous + " " + candidate.word().value(), text, false)
                && !recurs(candidate.word().value() + " " + next, text, true);
    }

    /**
     * A capitalised word that is also a preposition ("Laut", "Dank", "Trotz") followed by a lowercase article or
     * pronoun ("Laut einem …"), a figure ("Angesichts 795 …") or a bare noun or name ("Laut Polizei", "Trotz Regen")
     * reads as a preposition opening a sentence: the noun ("der Laut", "hat Zeit für …") takes an article or is followed by other words.
     * After a lowercase verb, the usual end of a German clause, that is enough; otherwise the function-word shape
     * must hold as well.
     */
    private boolean opensPrepositionalPhrase(String word, List<AnalyzedToken> readings, String next) {
        boolean preposition = readings.stream().anyMatch(r -> r.getPOSTag().startsWith("PRP")
                && word.toLowerCase(Locale.GERMAN).equals(r.getLemma()));
        if (!preposition || next == null) {
            return false;
        }
        List<AnalyzedToken> nextReadings = lexicon.readings(next);
        // a figure opens the phrase as an article does: "Angesichts 795 Millionen …", "Seit 2015 …"
        if (next.chars().allMatch(Character::isDigit)) {
            return true;
        }
        return isPlainLowercaseWord(next) ? GermanLexicon.hasAnyTag(nextReadings, List.of("ART", "PRO"))
                : isCapitalisedWord(next) && GermanLexicon.hasAnyTag(nextReadings, List.of("SUB", "EIG"))
                        && !GermanLexicon.hasAnyTag(nextReadings, List.of("VER"));
    }

    /**
     * A capitalised adjective before a noun is attributive, which German writes in lowercase mid-sentence
     * ("hat Nordkoreanische Waffen"). Before anything else it is a nominalisation ("etwas Positives", "ein großer
     * Reisender") or a surname ("sagte Klug"), both rightly capitalised. After a finite verb it counts only when
     * the verb ends a subordinate clause ("…, obwohl Beobachter es dokumentiert hat Nordkoreanische …"): in a main
     * clause the finite verb stands second and the adjective opens its subject or complement ("posteten Feiernde
     * Bilder", "es ist Kalter Krieg").
     */
    private boolean isAttributiveAfterLowercase(Candidate candidate) {
        String previous = candidate.previous().value();
        String next = candidate.next();
        if (!isLowercaseClauseEnd(previous) || next == null || !isCapitalisedWord(next)
                || !lexicon.hasTag(next, "SUB")) {
            return false;
        }
        boolean finiteOnly = lexicon.readings(previous).stream()
                .allMatch(r -> FINITE_VERB.matcher(r.getPOSTag()).find());
        return !finiteOnly || opensSubordinateClause(candidate);
    }

    /** The clause that ends with the previous word opens with a conjunction, relative or interrogative pronoun. */
    private boolean opensSubordinateClause(Candidate candidate) {
        String sentence = candidate.line().substring(candidate.sentence().start(), candidate.previous().start());
        String[] clauses = CLAUSE_BREAK.split(lastPiece(sentence), -1);
        List<Span> words = Spans.words(clauses[clauses.length - 1]);
        return !words.isEmpty() && lexicon.readings(words.get(0).value()).stream().map(AnalyzedToken::getPOSTag)
                .anyMatch(tag -> tag.startsWith("KON:UNT") || tag.startsWith("PRO:DEM") || tag.startsWith("PRO:RIN")
                        || tag.contains("INR"));
    }

    /**
     * A lowercase word known to the tagger that can end a clause: no article, preposition, pronoun, number or
     * conjunction, which open a noun phrase or join names ("das Neue", "beim Laufen", "Polizei und Rotes Kreuz"),
     * and no inflected adjective, which stands before a noun ("der frühere Hohe Repräsentant").
     */
    private boolean isLowercaseClauseEnd(String previous) {
        if (!isPlainLowercaseWord(previous)) {
            return false;
        }
        List<AnalyzedToken> readings = lexicon.readings(previous);
        return !readings.isEmpty() && !GermanLexicon.hasAnyTag(readings, NOT_SENTENCE_FINAL)
                && readings.stream().noneMatch(r -> isAttributiveAdjective(r.getPOSTag()));
    }

    /**
     * The previous word is the particle of a separable verb whose finite form stands earlier in its clause
     * ("kündigte neue Reformen an", "trat vor 40.000 Fans auf"): the dictionary knows particle and verb as one
     * infinitive ("ankündigen", "auftreten"). A preposition opens a phrase instead ("nach Den Haag").
     */
    private boolean isSeparableParticle(Candidate candidate) {
        String particle = candidate.previous().value();
        if (!lexicon.hasTag(particle, "ZUS")) {
            return false;
        }
        String sentence = candidate.line().substring(candidate.sentence().start(),
                Math.max(candidate.sentence().start(), candidate.previous().start()));
        String[] clauses = CLAUSE_BREAK.split(lastPiece(sentence), -1);
        return Spans.words(clauses[clauses.length - 1]).stream()
                .flatMap(w -> lexicon.readings(w.value()).stream())
                .filter(r -> FINITE_VERB.matcher(r.getPOSTag()).find() && r.getLemma() != null)
                .anyMatch(r -> lexicon.readings(particle + r.getLemma()).stream()
                        .anyMatch(infinitive -> infinitive.getPOSTag().startsWith("VER:INF")));
    }

    /**
     * The previous word can stand last in a clause: a number ("im Jahr 2022"), or a word of two or more letters
     * known to the dictionary or a name the text uses again (foreign titles such as "Iron Man" are not; a data blob
     * is no word), no acronym or
     * dateline ("EU", "WIEN"), no hashtag; capitalised, a noun or name ("… Portugals Die …", "… dem Verdächtigen Er
     * …"); neither an article, conjunction or number nor an attributive pronoun or adjective; a preposition only as
     * the particle of a separable verb ("kündigte … an Er …"), not opening a title ("mit Für Innsbruck") or a name
     * with an article ("flog … nach Den Haag").
     */
    private boolean canEndClause(Candidate candidate, String text) {
        String word = candidate.previous().value();
        if (isNumber(word)) {
            return true;
        }
        int before = candidate.previous().start() - 1;
        boolean tagged = before >= 0 && "#@".indexOf(candidate.line().charAt(before)) >= 0;
        if (word.length() < 2 || word.length() >= Spans.LONG_TOKEN_CHARS || tagged
                || GermanWords.isAcronym(word) && (isDateline(candidate) || !opensClauseForCertain(candidate))) {
            return false;
        }
        List<AnalyzedToken> readings = lexicon.readings(word);
        if (readings.isEmpty()) {
            // a name the dictionary lacks ends its clause as well as any, once a comma closes it ("in Osijek, Das …")
            // or where the text names the person or place again ("sagte Kusumawati Im …" after "Rina Kusumawati"),
            // or before a clause that cannot be a title's words ("… Esa-Pekka Salonen Das Orchester folgte …")
            boolean name = Character.isUpperCase(word.charAt(0)) && word.chars().allMatch(Character::isLetter);
            return lexicon.isKnown(word) || GermanWords.isAcronym(word) || name && (candidate.line().startsWith(",",
                    candidate.previous().end()) || recurs(word, text, false) || opensClauseForCertain(candidate));
        }
        boolean beforeComma = candidate.line().startsWith(",", candidate.previous().end());
        if (GermanLexicon.hasAnyTag(readings, OPENS_PHRASE)) {
            // no article stands before a comma or a pronoun and its verb: "ein" there is the particle of the clause's
            // verb ("stellte … ein, Am …", "räumte seine Niederlage ein Er rief …")
            return (beforeComma || opensClauseForCertain(candidate)) && isSeparableParticle(candidate);
        }
        if (Character.isUpperCase(word.charAt(0))) {
            // mid-sentence a capitalised word is a noun, a name or a nominalised adjective ("dem Verdächtigen")
            return readings.stream().anyMatch(r -> r.getPOSTag().startsWith("SUB") || r.getPOSTag().startsWith("EIG")
                    || isAttributiveAdjective(r.getPOSTag()));
        }
        if (GermanLexicon.hasAnyTag(readings, List.of("PRP")) && (!isSeparableParticle(candidate)
                || lexicon.hasTag(candidate.word().value(), "ART") && !isCommonWord(candidate.next()))) {
            // a verb may take the preposition as its particle ("reiste … nach"), and yet it opens a name
            return false;
        }
        // a comma ends the phrase an adjective or a possessive might open: "… war schon früher, Heute ist …", "… dabei
        // sein, Unter den Gästen …"; so does a finite verb that also reads as a participle ("… beobachteten, Die …")
        if (beforeComma) {
            return true;
        }
        return readings.stream().noneMatch(r -> isAttributiveAdjective(r.getPOSTag())
                || r.getPOSTag().startsWith("PRO") && r.getPOSTag().contains(":BEG"));
    }

    /**
     * The capitalised word opens a main clause by its shape alone: an article before a common noun and a finite verb
     * right after it or one word on ("Das Tier ist", "Der Weg zum Hof lohnt"), a preposition before a common noun and
     * a finite verb up to two words on ("Laut Forschern sind", "Nach Angaben der Polizei wurde"), or a personal
     * pronoun before a finite verb in the third person ("Er rief"). A title after a name ("Mozarts Die Zauberflöte")
     * has no verb so close.
     */
    private boolean opensClauseForCertain(Candidate candidate) {
        String word = candidate.word().value();
        String next = candidate.next();
        if (next == null) {
            return false;
        }
        List<Span> after = Spans.words(candidate.line().substring(candidate.word().end()));
        if (PERSONAL_PRONOUNS.contains(word.toLowerCase(Locale.GERMAN)) && !word.equals("Sie")) {
            return isFiniteVerb(next) && isThirdPersonFinite(next);
        }
        // a preposition's phrase may hold a genitive or an article more: "Laut Sicherheitsforschern sind", "Nach
        // Angaben der Polizei wurde"
        int reach = lexicon.hasTag(word, "ART") ? 2 : lexicon.hasTag(word.toLowerCase(Locale.GERMAN), "PRP") ? 3 : 0;
        String lowercase = word.toLowerCase(Locale.GERMAN);
        if (reach == 0 && (GermanWords.hasTag(lexicon, word, PRONOUN_DETERMINER)
                || GermanWords.hasTag(lexicon, lowercase, PRONOUN_DETERMINER)) && !lexicon.hasTag(lowercase, "PRP")) {
            // a possessive or quantifier before its noun, adjectives between, and the verb right after the noun:
            // "Ihre ärgste Verfolgerin kam", "Einige Urlauber standen"
            int noun = 0;
            while (noun < after.size() && GermanWords.isLowercaseAttributive(lexicon, after.get(noun).value())) {
                noun++;
            }
            return noun + 1 < after.size() && isCapitalisedWord(after.get(noun).value())
                    && lexicon.hasTag(after.get(noun).value(), "SUB") && !lexicon.hasTag(after.get(noun).value(), "EIG")
                    && isOnlyFiniteVerb(after.get(noun + 1).value());
        }
        return reach > 0 && isCapitalisedWord(next) && lexicon.hasTag(next, "SUB") && !lexicon.hasTag(next, "EIG")
                && IntStream.rangeClosed(1, Math.min(reach, after.size() - 1))
                        .anyMatch(i -> isOnlyFiniteVerb(after.get(i).value()));
    }


    private static final Pattern PRONOUN_DETERMINER = Pattern.compile("PRO:(?:POS|IND|DEM):");
    private static final Pattern DETERMINER_BEFORE_NOUN = Pattern.compile("ART|PRO:(?:POS|DEM):");

    /** The uppercase word opens its line: a dateline ("BERLIN Die Regierung …"), where a clause may follow. */
    private static boolean isDateline(Candidate candidate) {
        return candidate.line().substring(0, candidate.previous().start()).isBlank();
    }

    /** A noun, adjective or participle to the tagger: no name ("Den Haag") and no word it does not know. */
    private boolean isCommonWord(String word) {
        return word != null && GermanLexicon.hasAnyTag(lexicon.readings(word), List.of("SUB", "ADJ", "PA1", "PA2"));
    }

    /** "Sie", "Ihnen", "Ihr", "Du": capitalised by the rules of address, or listed capitalised ("Ihr", "Dein"). */
    private static boolean isAddress(List<AnalyzedToken> readings) {
        return readings.stream().filter(r -> r.getPOSTag().startsWith("PRO"))
                .anyMatch(r -> ADDRESS.matcher(r.getPOSTag()).find() || r.getLemma() != null
                        && !r.getLemma().isEmpty() && Character.isUpperCase(r.getLemma().charAt(0)));
    }

    /** A title head ("Tageszeitung", "ORF-Sendung") or a word meaning "named" ("namens"): a name follows. */
    private static boolean namesWhatFollows(String word) {
        String lower = word.toLowerCase(Locale.GERMAN);
        return NAMING_WORDS.contains(word)
                || Character.isUpperCase(word.charAt(0)) && TITLE_HEADS.stream().anyMatch(lower::endsWith);
    }

    private boolean isGenitiveName(String word) {
        return lexicon.readings(word).stream().anyMatch(r -> r.getPOSTag().startsWith("EIG:GEN"));
    }

    /**
     * A verb form of the subjunctive I in the third person singular and no indicative of the third person: "sei",
     * "habe", "könne", the verb of reported speech.
     */
    private boolean isOnlySubjunctive(String word) {
        List<AnalyzedToken> readings = lexicon.readings(word);
        return isPlainLowercaseWord(word) && !readings.isEmpty()
                && readings.stream().allMatch(r -> r.getPOSTag().startsWith("VER"))
                && readings.stream().anyMatch(r -> r.getPOSTag().matches("VER:(?:(?:AUX|MOD):)?3:SIN:KJ1.*"))
                && readings.stream().noneMatch(r -> r.getPOSTag().matches("VER:(?:(?:AUX|MOD):)?3:.*:(?:PRÄ|PRT).*"));
    }

    /** A lowercase finite verb form that is no article or pronoun as well ("eine" is also a form of "einen"). */
    private boolean isFiniteVerb(String word) {
        List<AnalyzedToken> readings = lexicon.readings(word);
        return isPlainLowercaseWord(word) && readings.stream().anyMatch(r -> FINITE_VERB.matcher(r.getPOSTag()).find())
                && !GermanLexicon.hasAnyTag(readings, List.of("ART", "PRO"));
    }

    private boolean hasFiniteVerb(String piece) {
        return Spans.words(piece).stream().anyMatch(w -> isFiniteVerb(w.value()));
    }

    /**
     * True when the rest of a sentence has a finite verb in a main clause: in its first clause, or first in a later
     * one, where the verb follows an opening phrase set off by commas ("Auf den Flächen, insgesamt 2.500
     * Quadratmeter, lieferten …"); relative and infinitive clauses ("…, die selbst dort war", "…, um dort zu
     * sprechen") do not count.
     */
    private boolean hasMainClauseVerb(String rest) {
        String[] clauses = CLAUSE_BREAK.split(SENTENCE_BREAK.split(rest, 2)[0]);
        // a list of names and acronyms goes on in the clause it opened: "Die Koalition aus ODS, STAN und TOP 09 verfügt"
        boolean endsInItem = false;
        boolean afterList = false;
        for (int i = 0; i < clauses.length; i++) {
            List<Span> words = Spans.words(clauses[i]);
            if (i == 0 || afterList ? words.stream().anyMatch(w -> isFiniteVerb(w.value()))
                    : !words.isEmpty() && isFiniteVerb(words.get(0).value())) {
                return true;
            }
            boolean items = !words.isEmpty() && words.stream().allMatch(w -> isListItem(w.value()));
            afterList = i > 0 && (i == 1 ? endsInItem : afterList) && items;
            endsInItem = !words.isEmpty() && isListItem(words.get(words.size() - 1).value());
        }
        return false;
    }

    /** A word of a list of names: capitalised, an acronym, a number or "und". */
    private static boolean isListItem(String word) {
        return !Character.isLowerCase(word.charAt(0)) || word.equals("und") || word.equals("oder");
    }

    /** The part of a sentence after its last colon or semicolon, which starts a sentence of its own. */
    private static String lastPiece(String sentence) {
        String[] pieces = SENTENCE_BREAK.split(sentence, -1);
        return pieces[pieces.length - 1];
    }

    /** A number right before {@code at}, only spaces between ("… im Jahr 2022 Die …", "… mit 2:1 Damit …"). */
    private static Span numberBefore(String line, int at, Pattern shape) {
        Matcher number = shape.matcher(line).region(Math.max(0, at - NUMBER_REACH), at)
                .useTransparentBounds(true);
        return number.find() ? new Span(number.group(1), number.start(1), number.end(1)) : null;
    }

    /** The word or number right after {@code from}, when only spaces come between; null otherwise. */
    private static String nextToken(String line, int from) {
        int start = from;
        while (start < line.length() && (line.charAt(start) == ' ' || line.charAt(start) == '\u00A0')) {
            start++;
        }
        int end = start;
        while (end < line.length() && (Character.isLetterOrDigit(line.charAt(end)) || line.charAt(end) == '-')) {
            end++;
        }
        return start > from && end > start ? line.substring(start, end) : null;
    }

    /**
     * A noun or name reading, not counting nominalised adjectives ("Russische/SUB:…:ADJ", as in "das Russische"):
     * those are what a wrongly capitalised adjective looks like to the tagger.
     */
    private static boolean isNounOrName(String tag) {
        return tag.startsWith("EIG") || (tag.startsWith("SUB") && !tag.endsWith(":ADJ"));
    }

    /** An inflected adjective ("frühere", "letzter") stands before a noun, so the next word is rightly capitalised. */
    private static boolean isAttributiveAdjective(String tag) {
        return ADJECTIVES.stream().anyMatch(tag::startsWith) && INFLECTED.matcher(tag).find();
    }

    /** "Zu- und Abzug": the capitalised word is the first half of a compound, not a word of its own. */
    private static boolean startsTruncatedCompound(Span word, String line) {
        return word.end() < line.length() && line.charAt(word.end()) == '-';
    }

    /**
     * True when the phrase stands more than once in the text, as names and titles do ("Tsai Ing Wen", "Die Linke"); a
     * lost sentence start rarely recurs. With {@code afterWord} only occurrences right after a word count.
     */
    private static boolean recurs(String phrase, String text, boolean afterWord) {
        int count = 0;
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            boolean wholeWord = (end == text.length() || !Character.isLetter(text.charAt(end)))
                    && (at == 0 || !Character.isLetter(text.charAt(at - 1)));
            if (wholeWord && (!afterWord || followsWord(text, at)) && ++count > 1) {
                return true;
            }
        }
        return false;
    }

    /** True when only spaces separate the position from a preceding letter. */
    private static boolean followsWord(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i--;
        }
        return i < at - 1 && i >= 0 && Character.isLetter(text.charAt(i));
    }

    private static boolean spaceOnlyBetween(String line, int from, int to) {
        return PLAIN_GAP.matcher(line.substring(from, to)).matches();
    }

    /** Uppercase first letter and lowercase rest: acronyms ("NATO") and brand casing ("iPhone") are out. */
    private static boolean isCapitalisedWord(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0))
                && word.substring(1).chars().allMatch(c -> !Character.isLetter(c) || Character.isLowerCase(c));
    }

    private static boolean isPlainLowercaseWord(String word) {
        return word.chars().allMatch(Character::isLowerCase);
    }

    private static boolean isNumber(String token) {
        return token != null && NUMBER.matcher(token).matches();
    }

    private static String lowercaseFirst(String word) {
        return word.substring(0, 1).toLowerCase(Locale.GERMAN) + word.substring(1);
    }

    @Override
    public String description() {
        return "A lost sentence end: a capitalised article, pronoun, preposition, conjunction, adverb or adjective "
                + "mid-sentence that can only start a sentence, right after a word that can end one or after a comma "
                + "that stands for a full stop.";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.right("„Die Jungs haben das umgesetzt.“\n\nSein Gegenüber Dieter Hecking haderte."),
                DetectorExample.wrong("Bei Kilometer 30 fiel sie von der Spitze ab Ihre ärgste Verfolgerin kam näher.",
                        "Ihre", "Bei Kilometer 30 fiel sie von der Spitze ab. Ihre ärgste Verfolgerin kam näher."),
                DetectorExample.right("Wir danken für Ihre Geduld und bitten um Ihre Mithilfe."),
                DetectorExample.right("»Wir waren lange ebenbürtig und stehen am Ende mit leeren Händen da.«"),
                DetectorExample.wrong("Die Stadt will die Halle sanieren und erweitern Der Gemeinderat stimmte zu.", "Der",
                        "Die Stadt will die Halle sanieren und erweitern. Der Gemeinderat stimmte zu."),
                DetectorExample.wrong("Die Ministerin besuchte die Region um Chiang Mai Sie versprach schnelle Hilfe.", "Sie",
                        "Die Ministerin besuchte die Region um Chiang Mai. Sie versprach schnelle Hilfe."),
                DetectorExample.right("Am Montag können Sie die Ausstellung besuchen, danach sehen Sie den Film."),
                DetectorExample.wrong("Sie halten das für sinnvoll Radfahren sei günstig und gesund.", "Radfahren",
                        "Sie halten das für sinnvoll. Radfahren sei günstig und gesund."),
                DetectorExample.right("Er fand das Spiel zu langsam, Radfahren sei ihm lieber."),
                DetectorExample.right("Sie sagte, dass es mehr Schlagkraft brauche, wo Radikalisierung ansetze."),
                DetectorExample.right("Immer wieder tauchen Objekte mit der Herkunftsangabe Aus alten Sammlungen auf."),
                DetectorExample.wrong("Er schied aus, nachdem er eine 2:0-Führung verspielt hatte Trainer Roßkopf sprach "
                        + "trotzdem von Erfahrungen.", "hatte Trainer", "Er schied aus, nachdem er eine 2:0-Führung "
                        + "verspielt hatte. Trainer Roßkopf sprach trotzdem von Erfahrungen."),
                DetectorExample.wrong("Der Verkehr wird über den Boulevard J.F. Kennedy umgeleitet Anwohner müssen sich auf "
                        + "Lärm einstellen.", "umgeleitet Anwohner", "Der Verkehr wird über den Boulevard J.F. Kennedy "
                        + "umgeleitet. Anwohner müssen sich auf Lärm einstellen."),
                DetectorExample.wrong("Das Geld sei in laufende Kosten geflossen Sein Anwalt beantragte den Freispruch.",
                        "Sein", "Das Geld sei in laufende Kosten geflossen. Sein Anwalt beantragte den Freispruch."),
                DetectorExample.right("Im Mittelpunkt steht das Sein der Dinge, gezeigt Seite für Seite."),
                DetectorExample.right("Vor 20.000 Zuschauern im Stadion An der Alten Mühle drehte das Team das Spiel."),
                DetectorExample.wrong("Die Gäste wurden über das Dach gerettet Vier Menschen, darunter zwei Kinder, "
                        + "kamen ins Spital.", "Vier", "Die Gäste wurden über das Dach gerettet. Vier Menschen, darunter "
                        + "zwei Kinder, kamen ins Spital."),
                DetectorExample.wrong("Die Regierung hat ein Programm aufgelegt Wichtiger ist die Lage beim Export.",
                        "Wichtiger", "Die Regierung hat ein Programm aufgelegt. Wichtiger ist die Lage beim Export."),
                DetectorExample.right("In der Hauptstadt demonstrierten Tausende Menschen gegen die Reform."),
                // the slip "vorbeifahren" for "vorbeifahrenden" is deliberate: a verb form after an article ends no clause
                DetectorExample.right("Der Mann sei von einem vorbeifahren Zug erfasst und getötet worden."),
                DetectorExample.right("Bürgermeister Wunderlich sagte, die Straße bleibe bis Freitag gesperrt."),
                DetectorExample.wrong("Der Verein betreut Kinder, Jugendliche und zahlreiche Familien Landesweit gibt es aber zu wenige Plätze.",
                        "Landesweit",
                        "Der Verein betreut Kinder, Jugendliche und zahlreiche Familien. Landesweit gibt es aber zu wenige Plätze."),
                DetectorExample.right("Der frühere Kanzler Kurz sagte dazu vor Gericht nichts."),
                DetectorExample.wrong("In der Stadt sind Teams unterwegs, die in Parks Gift versprühen und Nester beseitigen "
                        + "Anwohner werden aufgefordert, ihre Gärten zu prüfen.", "beseitigen Anwohner", "In der Stadt sind "
                        + "Teams unterwegs, die in Parks Gift versprühen und Nester beseitigen. Anwohner werden aufgefordert, "
                        + "ihre Gärten zu prüfen."),
                DetectorExample.wrong("Ein Stall brannte in der Nacht vollständig aus Verletzt wurde dabei niemand.",
                        "Verletzt", "Ein Stall brannte in der Nacht vollständig aus. Verletzt wurde dabei niemand."),
                DetectorExample.wrong("Die Gäste brauchten lange, um sich zu ordnen Erst nach der Pause kamen sie auf.",
                        "Erst", "Die Gäste brauchten lange, um sich zu ordnen. Erst nach der Pause kamen sie auf."),
                DetectorExample.wrong("Im Finale steigerte sich das Ensemble deutlich Als Tosca glänzte Ana Petrić.", "Als",
                        "Im Finale steigerte sich das Ensemble deutlich. Als Tosca glänzte Ana Petrić."),
                DetectorExample.wrong("Für den Neubau nannte die Stadt noch keinen Termin Anwohner fürchten jahrelangen Lärm.",
                        "Termin Anwohner", "Für den Neubau nannte die Stadt noch keinen Termin. Anwohner fürchten jahrelangen "
                                + "Lärm."),
                DetectorExample.wrong("Sie sprach lange mit der Verteidigung Kowalski nickte dazu nur stumm.",
                        "Verteidigung Kowalski", "Sie sprach lange mit der Verteidigung. Kowalski nickte dazu nur stumm."),
                DetectorExample.right("Der Kurzfilm Alles wird gut des jungen Regisseurs Jan Vollmer unterlag knapp."),
                DetectorExample.wrong("Am Pult stand Esa-Pekka Salonen Das Orchester folgte ihm genau.", "Das",
                        "Am Pult stand Esa-Pekka Salonen. Das Orchester folgte ihm genau."),
                DetectorExample.wrong("„Wir senken, wenn sich die Preise stabilisieren“ Die Notenbank strebt drei Prozent "
                        + "an.", "Die", "„Wir senken, wenn sich die Preise stabilisieren.“ Die Notenbank strebt drei "
                        + "Prozent an."),
                DetectorExample.wrong("Der Roman erscheint im Mai (wieder bei Alfaguara) Er erzählt von einer Frau.", "Er",
                        "Der Roman erscheint im Mai (wieder bei Alfaguara). Er erzählt von einer Frau."),
                DetectorExample.wrong("Vor der Presse räumte er seine Niederlage ein Er rief zur Ruhe auf.", "Er",
                        "Vor der Presse räumte er seine Niederlage ein. Er rief zur Ruhe auf."),
                DetectorExample.right("Gespielt wurde Mozarts Die Zauberflöte, er las in „Der Standard“ Die Zeitung nicht."),
                DetectorExample.wrong("Die Bahn stellte den Verkehr vollständig ein, Am Freitag soll geprüft werden.", "Am",
                        "Die Bahn stellte den Verkehr vollständig ein. Am Freitag soll geprüft werden."),
                DetectorExample.wrong("Sie hatte zuvor bei Apple an Chips gearbeitet Ihr Mitgründer kam von Google.", "Ihr",
                        "Sie hatte zuvor bei Apple an Chips gearbeitet. Ihr Mitgründer kam von Google."),
                DetectorExample.wrong("Seit dem Verbot sind die Exporte auf 33.8 Milliarden gestiegen Analysten führen "
                        + "das auf die Hütten zurück.", "gestiegen Analysten", "Seit dem Verbot sind die Exporte auf "
                        + "33.8 Milliarden gestiegen. Analysten führen das auf die Hütten zurück."),
                DetectorExample.right("„Wir haben ein gutes Spiel gemacht und stehen am Ende mit leeren Händen da.“ "
                        + "Bitte geben Sie Ihr Passwort ein."),
                DetectorExample.right("Nachbarn, die ohne zu zögern Verletzte bargen, wurden geehrt."),
                DetectorExample.right("Der Winter war mild, die ersten Störche kehrten Anfang Februar zurück."),
                DetectorExample.wrong("Das Parlament hat die Reform mit knapper Mehrheit verabschiedet Kritiker sprechen "
                        + "von einem Angriff.", "verabschiedet Kritiker", "Das Parlament hat die Reform mit knapper "
                        + "Mehrheit verabschiedet. Kritiker sprechen von einem Angriff."),
                DetectorExample.wrong("Man vermutet, dass das Ministerium am Markt eingegriffen hat Analysten der Bank "
                        + "rechnen nicht mit einer Wende.", "hat Analysten", "Man vermutet, dass das Ministerium am "
                        + "Markt eingegriffen hat. Analysten der Bank rechnen nicht mit einer Wende."),
                DetectorExample.wrong("Am Eingang werden Besucher:innen in Shorts abgewiesen Tücher kann man dort "
                        + "leihen.", "abgewiesen Tücher", "Am Eingang werden Besucher:innen in Shorts abgewiesen. "
                        + "Tücher kann man dort leihen."),
                DetectorExample.wrong("Bekannt ist, dass Ärzte im Ausland ums Leben kamen in Nigeria wurden 2013 drei "
                        + "Mediziner getötet.", "kamen in", "Bekannt ist, dass Ärzte im Ausland ums Leben kamen. In "
                        + "Nigeria wurden 2013 drei Mediziner getötet."),
                DetectorExample.wrong("Er kritisierte das Freihandelsabkommen Angesichts 795 Millionen Hungernder sei "
                        + "das zynisch.", "Angesichts", "Er kritisierte das Freihandelsabkommen angesichts 795 Millionen "
                        + "Hungernder sei das zynisch."),
                DetectorExample.right("Die Rolle wird gespielt von Georg Friedrich, der Plan wird abgefedert mit einem "
                        + "Stipendium eingeführt."),
                DetectorExample.wrong("Die Exporte stiegen schwächer als im Frühjahr 2015, Das betraf die Warenexporte.",
                        "Das", "Die Exporte stiegen schwächer als im Frühjahr 2015, das betraf die Warenexporte."),
                DetectorExample.right("Tabelle: 1. Rapid 45, 2. Sturm 41. Im Jahr 2015, Die Zeit berichtete, stieg er auf."),
                DetectorExample.wrong("Sein Einfluss wäre dahin, analysiert er, Sein Interesse sei gering.", "Sein",
                        "Sein Einfluss wäre dahin, analysiert er, sein Interesse sei gering."),
                DetectorExample.wrong("Das Land müsse Personal gewinnen deshalb sollen junge Ärzte aufs Land.",
                        "gewinnen deshalb", "Das Land müsse Personal gewinnen. Deshalb sollen junge Ärzte aufs Land."),
                DetectorExample.right("Warum sollte er ausgerechnet diesmal gelingen? Er hat gewonnen und dann ist er "
                        + "gegangen."),
                DetectorExample.wrong("Die Straßen waren stundenlang gesperrt, Erst am Mittwoch kamen die Helfer.", "Erst",
                        "Die Straßen waren stundenlang gesperrt. Erst am Mittwoch kamen die Helfer."),
                DetectorExample.wrong("Die Zahl habe sich mehr als verdoppelt, Der Minister kündigte neue Stellen an. "
                        + "Folgen Sie uns auf Telegram", "Der Minister", "Die Zahl habe sich mehr als verdoppelt. Der "
                        + "Minister kündigte neue Stellen an."),
                DetectorExample.right("Der Konzern hat angekündigt Mitarbeiter entlassen zu wollen, der Fahrer hat im "
                        + "betrunkenen Zustand einen Autounfall verursacht."),
                DetectorExample.wrong("Die Manager müssen sich vor dem Landesgericht verantworten sie sollen Gewinne "
                        + "verschoben haben.", "verantworten sie", "Die Manager müssen sich vor dem Landesgericht "
                        + "verantworten. Sie sollen Gewinne verschoben haben."),
                DetectorExample.wrong("Der Tennisspieler zeigte eine gute Mischung aus Tempo und Geduld er verbuchte "
                        + "deutlich mehr Gewinnschläge.", "Geduld er", "Der Tennisspieler zeigte eine gute Mischung "
                        + "aus Tempo und Geduld. Er verbuchte deutlich mehr Gewinnschläge."),
                DetectorExample.right("Niemand weiß, wie viel Geld er verdient hat, und sie wurde verhaftet, als die "
                        + "Polizei sie festnahm und abführte."),
                DetectorExample.wrong("Die Gemeinde hat den Plan gestern vorgestellt Laut dem Bürgermeister "
                        + "beginnt der Bau im Mai.",
                        "Laut dem",
                        "Die Gemeinde hat den Plan gestern vorgestellt. Laut dem Bürgermeister beginnt der "
                        + "Bau im Mai."),
                DetectorExample.wrong("Der Landtag hat das Gesetz am Donnerstag beschlossen Die Regierung will es "
                        + "im Herbst umsetzen.",
                        "Die",
                        "Der Landtag hat das Gesetz am Donnerstag beschlossen. Die Regierung will es im Herbst "
                        + "umsetzen."),
                DetectorExample.wrong("Warum der Zug entgleiste, blieb zunächst unklar Nach Angaben der Polizei "
                        + "wurde niemand verletzt.",
                        "Nach",
                        "Warum der Zug entgleiste, blieb zunächst unklar. Nach Angaben der Polizei wurde niemand "
                        + "verletzt."),
                DetectorExample.wrong("Die Zinsen liegen über jenen Spaniens und Portugals Die Ratingagentur hatte "
                        + "schon im Herbst gewarnt.",
                        "Die",
                        "Die Zinsen liegen über jenen Spaniens und Portugals. Die Ratingagentur hatte schon im "
                        + "Herbst gewarnt."),
                DetectorExample.wrong("Die Vorstellung am Freitag war bereits ausverkauft, Das Ensemble spielt im "
                        + "Juni noch einmal.",
                        "Das",
                        "Die Vorstellung am Freitag war bereits ausverkauft. Das Ensemble spielt im Juni noch "
                        + "einmal."),
                DetectorExample.wrong("Bei den Durchsuchungen wurden 40 Mobiltelefone sichergestellt die Fahnder gehen "
                        + "von einer Bande aus.",
                        "sichergestellt die",
                        "Bei den Durchsuchungen wurden 40 Mobiltelefone sichergestellt. Die Fahnder gehen von einer "
                        + "Bande aus."),
                DetectorExample.right("Der Bau beginnt im Mai, vorausgesetzt die Regierung stimmt zu; das wurde "
                        + "gestern bestätigt, die Stadt zahlt."),
                DetectorExample.right("Im Landtag sitzen seit der Wahl SPD, Die Linke und Grüne."),
                DetectorExample.right("Die Opposition will das Gesetz prüfen lassen, etwas Neues sei das beim "
                        + "Verfassungsgericht nicht."),
                DetectorExample.right("Das Gericht in Den Haag hat entschieden, wie die Zeitung Die Welt "
                        + "berichtet."),
                DetectorExample.right("Wir bitten Sie um Verständnis, dass wir Ihnen nicht antworten können."),
                DetectorExample.wrong("Vielerorts fehlen Hausärzte viele Menschen fahren deshalb weit in die nächste "
                        + "Stadt.", "Hausärzte viele", "Vielerorts fehlen Hausärzte. Viele Menschen fahren deshalb "
                        + "weit in die nächste Stadt."),
                DetectorExample.wrong("In der Branche wird seit Monaten verhandelt konkrete Zusagen gibt es bislang "
                        + "aber keine.", "verhandelt konkrete", "In der Branche wird seit Monaten verhandelt. "
                        + "Konkrete Zusagen gibt es bislang aber keine."),
                DetectorExample.right("Wir sehen die Kinder im Garten spielen und lachen."),
                DetectorExample.right("Sie will ihn am Montag in Wien treffen um mit ihm zu reden."),
                DetectorExample.right("Am ehesten scheint der Trainer den Kader noch verjüngen zu wollen."),
                DetectorExample.right("Die Kampagne läuft unter dem Motto Wir schaffen das gemeinsam und endet im Mai."),
                DetectorExample.wrong("Er sei froh, das Ziel erreicht zu haben er wolle nun um das Podium kämpfen.",
                        "haben er", "Er sei froh, das Ziel erreicht zu haben. Er wolle nun um das Podium kämpfen."),
                DetectorExample.wrong("Damit verkürzt sich die Fahrzeit auf zwölf Minuten bisher dauerte die Fahrt "
                        + "doppelt so lange.", "Minuten bisher", "Damit verkürzt sich die Fahrzeit auf zwölf Minuten. "
                        + "Bisher dauerte die Fahrt doppelt so lange."),
                DetectorExample.wrong("Die Ärztin Rina Kusumawati warnte. Die Räume müssen gereinigt werden, sagte "
                        + "Kusumawati Im vergangenen Jahr habe man damit Erfolg gehabt.", "Im", "Die Ärztin Rina "
                        + "Kusumawati warnte. Die Räume müssen gereinigt werden, sagte Kusumawati. Im vergangenen Jahr "
                        + "habe man damit Erfolg gehabt."),
                DetectorExample.wrong("Die Forschung hat sich im Lauf der Jahre stark verändert, Nicht mehr das Militär "
                        + "treibt die Technik an.", "Nicht", "Die Forschung hat sich im Lauf der Jahre stark verändert. "
                        + "Nicht mehr das Militär treibt die Technik an."),
                DetectorExample.right("Die Mannschaft konnte den Trend aufhalten, Rapid hatte nur einen Aussetzer."),
                DetectorExample.right("Damit die Fahrzeit sinkt, verkürzt die Firma die Pausen. Um das zu verhindern "
                        + "müssen wir handeln."),
                DetectorExample.wrong("Die Firma informierte die Aufsicht FMA Nach Angaben der Firma sind 40 Kunden "
                        + "betroffen.", "Nach", "Die Firma informierte die Aufsicht FMA. Nach Angaben der Firma sind "
                        + "40 Kunden betroffen."),
                DetectorExample.right("Er las aus dem Roman Im Westen nichts Neues, die ORF Im Zentrum-Sendung lief."));
    }
}
