package org.mtqa.check;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.languagetool.AnalyzedToken;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.text.Spans;

/**
 * LanguageTool's capitalisation rule reads every capital inside a sentence as an error. On news, two shapes of it are
 * mostly right and become INFO:
 * <ul>
 * <li>a capitalised function word ("… Budgetregeln Der Präsident …", "… Medium Cool …"): a heading run into the text
 * or a title. Where a sentence end was really lost, the sentence-boundary detector reports it with its own evidence;</li>
 * <li>a capitalised adjective that agrees with the article before it ("der Neuen Burg", "das Nationale
 * Gesundheitsinstitut"), or, with no article, with the noun after it ("als Bester Film"): part of a name or title. A
 * machine-translation slip rarely agrees ("nach dem Russische Invasion").</li>
 * </ul>
 */
public class CapitalisationTriage {

    static final String CASE_RULE = "DE_CASE";

    /** Parts of speech that can be capitalised mid-sentence for a reason of their own. */
    private static final List<String> CONTENT_TAGS = List.of("SUB", "EIG", "ADJ", "PA1", "PA2");
    private static final List<String> ADJECTIVE_TAGS = List.of("ADJ", "PA1", "PA2");
    private static final List<String> DETERMINER_TAGS = List.of("ART", "PRO");
    /**
     * After a verb a capitalised adjective is a lost sentence start ("hat Nordkoreanische Waffen"); after a lowercase
     * adjective the capitalised word is a nominalisation ("südkoreanische Offizielle"). Neither opens a title.
     */
    private static final List<String> NOT_BEFORE_TITLES = List.of("VER", "ADJ", "PA1", "PA2");
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
        if (!hasAnyTag(readings, ADJECTIVE_TAGS)) {
            return finding;
        }
        String previous = wordBefore(text, finding.start());
        List<AnalyzedToken> previousReadings = previous == null ? List.of() : lexicon.readings(previous);
        List<AnalyzedToken> determiner = withTags(previousReadings, DETERMINER_TAGS);
        boolean partOfName = determiner.isEmpty()
                ? !hasAnyTag(previousReadings, NOT_BEFORE_TITLES) && startsTitle(text, finding.start() + word.length(), readings)
                : agree(determiner, readings);
        return partOfName
                ? finding.rated(Severity.INFO, "'" + word + "' is capitalised mid-sentence: probably part of a name or"
                        + " title; if not, write it in lowercase")
                : finding;
    }

    /**
     * Without an article, a capitalised adjective that agrees with the capitalised noun after it opens a title or
     * name: "als Bester Film", "von Weißer Flügel", "für Kognitive Linguistik".
     */
    private boolean startsTitle(String text, int adjectiveEnd, List<AnalyzedToken> adjectiveReadings) {
        String next = wordAfter(text, adjectiveEnd);
        if (next == null || !Character.isUpperCase(next.charAt(0))) {
            return false;
        }
        List<AnalyzedToken> nouns = lexicon.readings(next).stream()
                .filter(r -> r.getPOSTag().startsWith("SUB") && !r.getPOSTag().endsWith(":ADJ")).toList();
        return agree(nouns, adjectiveReadings);
    }

    private static boolean agree(List<AnalyzedToken> left, List<AnalyzedToken> right) {
        Set<String> rightForms = inflections(right);
        return inflections(left).stream().anyMatch(form -> rightForms.stream().anyMatch(
                other -> sameInflection(form, other)));
    }

    private static List<AnalyzedToken> withTags(List<AnalyzedToken> readings, List<String> prefixes) {
        return readings.stream().filter(r -> prefixes.stream().anyMatch(r.getPOSTag()::startsWith)).toList();
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

    /** The word right after the position, separated by spaces only; null before punctuation or a line break. */
    private static String wordAfter(String text, int position) {
        int start = position;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\u00A0')) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return start > position && end > start ? text.substring(start, end) : null;
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
