package org.mtqa.check;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.languagetool.AnalyzedToken;
import org.mtqa.artefact.Spans;

/**
 * LanguageTool's capitalisation rule reads every capital inside a sentence as an error. On news, two shapes of it are
 * mostly right and become INFO:
 * <ul>
 * <li>a capitalised function word ("… Budgetregeln Der Präsident …", "… Medium Cool …"): a heading run into the text
 * or a title. Where a sentence end was really lost, the sentence-boundary detector reports it with its own evidence;</li>
 * <li>a capitalised adjective that agrees with the article before it ("der Neuen Burg", "das Nationale
 * Gesundheitsinstitut"): part of a name. A machine-translation slip rarely agrees ("nach dem Russische Invasion").</li>
 * </ul>
 */
public class CapitalisationTriage {

    static final String CASE_RULE = "DE_CASE";

    /** Parts of speech that can be capitalised mid-sentence for a reason of their own. */
    private static final List<String> CONTENT_TAGS = List.of("SUB", "EIG", "ADJ", "PA1", "PA2");
    private static final List<String> ADJECTIVE_TAGS = List.of("ADJ", "PA1", "PA2");
    private static final List<String> DETERMINER_TAGS = List.of("ART", "PRO");
    /** Case, number and gender in a tag: "ART:DEF:DAT:SIN:MAS", "ADJ:DAT:SIN:MAS:GRU:DEF", "SUB:NOM:PLU:FEM:ADJ". */
    private static final Pattern INFLECTION = Pattern.compile("(NOM|AKK|DAT|GEN):(SIN|PLU):(MAS|FEM|NEU|NOG|ALG)");

    private final GermanLexicon lexicon;

    public CapitalisationTriage(GermanLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Finding> triage(String text, List<Finding> findings) {
        return findings.stream().map(f -> isScoredCaseFinding(f) ? rate(text, f) : f).toList();
    }

    private static boolean isScoredCaseFinding(Finding finding) {
        return finding.rule().equals(CASE_RULE) && finding.severity() != Severity.INFO;
    }

    private Finding rate(String text, Finding finding) {
        List<Spans.Span> words = Spans.words(text.substring(finding.start(), finding.end()));
        if (words.isEmpty()) {
            return finding;
        }
        String word = words.get(0).value();
        List<AnalyzedToken> readings = lexicon.readings(word);
        if (readings.isEmpty()) {
            return finding;
        }
        if (!hasAnyTag(readings, CONTENT_TAGS)) {
            return finding.rated(Severity.INFO, "'" + word + "' is capitalised mid-sentence: a heading run into the"
                    + " text, a title, or a lost sentence end before it. Check the context");
        }
        String previous = wordBefore(text, finding.start());
        if (previous != null && hasAnyTag(readings, ADJECTIVE_TAGS) && agreesWithDeterminer(previous, readings)) {
            return finding.rated(Severity.INFO, "'" + word + "' is capitalised after '" + previous
                    + "': probably part of a name or title; if not, write it in lowercase");
        }
        return finding;
    }

    private boolean agreesWithDeterminer(String previous, List<AnalyzedToken> adjectiveReadings) {
        List<AnalyzedToken> determiner = lexicon.readings(previous).stream()
                .filter(r -> DETERMINER_TAGS.stream().anyMatch(r.getPOSTag()::startsWith)).toList();
        Set<String> adjectiveForms = inflections(adjectiveReadings);
        return inflections(determiner).stream().anyMatch(form -> adjectiveForms.stream().anyMatch(
                adjective -> sameInflection(form, adjective)));
    }

    /** Case and number must be equal; a plural's unmarked gender (NOG, ALG) matches any. */
    private static boolean sameInflection(String a, String b) {
        String[] x = a.split(":");
        String[] y = b.split(":");
        return x[0].equals(y[0]) && x[1].equals(y[1])
                && (x[2].equals(y[2]) || isAnyGender(x[2]) || isAnyGender(y[2]));
    }

    private static boolean isAnyGender(String gender) {
        return gender.equals("NOG") || gender.equals("ALG");
    }

    private static Set<String> inflections(List<AnalyzedToken> readings) {
        return readings.stream().map(r -> INFLECTION.matcher(r.getPOSTag())).filter(Matcher::find)
                .map(Matcher::group).collect(Collectors.toSet());
    }

    private static boolean hasAnyTag(List<AnalyzedToken> readings, List<String> prefixes) {
        return readings.stream().anyMatch(r -> prefixes.stream().anyMatch(r.getPOSTag()::startsWith));
    }

    /** The word right before the position, separated by spaces only; null after punctuation or a line break. */
    private static String wordBefore(String text, int position) {
        int end = position;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\u00A0')) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end && end < position ? text.substring(start, end) : null;
    }
}
