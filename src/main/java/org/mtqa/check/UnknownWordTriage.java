package org.mtqa.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.mtqa.artefact.Spans;
import org.mtqa.artefact.WordCounts;

/**
 * Names are not spelling errors. LanguageTool's speller flags every word its dictionary lacks, and on news most of
 * those are names. A capitalised unknown word is reported as INFO ("probably a name") unless the evidence says typo:
 * one edit away from a word the speller suggests, with nothing name-like about it. Lowercase unknown words stay
 * spelling errors.
 */
public class UnknownWordTriage {

    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    /** Endings of surnames and place names from languages news translates from, rare in German words. */
    private static final Pattern NAME_LIKE_ENDING = Pattern.compile(
            ".*(ow|ew|ov|ova|ev|eva|ski|sky|ska|enko|chuk|yk|ez|ya|ey|yan|idis|escu|oglu|vic|wicz|shvili|uchi|ashi|"
                    + "elli|etti|ucci|ao)");
    /** Words after which a capitalised word is a name: titles and roles. */
    private static final Set<String> TITLES = Set.of("Herr", "Herrn", "Frau", "Dr", "Prof", "Professor",
            "Professorin", "Präsident", "Präsidentin", "Premier", "Minister", "Ministerin", "Kanzler", "Kanzlerin",
            "Sprecher", "Sprecherin", "Botschafter", "Botschafterin", "Chef", "Chefin", "Direktor", "Direktorin",
            "General", "Senator", "Senatorin", "Abgeordnete", "Abgeordneter", "Bürgermeister", "Bürgermeisterin",
            "Trainer", "Trainerin", "Autor", "Autorin", "Analyst", "Analystin", "Experte", "Expertin", "König",
            "Königin", "Prinz", "Prinzessin", "Papst", "Kardinal", "Bischof", "Stürmer", "Regisseur", "Regisseurin",
            "Sänger", "Sängerin", "Kollege", "Kollegin", "Diplomat", "Diplomatin", "Gouverneur", "Scheich", "Emir");

    private final GermanLexicon lexicon;
    private final AllowList allowList;

    public UnknownWordTriage(GermanLexicon lexicon, AllowList allowList) {
        this.lexicon = lexicon;
        this.allowList = allowList;
    }

    /** LanguageTool's findings with unknown names turned into INFO and allow-listed words dropped. */
    public List<Finding> triage(String text, List<Finding> findings) {
        Map<String, Integer> counts = null;
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            String word = text.substring(finding.start(), finding.end());
            if (allowList.contains(word)) {
                continue;
            }
            if (!isSpeller(finding) || !Character.isUpperCase(word.codePointAt(0))) {
                kept.add(finding);
                continue;
            }
            if (counts == null) {
                counts = WordCounts.of(text);
            }
            Optional<String> nearWord = finding.suggestions().stream().limit(3)
                    .filter(s -> !s.contains(" ") && ONE_EDIT.apply(s, word) == 1)
                    .findFirst();
            kept.add(nearWord.isPresent() && !hasNameEvidence(word, text, finding, counts)
                    ? asTypo(finding, word, nearWord.get())
                    : asName(finding, word));
        }
        return kept;
    }

    private boolean hasNameEvidence(String word, String text, Finding finding, Map<String, Integer> counts) {
        if (counts.getOrDefault(word, 0) > 1 || word.chars().skip(1).anyMatch(Character::isUpperCase)
                || word.chars().anyMatch(Character::isDigit) || word.contains("-")
                || NAME_LIKE_ENDING.matcher(word).matches()) {
            return true;
        }
        String previous = wordBefore(text, finding.start());
        String next = wordAfter(text, finding.end());
        return (previous != null && (TITLES.contains(previous) || isNameToken(previous)))
                || (next != null && isNameToken(next));
    }

    /** A capitalised word that is a name, or unknown like one: first names before surnames and the reverse. */
    private boolean isNameToken(String word) {
        return Character.isUpperCase(word.codePointAt(0))
                && (lexicon.hasTag(word, "EIG") || !lexicon.isKnown(word));
    }

    private static String wordBefore(String text, int start) {
        List<Spans.Span> words = Spans.words(text.substring(Math.max(0, start - 40), start));
        if (words.isEmpty()) {
            return null;
        }
        Spans.Span last = words.get(words.size() - 1);
        int gapStart = Math.max(0, start - 40) + last.end();
        return text.substring(gapStart, start).isBlank() ? last.value() : null;
    }

    private static String wordAfter(String text, int end) {
        List<Spans.Span> words = Spans.words(text.substring(end, Math.min(text.length(), end + 40)));
        if (words.isEmpty() || !text.substring(end, end + words.get(0).start()).isBlank()) {
            return null;
        }
        return words.get(0).value();
    }

    private static boolean isSpeller(Finding finding) {
        return finding.rule().contains("SPELLER_RULE");
    }

    private static Finding asName(Finding finding, String word) {
        return new Finding(finding.category(), finding.rule(), finding.source(), Severity.INFO, finding.start(),
                finding.end(), "Unknown word, probably a name: '" + word + "'. Add it to the allow list if it is right",
                List.of());
    }

    private static Finding asTypo(Finding finding, String word, String nearWord) {
        return new Finding(finding.category(), finding.rule(), finding.source(), finding.severity(), finding.start(),
                finding.end(), "Possible typo: '" + word + "' is one letter away from '" + nearWord + "'",
                finding.suggestions());
    }
}
