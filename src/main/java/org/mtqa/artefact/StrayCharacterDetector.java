package org.mtqa.artefact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.Spans;
import org.springframework.stereotype.Component;

/**
 * A stray letter glued to the front of a capitalised word ("qWenn", "LNordkorea"), left over from drop caps, lost
 * markup or a slipped key. It happens once, so a form the text repeats is a brand or a name. Brand casing ("iPhone",
 * "eBay") is known to the speller; name casing ("McKinsey", "DiCaprio"), acronyms and mixed abbreviations ("KfW",
 * "AStA", "BVerfG") do not have the shape of one letter plus an ordinary capitalised word.
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
        Map<String, Integer> counts = analysed.wordCounts();
        List<Finding> findings = new ArrayList<>();
        for (Spans.Span word : analysed.words()) {
            String token = word.value();
            if (!LETTER_BEFORE_WORD.matcher(token).matches() || ELIDED_ARTICLE.matcher(token).matches()
                    || followsNumber(analysed.text(), word.start()) || counts.get(token) > 1) {
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

    private static boolean followsNumber(String text, int start) {
        return NUMBER_BEFORE.matcher(text.substring(Math.max(0, start - 2), start)).find();
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
        return "A stray letter glued to the front of a capitalised word, left over from a drop cap, lost markup "
                + "or a slipped key.";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.wrong("Die Feuerwehr rückte aus. kDie Straße blieb gesperrt.",
                        "kDie",
                        "Die Feuerwehr rückte aus. Die Straße blieb gesperrt."),
                DetectorExample.right("Sie kaufte ein iPhone bei eBay, und die KfW zahlte die Förderung."));
    }
}
