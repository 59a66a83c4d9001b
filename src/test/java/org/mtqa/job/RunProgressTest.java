package org.mtqa.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mtqa.article.Article;
import org.mtqa.artefact.TestLexicon;
import org.mtqa.check.AllowList;
import org.mtqa.check.ArticleChecker;
import org.mtqa.languagetool.LanguageToolChecker;
import org.mtqa.report.FileStatus;
import org.mtqa.score.QualityScorer;
import org.mtqa.score.Verdicts;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Progress is counted in words, so that a run of one long file says how far it has got, at the usual interval. */
@ExtendWith(OutputCaptureExtension.class)
class RunProgressTest {

    private static final Pattern WORDS = Pattern.compile("checked: 0 of 1 files, ([\\d,]+) words");
    private static final String PARAGRAPH = "Die Regierung hat am Montag in Wien neue Regeln für den Handel "
            + "beschlossen, sagte ein Sprecher. Sie sollen im kommenden Jahr gelten und den Markt öffnen.\n\n";

    /** A clock that moves on by a set step each time it is read. */
    private final AtomicLong nanos = new AtomicLong();

    @Test
    void status_CountsTheWordsOfFilesBeingChecked() {
        RunProgress progress = new RunProgress(Duration.ofSeconds(30), false, nanos::get);
        progress.start(2);
        nanos.set(Duration.ofSeconds(10).toNanos());
        progress.fileDone("short.txt", 1_000);
        progress.wordsChecked("long.txt", 9_000, 300_000);
        nanos.set(Duration.ofSeconds(20).toNanos());

        // one file and 3% of the other: 1.03 of 2 files, 10,000 words in 20 s
        assertThat(progress.status(nanos.get()))
                .isEqualTo("51.5% checked: 1 of 2 files, 10,000 words, 500 words/s, about 19 s left");
    }

    @Test
    void status_BeforeAnyWordIsChecked_SaysTheTimeLeftIsNotKnownYet() {
        RunProgress progress = new RunProgress(Duration.ofSeconds(30), false, nanos::get);
        progress.start(1);

        assertThat(progress.status(Duration.ofSeconds(5).toNanos()))
                .isEqualTo("0.0% checked: 0 of 1 files, 0 words, 0 words/s, time left not known yet");
    }

    @Test
    void aLongFile_WhileLanguageToolChecksItPieceByPiece_ShowsMovementAtEachInterval(CapturedOutput output) {
        // given a run of one long article, checked in pieces of 2,000 characters, and a clock on which 31 s pass
        // between two readings, so that every reading is past the 30 s interval
        String text = PARAGRAPH.repeat(60);
        RunProgress progress = new RunProgress(Duration.ofSeconds(30), false,
                () -> nanos.addAndGet(Duration.ofSeconds(31).toNanos()));
        ArticleChecker checker = new ArticleChecker(List.of(), new LanguageToolChecker(TestLexicon.LANGUAGE_TOOL, 2_000),
                List.of(), AllowList.EMPTY, "de-DE");
        ArticleCheckProcessor processor = new ArticleCheckProcessor(checker, new QualityScorer(new Verdicts(85, 50, 100)),
                "de-DE", progress);
        progress.start(1);

        // when the file is checked
        CheckResult result = processor.process(new Article("long.txt", text, "0", "UTF-8"));

        // then, before the file is done, the log has said several times how many of its words were checked, more
        // each time, up to all of them
        assertThat(result.report().status()).isEqualTo(FileStatus.CHECKED);
        List<Integer> counts = new ArrayList<>();
        Matcher line = WORDS.matcher(output.getAll());
        while (line.find()) {
            counts.add(Integer.parseInt(line.group(1).replace(",", "")));
        }
        assertThat(counts).hasSizeGreaterThanOrEqualTo(text.length() / 2_000).isSorted()
                .doesNotHaveDuplicates().last().isEqualTo(result.report().words());
        assertThat(counts.get(0)).isPositive().isLessThan(result.report().words() / 4);
    }
}
