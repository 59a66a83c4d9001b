package org.mtqa.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.mtqa.artefact.ArtefactDetector;
import org.mtqa.article.Article;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.languagetool.LanguageToolChecker;
import org.mtqa.text.Spans;

/** Checks one article with LanguageTool and every artefact detector, and merges what they find. */
public class ArticleChecker {

    static final Comparator<Finding> TEXT_ORDER = Comparator.comparingInt(Finding::start)
            .thenComparing(Comparator.comparingInt(Finding::end).reversed())
            .thenComparing(Finding::rule);
    /** What the detectors report whole and LanguageTool need not read: it is not the article's prose. */
    private static final Set<Category> NOT_PROSE =
            EnumSet.of(Category.BOILERPLATE, Category.MARKUP_DEBRIS, Category.NOISE_TOKEN);

    private final LanguageToolChecker languageTool;
    private final UnknownWordTriage unknownWords;
    private final CapitalisationTriage capitalisation;
    private final List<ArtefactDetector> detectors;
    private final AllowList allowList;
    private final CheckTimings timings = new CheckTimings();

    /** @param lexicon the dictionary and tagger with which LanguageTool's findings are re-rated on news evidence */
    public ArticleChecker(LanguageToolChecker languageTool, GermanLexicon lexicon, List<ArtefactDetector> detectors,
            AllowList allowList) {
        this.languageTool = languageTool;
        this.unknownWords = new UnknownWordTriage(lexicon);
        this.capitalisation = new CapitalisationTriage(lexicon);
        this.detectors = List.copyOf(detectors);
        this.allowList = allowList;
    }

    public CheckedArticle check(Article article) {
        String text = article.text();
        long started = System.nanoTime();
        languageTool.load();
        timings.add(CheckTimings.LANGUAGETOOL, System.nanoTime() - started);
        // the detectors first: LanguageTool is spared the boilerplate, markup and noise they find
        List<Finding> artefacts = new ArrayList<>();
        for (ArtefactDetector detector : detectors) {
            long detectorStarted = System.nanoTime();
            artefacts.addAll(detector.detect(article));
            timings.add(detector.id(), System.nanoTime() - detectorStarted);
        }
        List<Finding> reportedArtefacts = withoutAllowed(allowList, text, artefacts);
        started = System.nanoTime();
        LanguageToolChecker.Result languageToolResult = languageTool.check(text,
                reportedArtefacts.stream().filter(finding -> NOT_PROSE.contains(finding.category())).toList());
        timings.add(CheckTimings.LANGUAGETOOL, System.nanoTime() - started);
        List<Finding> languageToolFindings = SentenceStarts.withoutSentenceStartCasing(text,
                capitalisation.triage(text, unknownWords.triage(text, languageToolResult.findings())));
        List<Finding> findings = merge(reportedArtefacts, withoutAllowed(allowList, text, languageToolFindings));
        return new CheckedArticle(article, findings, Spans.words(text).size(), languageToolResult.sentences());
    }

    /** Drops findings whose text the allow list declares right. */
    static List<Finding> withoutAllowed(AllowList allowList, String text, List<Finding> findings) {
        return findings.stream().filter(f -> !allowList.contains(text.substring(f.start(), f.end()))).toList();
    }

    /** Time spent so far by LanguageTool and by each detector, over all threads. */
    public CheckTimings timings() {
        return timings;
    }

    /**
     * Where LanguageTool and a detector flag overlapping spans, the report shows one finding: the detector's, which
     * names the problem more precisely, with LanguageTool's suggestions added to its own.
     */
    static List<Finding> merge(List<Finding> artefacts, List<Finding> languageToolFindings) {
        List<Finding> merged = new ArrayList<>(artefacts.size() + languageToolFindings.size());
        List<Finding> absorbing = new ArrayList<>(artefacts);
        for (Finding found : languageToolFindings) {
            int host = indexOfOverlap(absorbing, found);
            if (host < 0) {
                merged.add(found);
            } else {
                Finding artefact = absorbing.get(host);
                Set<String> suggestions = new LinkedHashSet<>(artefact.suggestions());
                if (found.start() == artefact.start() && found.end() == artefact.end()) {
                    suggestions.addAll(found.suggestions());
                }
                absorbing.set(host, artefact.withSuggestions(List.copyOf(suggestions)));
            }
        }
        merged.addAll(absorbing);
        merged.sort(TEXT_ORDER);
        return merged;
    }

    private static int indexOfOverlap(List<Finding> candidates, Finding finding) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).overlaps(finding)) {
                return i;
            }
        }
        return -1;
    }
}
