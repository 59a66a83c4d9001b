package org.mtqa.artefact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
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

    /** One letter, then a capitalised word of at least three letters in ordinary casing (hyphenated parts allowed). */
    private static final Pattern LETTER_BEFORE_WORD =
            Pattern.compile("\\p{L}\\p{Lu}\\p{Ll}{2,}(?:-\\p{L}[\\p{Ll}\\p{N}]*)*");

    /**
     * Lower-case prefixes that brands and English coinages use ("eCommerce", "iCloud", "xBox"); such a prefix counts as
     * stray only before a German word that cannot be such a coinage's stem (a function word, verb or adjective).
     */
    private static final Pattern BRAND_PREFIX = Pattern.compile("[eix]");

    /** "L'Equipe", "Côte d'Azur" with the apostrophe lost: a French elided article, not a stray letter. */
    private static final Pattern ELIDED_ARTICLE = Pattern.compile("[LDld][AEIOUÉÈÂÊÎÔÛ].*");

    /** "21,93 mSilber": a unit symbol after a number, run into the next word; a missing space, not a stray. */
    private static final Pattern NUMBER_BEFORE = Pattern.compile("\\p{N}\\s?$");

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
            "(\\p{L}{4,})([\\p{L}\\p{Sk}&&[^\\x00-\\xFF]]|\\p{Sk})(?=[\\s.,;:!?)\\]]|$)");

    /**
     * A symbol alone between two words ("Mittelfeldspielers ° Bruno", "Provinzregierung • hatte"): bullets, degree
     * and section signs and marks of typesetting have no place between two words of a sentence; after a number "°"
     * is a unit ("20 °C"), and before one "§" is a paragraph ("§ 5"). The middle dot separates a row of items.
     */
    private static final Pattern LONE_SYMBOL = Pattern.compile(
            "(?<=\\p{L}[ \\u00A0])([°•¤¶†‡^~¬¦§▪►■□◆◊※])[ \\u00A0](\\p{L}+)");
    private static final Pattern GERMAN_LETTERS = Pattern.compile("[a-zA-ZäöüßÄÖÜ]+");

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
        findings.sort(Comparator.comparingInt(Finding::start));
        return findings;
    }

    private List<Finding> gluedLetters(AnalysedText analysed) {
        Map<String, Integer> counts = analysed.wordCounts();
        List<Finding> findings = new ArrayList<>();
        for (Spans.Span word : analysed.words()) {
            String token = word.value();
            if (!LETTER_BEFORE_WORD.matcher(token).matches() || ELIDED_ARTICLE.matcher(token).matches()
                    || followsNumberOrSymbol(analysed.text(), word.start()) || counts.get(token) > 1) {
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

    /** The letter and the word after it, repaired to that word alone ("q erwarten" to "erwarten"). */
    private List<Finding> loneLetters(AnalysedText analysed) {
        List<Finding> findings = new ArrayList<>();
        Matcher m = LONE_LETTER.matcher(analysed.text());
        while (m.find()) {
            String before = analysed.wordBefore(m.start());
            String after = m.group(2);
            if (before != null && GermanWords.isGermanWord(lexicon, before) && GermanWords.isGermanWord(lexicon, after)
                    && !GermanWords.hasTag(lexicon, before, NAMES_A_LETTER)) {
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
            if (wordStart && GERMAN_LETTERS.matcher(word).matches() && lexicon.isKnown(word)
                    && !lexicon.isKnown(m.group()) && !(latin && lexicon.hasTag(word, "EIG"))) {
                findings.add(finding(m.start(), m.end(),
                        "Stray character '" + m.group(2) + "' glued to the end of '" + word + "'", List.of(word)));
            }
        }
        return findings;
    }

    /** The symbol and the word after it, repaired to that word alone. */
    private List<Finding> loneSymbols(AnalysedText analysed) {
        List<Finding> findings = new ArrayList<>();
        Matcher m = LONE_SYMBOL.matcher(analysed.text());
        while (m.find()) {
            findings.add(finding(m.start(), m.end(), "Stray symbol '" + m.group(1) + "' between two words",
                    List.of(m.group(2))));
        }
        return findings;
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
        if (lexicon.isKnown(token) || !lexicon.isKnown(repaired)) {
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
                DetectorExample.wrong("Die Feuerwehr rückte aus. kDie Straße blieb gesperrt.",
                        "kDie",
                        "Die Feuerwehr rückte aus. Die Straße blieb gesperrt."),
                DetectorExample.wrong("Die meisten Anwohner k fordern mehr Lärmschutz.",
                        "k fordern",
                        "Die meisten Anwohner fordern mehr Lärmschutz."),
                DetectorExample.wrong("Die Gewerkschaftˇ fordert mehr Lohn.", "Gewerkschaftˇ",
                        "Die Gewerkschaft fordert mehr Lohn."),
                DetectorExample.wrong("Die Provinzregierung • hatte den Antrag abgelehnt.", "• hatte",
                        "Die Provinzregierung hatte den Antrag abgelehnt."),
                DetectorExample.right("Bei 20 °C und § 5 der Ordnung gilt: Łódź, Kraków, Škoda, Ibrahimović, Istanbuls."),
                DetectorExample.right("Sie kaufte ein iPhone bei eBay, und die KfW zahlte die Förderung."),
                DetectorExample.right("Das betrifft z. B. Wien, u. a. Graz und d. h. auch Linz; siehe a) und b)."),
                DetectorExample.right("Der Raum misst 3 x 4 Meter, die Platte Länge x Breite 5 m mal 2 m."),
                DetectorExample.right("Das Lokal heißt „Pan y Vino“, das Motto lautet „Roma e Milano“."),
                DetectorExample.right("Es ist a Wahnsinn, sagte er, und das e in Daesh steht für Staat."));
    }
}
