package org.mtqa.check;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.languagetool.AnalyzedToken;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.Spans;

/**
 * LanguageTool's capitalisation rule reads every capital inside a sentence as an error. On news, four shapes of it are
 * mostly right and become INFO:
 * <ul>
 * <li>a capitalised function word ("… Budgetregeln Der Präsident …", "… Medium Cool …"): a heading run into the text
 * or a title. Where a sentence end was really lost, the sentence-boundary detector reports it with its own evidence;</li>
 * <li>a capitalised adjective that agrees with the article before it ("der Neuen Burg", "das Nationale
 * Gesundheitsinstitut"), or, with no article, with the noun after it ("als Bester Film"): part of a name or title. A
 * machine-translation slip rarely agrees ("nach dem Russische Invasion").</li>
 * <li>a nominalised adjective or participle with no noun after it to qualify ("die bei dem Anschlag Getöteten",
 * "allzu tief Schlummerndes wecken"): correct German that the rule does not recognise;</li>
 * <li>a capitalised word the rule flags more than once in the text ("Admira Wacker", "sagt Kurz"): a name or a title
 * the text keeps using. Machine translation slips at random, not at every use of a word.</li>
 * </ul>
 */
public class CapitalisationTriage implements FindingTriage {

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

    @Override
    public List<Finding> triage(AnalysedText text, List<Finding> findings) {
        Map<String, Long> flagged = findings.stream().filter(f -> f.rule().equals(CASE_RULE))
                .collect(Collectors.groupingBy(f -> text.text().substring(f.start(), f.end()), Collectors.counting()));
        return findings.stream().map(f -> !isScoredCaseFinding(f) ? named(text, f, flagged)
                : flagged.get(text.text().substring(f.start(), f.end())) > 1 ? asRecurringName(text, f)
                : rate(text, f)).toList();
    }

    /**
     * A capitalised function word that is INFO already (LanguageTool's capitalisation rule is one of the configured
     * hint rules) is named SENTENCE_BOUNDARY as well, for the structure it shows, unless the text flags it more than
     * once: then it is a title the text keeps citing ("laut Der Standard").
     */
    private Finding named(AnalysedText text, Finding finding, Map<String, Long> flagged) {
        if (!finding.rule().equals(CASE_RULE) || finding.category() == Category.SENTENCE_BOUNDARY
                || flagged.getOrDefault(text.text().substring(finding.start(), finding.end()), 0L) > 1) {
            return finding;
        }
        List<Spans.Span> words = Spans.words(text.text().substring(finding.start(), finding.end()));
        List<AnalyzedToken> readings = words.isEmpty() ? List.of() : lexicon.readings(words.get(0).value());
        return readings.isEmpty() || GermanLexicon.hasAnyTag(readings, CONTENT_TAGS) ? finding
                : asSentenceBoundary(finding, finding.message());
    }

    private static Finding asSentenceBoundary(Finding finding, String message) {
        return new Finding(Category.SENTENCE_BOUNDARY, finding.rule(), finding.source(), Severity.INFO,
                finding.start(), finding.end(), message, finding.suggestions());
    }

    private static Finding asRecurringName(AnalysedText text, Finding finding) {
        return finding.rated(Severity.INFO, "'" + text.text().substring(finding.start(), finding.end())
                + "' is capitalised mid-sentence more than once: probably a name or title; if not, write it in"
                + " lowercase");
    }

    private static boolean isScoredCaseFinding(Finding finding) {
        return finding.rule().equals(CASE_RULE) && finding.severity() != Severity.INFO;
    }

    private Finding rate(AnalysedText text, Finding finding) {
        List<Spans.Span> words = Spans.words(text.text().substring(finding.start(), finding.end()));
        if (words.isEmpty()) {
            return finding;
        }
        String word = words.get(0).value();
        List<AnalyzedToken> readings = lexicon.readings(word);
        if (readings.isEmpty()) {
            return finding;
        }
        if (!GermanLexicon.hasAnyTag(readings, CONTENT_TAGS)) {
            // named for the structure it mostly shows, a sentence start where none should be
            return asSentenceBoundary(finding, "'" + word + "' is capitalised mid-sentence: a heading run into"
                    + " the text, a title, or a lost sentence end before it. Check the context");
        }
        if (!GermanLexicon.hasAnyTag(readings, ADJECTIVE_TAGS)) {
            return finding;
        }
        if (isNominalised(readings) && !beforeNoun(text, finding.start() + word.length())) {
            return finding.rated(Severity.INFO, "'" + word + "' is capitalised mid-sentence: probably a"
                    + " nominalised adjective or participle, which German capitalises; if it qualifies a noun, write"
                    + " it in lowercase");
        }
        String previous = text.lettersBeforeOnLine(finding.start());
        List<AnalyzedToken> previousReadings = previous == null ? List.of() : lexicon.readings(previous);
        List<AnalyzedToken> determiner = withTags(previousReadings, DETERMINER_TAGS);
        boolean partOfName = determiner.isEmpty()
                ? !GermanLexicon.hasAnyTag(previousReadings, NOT_BEFORE_TITLES) && startsTitle(text, finding.start() + word.length(), readings)
                : agree(determiner, readings);
        return partOfName
                ? finding.rated(Severity.INFO, "'" + word + "' is capitalised mid-sentence: probably part of a name or"
                        + " title; if not, write it in lowercase")
                : finding;
    }

    /**
     * The lexicon knows the word as a noun made from an adjective ("Überlebende"), or as an inflected adjective or
     * participle ("Skurriles", "Beschuldigtem"), which without a noun to qualify stands for one. The bare form
     * ("ist Schwierig") is a predicate and stays an error.
     */
    private static boolean isNominalised(List<AnalyzedToken> readings) {
        return readings.stream().map(AnalyzedToken::getPOSTag).anyMatch(tag -> tag.startsWith("SUB")
                ? tag.endsWith(":ADJ")
                : ADJECTIVE_TAGS.stream().anyMatch(tag::startsWith) && INFLECTION.matcher(tag).find());
    }

    /** A capitalised word follows on the line: an adjective before it qualifies it ("Russische Invasion"). */
    private static boolean beforeNoun(AnalysedText text, int end) {
        String next = text.lettersAfterOnLine(end);
        return next != null && Character.isUpperCase(next.charAt(0));
    }

    /**
     * Without an article, a capitalised adjective that agrees with the capitalised noun after it opens a title or
     * name: "als Bester Film", "von Weißer Flügel", "für Kognitive Linguistik".
     */
    private boolean startsTitle(AnalysedText text, int adjectiveEnd, List<AnalyzedToken> adjectiveReadings) {
        String next = text.lettersAfterOnLine(adjectiveEnd);
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

}
