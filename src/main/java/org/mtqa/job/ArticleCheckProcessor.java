package org.mtqa.job;

import org.mtqa.article.Article;
import org.mtqa.article.ArticleInput;
import org.mtqa.article.UnreadableFile;
import org.mtqa.check.ArticleChecker;
import org.mtqa.check.CheckedArticle;
import org.mtqa.report.FileReport;
import org.mtqa.score.QualityScorer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Checks and scores one article, telling the run's progress the words checked as LanguageTool gets through it. A file
 * that cannot be read, or that makes a checker fail, becomes a FAILED report naming the cause, so one bad file never
 * stops the run.
 */
public class ArticleCheckProcessor implements ItemProcessor<ArticleInput, CheckResult> {

    private static final Logger log = LoggerFactory.getLogger(ArticleCheckProcessor.class);

    private final ArticleChecker checker;
    private final QualityScorer scorer;
    private final String language;
    private final RunProgress progress;

    public ArticleCheckProcessor(ArticleChecker checker, QualityScorer scorer, String language, RunProgress progress) {
        this.checker = checker;
        this.scorer = scorer;
        this.language = language;
        this.progress = progress;
    }

    @Override
    public CheckResult process(ArticleInput input) {
        if (input instanceof Article article) {
            return check(article);
        }
        return failed((UnreadableFile) input);
    }

    private CheckResult check(Article article) {
        try {
            CheckedArticle checked = checker.check(article,
                    (wordsChecked, words) -> progress.wordsChecked(article.file(), wordsChecked, words));
            FileReport report = FileReport.checked(checked, scorer.score(checked.findings(), checked.words()), language);
            return new CheckResult(report, article.text());
        } catch (RuntimeException | StackOverflowError e) {
            return failed(new UnreadableFile(article.file(), article.sha256(), "check failed: " + e));
        }
    }

    private CheckResult failed(UnreadableFile unreadable) {
        log.warn("{}: cannot be checked: {}", unreadable.file(), unreadable.reason());
        return new CheckResult(FileReport.failed(unreadable, language), null);
    }
}
