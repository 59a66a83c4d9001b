package org.mtqa.artefact;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.languagetool.AnalyzedToken;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.Spans;
import org.mtqa.text.Spans.Span;
import org.springframework.stereotype.Component;

/**
 * An adjective with a case ending where German wants the bare predicative form: after a copula and adverbs, before a
 * comma or the sentence's end ("Die Haltezeiten sind aber sehr kurzen, …"). German inflects an adjective only before
 * its noun, or after an article when the noun is left out ("sind die kürzesten"); machine translation carries the
 * ending over from the attributive phrase of the source. LanguageTool 6.8 has no rule for it.
 */
@Component
public class PredicativeAdjectiveDetector implements ArtefactDetector {

    /** Copulas take a predicative adjective (Duden, Grammatik, "Kopulaverben"): a closed class. */
    private static final Set<String> COPULAS = Set.of("sein", "werden", "bleiben", "scheinen", "wirken");
    /**
     * Endings no adjective has when it stands for a noun left out without an article: "sind neue" and "ist ein neuer"
     * may be elliptic, "sind kurzen" and "ist kurzem" never are; "-es" coordinates before a comma ("ist großes,
     * ehrliches Kino").
     */
    private static final Pattern WEAK_OR_OBLIQUE = Pattern.compile("(?:en|em)$");
    /** Adverbs between the copula and the adjective: "sind aber sehr kurzen". */
    private static final int MAX_ADVERBS = 3;

    private final GermanLexicon lexicon;

    public PredicativeAdjectiveDetector(GermanLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Category category() {
        return Category.GRAMMAR;
    }

    @Override
    public String description() {
        return "An inflected adjective after a copula and adverbs, before a comma or full stop, where German writes the"
                + " bare form (\"sind sehr kurzen,\").";
    }

    @Override
    public List<DetectorExample> examples() {
        return List.of(
                DetectorExample.wrong("Die Haltezeiten sind aber sehr kurzen, oft nur zwei Minuten.", "kurzen",
                        "Die Haltezeiten sind aber sehr kurz, oft nur zwei Minuten."),
                DetectorExample.wrong("Die Straßen bleiben weiterhin gesperrten.", "gesperrten",
                        "Die Straßen bleiben weiterhin gesperrt."),
                DetectorExample.right("Die Haltezeiten sind die kürzesten, die Preise sind hoch."),
                DetectorExample.right("Die Züge sind sehr schnell, die Wagen sind neue."),
                DetectorExample.right("Das sind ganz andere, sagte er. Es wird immer mehr."),
                DetectorExample.right("Nötig sei unter anderem, die Verfahren zu beschleunigen."),
                DetectorExample.right("Das ist großes, ehrliches Kino."));
    }

    @Override
    public List<Finding> detect(AnalysedText analysed) {
        String text = analysed.text();
        List<Finding> findings = new ArrayList<>();
        List<Span> words = Spans.words(text);
        for (int i = 1; i < words.size(); i++) {
            Span adjective = words.get(i);
            if (!isInflectedOnly(adjective.value()) || !endsClause(text, adjective.end())) {
                continue;
            }
            int k = i - 1;
            while (k > 0 && i - k <= MAX_ADVERBS && isAdverb(words.get(k).value())
                    && onlySpaces(text, words.get(k).end(), words.get(k + 1).start())) {
                k--;
            }
            Span verb = words.get(k);
            if (isCopula(verb.value()) && onlySpaces(text, verb.end(), words.get(k + 1).start())) {
                findings.add(finding(adjective.start(), adjective.end(), "The adjective '" + adjective.value()
                        + "' after '" + verb.value() + "' needs no ending: German inflects only an adjective before"
                        + " its noun", List.of()));
            }
        }
        return findings;
    }

    /**
     * A lower-case word read only as an adjective or participle with a case ending that no elliptic noun phrase has:
     * "kurzen", "gesperrten"; not a superlative ("sind am kürzesten" has its own article).
     */
    private boolean isInflectedOnly(String word) {
        List<AnalyzedToken> readings = lexicon.readings(word);
        return Character.isLowerCase(word.charAt(0)) && !readings.isEmpty() && WEAK_OR_OBLIQUE.matcher(word).find()
                && readings.stream().allMatch(r -> r.getPOSTag() != null
                        && GermanWords.ATTRIBUTIVE.matcher(r.getPOSTag()).lookingAt())
                && readings.stream().anyMatch(r -> r.getPOSTag().contains(":SOL") || r.getPOSTag().contains(":DEF"))
                && readings.stream().noneMatch(r -> r.getPOSTag().contains(":SUP"));
    }

    private boolean isAdverb(String word) {
        List<AnalyzedToken> readings = lexicon.readings(word);
        return Character.isLowerCase(word.charAt(0)) && !readings.isEmpty()
                && readings.stream().anyMatch(r -> r.getPOSTag() != null && r.getPOSTag().startsWith("ADV"))
                && readings.stream().noneMatch(r -> r.getPOSTag() != null && (r.getPOSTag().startsWith("ART")
                        || r.getPOSTag().startsWith("PRO") || r.getPOSTag().startsWith("PRP")));
    }

    /** A finite form of a copula: "sind", "bleibt", "wurden". */
    private boolean isCopula(String word) {
        return Character.isLowerCase(word.charAt(0)) && lexicon.readings(word).stream()
                .anyMatch(r -> r.getPOSTag() != null && GermanWords.FINITE_VERB.matcher(r.getPOSTag()).lookingAt()
                        && COPULAS.contains(r.getLemma()));
    }

    /** A comma, semicolon or sentence end right after the word. */
    private static boolean endsClause(String text, int end) {
        return end < text.length() && ",;.!?".indexOf(text.charAt(end)) >= 0
                && !(text.charAt(end) == '.' && end + 1 < text.length() && Character.isLetterOrDigit(text.charAt(end + 1)));
    }

    private static boolean onlySpaces(String text, int from, int to) {
        return text.substring(from, to).isBlank() && text.substring(from, to).indexOf('\n') < 0;
    }
}
