package org.mtqa.artefact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.text.AnalysedText;
import org.springframework.stereotype.Component;

/**
 * A compound torn in two ("Nord Korea" for "Nordkorea"). Many ordinary word pairs join into some known word, so the
 * joined form must be known and the text must back it: either the text writes the joined form itself elsewhere, or the
 * first part is a head that German binds into compounds (compass points, "Haupt") and the joined form is a dictionary
 * word rather than a speller-only form.
 */
@Component
public class SplitWordDetector implements ArtefactDetector {

    /** Two capitalised words separated by exactly one space. */
    private static final Pattern CAPITALISED_PAIR =
            Pattern.compile("(?<![\\p{L}\\p{N}\\-])(\\p{Lu}\\p{Ll}+) (\\p{Lu}\\p{Ll}{2,})(?![\\p{L}\\p{N}\\-])");

    /**
     * First parts that stand alone only rarely but head many compounds. Genitives that double as compound heads
     * ("des Landes", "des Bundes") and free nouns ("Mittel") stay out: "seines Landes Pläne" is a normal pair.
     */
    private static final Set<String> BOUND_HEADS = Set.of(
            "Nord", "Süd", "Ost", "West", "Nordost", "Nordwest", "Südost", "Südwest", "Haupt");

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
        Map<String, Integer> counts = analysed.wordCounts();
        List<Finding> findings = new ArrayList<>();
        int searchFrom = 0;
        var pairs = CAPITALISED_PAIR.matcher(text);
        while (pairs.find(searchFrom)) {
            String first = pairs.group(1);
            String second = pairs.group(2);
            String joined = first + second.toLowerCase(Locale.GERMAN);
            if (isTornCompound(first, joined, counts)) {
                findings.add(finding(pairs.start(), pairs.end(),
                        "Compound split in two: '" + pairs.group() + "' should probably be '" + joined + "'",
                        List.of(joined)));
                searchFrom = pairs.end();
            } else {
                // the second word may start the next pair
                searchFrom = pairs.start(2);
            }
        }
        return findings;
    }

    private boolean isTornCompound(String first, String joined, Map<String, Integer> counts) {
        boolean textWritesJoined = counts.getOrDefault(joined, 0) > 0;
        boolean boundHead = BOUND_HEADS.contains(first);
        if (!textWritesJoined && !boundHead) {
            return false;
        }
        if (!lexicon.isKnown(joined)) {
            return false;
        }
        return textWritesJoined || !lexicon.readings(joined).isEmpty();
    }

    @Override
    public String description() {
        return "A compound torn in two, where the joined form is a known word the text itself backs.";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.wrong("Die Landes Regierung plant Kürzungen. Die Landesregierung bestätigte "
                        + "das am Abend.",
                        "Landes Regierung",
                        "Die Landesregierung plant Kürzungen. Die Landesregierung bestätigte das am Abend."),
                DetectorExample.right("Die Stadt Wien und die Gemeinde Baden planen gemeinsam einen Radweg."));
    }
}
