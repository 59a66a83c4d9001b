package org.mtqa.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.mtqa.artefact.ArtefactDetector;
import org.mtqa.article.Article;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.languagetool.LanguageToolChecker;
import org.mtqa.text.AnalysedText;
import org.mtqa.text.Spans.Span;

/**
 * Checks one article as a pipeline: the artefact detectors, then LanguageTool (spared the text that is not prose),
 * then the triages in order on LanguageTool's findings, then the merge of both, then the allow list.
 */
public class ArticleChecker {

    static final Comparator<Finding> TEXT_ORDER = Comparator.comparingInt(Finding::start)
            .thenComparing(Comparator.comparingInt(Finding::end).reversed())
            .thenComparing(Finding::rule);

    private final List<ArtefactDetector> detectors;
    private final LanguageToolChecker languageTool;
    private final List<FindingTriage> triages;
    private final AllowList allowList;
    private final String language;
    private final CheckTimings timings = new CheckTimings();

    /**
     * @param triages  the steps that re-rate LanguageTool's findings, applied in this order
     * @param language the German variant the articles are checked as: de-DE, de-AT or de-CH
     */
    public ArticleChecker(List<ArtefactDetector> detectors, LanguageToolChecker languageTool,
            List<FindingTriage> triages, AllowList allowList, String language) {
        this.detectors = List.copyOf(detectors);
        this.languageTool = languageTool;
        this.triages = List.copyOf(triages);
        this.allowList = allowList;
        this.language = language;
    }

    /** Told how far the check of an article has got. */
    @FunctionalInterface
    public interface Progress {

        Progress NONE = (wordsChecked, words) -> { };

        /**
         * @param wordsChecked the article's words LanguageTool has checked so far; {@code words} when it is done
         * @param words        the article's words
         */
        void checked(int wordsChecked, int words);
    }

    public CheckedArticle check(Article article) {
        return check(article, Progress.NONE);
    }

    /**
     * Checks the article, telling {@code progress} how many of its words are checked after each piece LanguageTool
     * checks (see {@code mtqa.languagetool.chunk-chars}), so that a long article shows progress while it is checked.
     */
    public CheckedArticle check(Article article, Progress progress) {
        AnalysedText text = AnalysedText.of(article.text(), language);
        long started = System.nanoTime();
        languageTool.load();
        timings.add(CheckTimings.LANGUAGETOOL, System.nanoTime() - started);
        // the detectors first: LanguageTool is spared the text they find is not prose
        List<Finding> artefacts = new ArrayList<>();
        for (ArtefactDetector detector : detectors) {
            long detectorStarted = System.nanoTime();
            artefacts.addAll(detector.detect(text));
            timings.add(detector.id(), System.nanoTime() - detectorStarted);
        }
        artefacts = withoutExplainedByMojibake(artefacts);
        started = System.nanoTime();
        List<Span> words = text.words();
        LanguageToolChecker.Result languageToolResult = languageTool.check(text.text(),
                artefacts.stream().filter(finding -> !finding.category().isProse()).toList(),
                offset -> progress.checked(wordsBefore(words, offset), words.size()));
        timings.add(CheckTimings.LANGUAGETOOL, System.nanoTime() - started);
        List<Finding> languageToolFindings = languageToolResult.findings();
        for (FindingTriage triage : triages) {
            languageToolFindings = triage.triage(text, languageToolFindings);
        }
        List<Finding> findings = allowList.withoutAllowed(text.text(), merge(artefacts, languageToolFindings));
        return new CheckedArticle(article, findings, text.words().size(), languageToolResult.sentences());
    }

    /**
     * The detectors' findings without those inside an ENCODING finding's span: mojibake explains the odd letters other
     * detectors see there ("脰" in "脰konomen" is no Chinese left untranslated), and its repair fixes them.
     */
    static List<Finding> withoutExplainedByMojibake(List<Finding> artefacts) {
        List<Finding> mojibake = artefacts.stream().filter(f -> f.category() == Category.ENCODING).toList();
        if (mojibake.isEmpty()) {
            return artefacts;
        }
        return artefacts.stream().filter(f -> f.category() == Category.ENCODING || mojibake.stream()
                .noneMatch(m -> m.start() <= f.start() && f.end() <= m.end())).toList();
    }

    /** How many of the words start before the offset. */
    static int wordsBefore(List<Span> words, int offset) {
        int low = 0;
        int high = words.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (words.get(middle).start() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
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
