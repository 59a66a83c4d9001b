package org.mtqa.artefact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.text.AnalysedText;

/**
 * Every detector over huge input stays (near) linear: a long article and a 10,000-character "word" take seconds, not
 * hours, within the 1 GB heap the tests run with. The suite checks 2 MB, which a quadratic detector would take hours
 * for; {@code -Dmtqa.test.large-input-mb=20} measures 20 MB (some two minutes on two busy cores). LanguageTool itself
 * is too slow for that in a test (about 1,000 words a second); its chunking is tested in
 * {@code LanguageToolCheckerChunkTest}.
 */
class DetectorsOnLargeInputTest {

    private static final int SIZE = Integer.getInteger("mtqa.test.large-input-mb", 2) * 1024 * 1024;
    private static final String TIMESTAMP = "1662611347";
    private static final String MARKUP = "<div class=\"ad\">";

    private static List<ArtefactDetector> detectors;

    @BeforeAll
    static void allDetectors() {
        detectors = List.of(new BoilerplateDetector(TestLexicon.GERMAN, TestLexicon.LANGUAGES), new DuplicateTextDetector(TestLexicon.GERMAN),
                new FusedWordDetector(TestLexicon.GERMAN), new LocaleFormatDetector(TestLexicon.GERMAN), new MarkupDebrisDetector(),
                new MissingSpaceDetector(), new NoiseTokenDetector(), new QuotationDetector(),
                new SentenceBoundaryDetector(TestLexicon.GERMAN), new SplitWordDetector(TestLexicon.GERMAN),
                new StrayCharacterDetector(TestLexicon.GERMAN), new UntranslatedDetector(TestLexicon.GERMAN, TestLexicon.LANGUAGES));
        // load the dictionaries before anything is timed
        detectors.forEach(d -> d.detect(AnalysedText.of("Die Regierung hat am Montag getagt.")));
    }

    @Test
    void detect_WhenArticleIsHuge_ThenEveryDetectorIsDoneInSecondsWithExactOffsets() throws IOException {
        // given megabytes of news text: the seeds with their artefacts, between them paragraphs of sentences made from
        // the seeds' words, and every 100 KB a line with a timestamp and a tag at a known offset
        List<Integer> planted = new ArrayList<>();
        String text = megabytesOfNews(planted);
        AnalysedText article = AnalysedText.of(text);

        // when
        Map<String, List<Finding>> byDetector = new LinkedHashMap<>();
        StringBuilder timings = new StringBuilder();
        long started = System.nanoTime();
        long peakHeap = measurePeakHeap(() -> detectors.forEach(d -> {
            long detectorStarted = System.nanoTime();
            byDetector.put(d.id(), d.detect(article));
            timings.append(String.format(" %s %d ms;", d.id(), (System.nanoTime() - detectorStarted) / 1_000_000));
        }));
        long millis = (System.nanoTime() - started) / 1_000_000;
        // the figures the README quotes
        System.out.printf("detectors over %d chars: %d ms, peak heap %d MB;%s%n", text.length(), millis,
                peakHeap / (1024 * 1024), timings);

        // then all is done in seconds per megabyte (a quadratic detector takes hours here): the bound guards the
        // order of growth, not speed, so it leaves room for a busy machine and for new linear passes
        assertThat(millis).isLessThan(40L * SIZE / 1024);
        byDetector.values().forEach(findings -> assertThat(findings)
                .allSatisfy(f -> assertThat(f.end()).isGreaterThan(f.start()).isLessThanOrEqualTo(text.length())));
        // and the planted artefacts are found exactly where they stand, far into the text
        for (int offset : planted) {
            assertThat(byDetector.get("MTQA_NOISE_TOKEN")).anyMatch(f -> f.start() == offset
                    && f.end() == offset + TIMESTAMP.length());
            int markup = offset + TIMESTAMP.length() + 1;
            assertThat(byDetector.get("MTQA_MARKUP_DEBRIS")).anyMatch(f -> f.start() == markup
                    && text.substring(f.start(), f.end()).equals(MARKUP));
        }
    }

    @Test
    void detect_WhenAWordHas10000Characters_ThenNoDetectorHangs() {
        // given a 10,000-letter "word" and a 10,000-character base64 blob amid German sentences
        String letters = "a".repeat(10_000);
        String blob = base64Blob(10_000);
        String text = "Die Regierung hat am Montag getagt. " + letters + " Danach sprach sie.\n"
                + "Das Bild: " + blob + " Ende.\n";

        // when every detector runs
        long started = System.nanoTime();
        List<Finding> findings = new ArrayList<>();
        detectors.forEach(d -> findings.addAll(d.detect(AnalysedText.of(text))));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("all detectors over two 10,000-char tokens: %d ms, %d findings%n", millis, findings.size());

        // then they are done at once, and each token is one noise finding a reader can delete, not a word to split
        assertThat(millis).isLessThan(5_000);
        assertThat(findings).allSatisfy(f -> assertThat(f.category()).isEqualTo(Category.NOISE_TOKEN))
                .extracting(f -> text.substring(f.start(), f.end())).containsExactlyInAnyOrder(letters, blob);
    }

    private static String megabytesOfNews(List<Integer> planted) throws IOException {
        List<String> seeds = new ArrayList<>();
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path seed : files.sorted().toList()) {
                seeds.add(Files.readString(seed));
            }
        }
        String[] vocabulary = String.join(" ", seeds).split("[\\s\\p{Punct}„“»«–]+");
        Random random = new Random(42);
        StringBuilder text = new StringBuilder(SIZE + 100_000);
        int nextPlant = 0;
        while (text.length() < SIZE) {
            text.append(seeds.get(random.nextInt(seeds.size()))).append("\n\n");
            for (int paragraph = 0; paragraph < 20; paragraph++) {
                appendParagraph(text, vocabulary, random);
            }
            if (text.length() >= nextPlant) {
                planted.add(text.length());
                text.append(TIMESTAMP).append(' ').append(MARKUP).append("\n\n");
                nextPlant += 100_000;
            }
        }
        return text.toString();
    }

    /** Four to eight sentences of 6 to 20 words from the seeds, some words capitalised as sentence starts. */
    private static void appendParagraph(StringBuilder text, String[] vocabulary, Random random) {
        int sentences = 4 + random.nextInt(5);
        for (int s = 0; s < sentences; s++) {
            int words = 6 + random.nextInt(15);
            for (int w = 0; w < words; w++) {
                String word = vocabulary[random.nextInt(vocabulary.length)];
                if (w == 0 && !word.isEmpty()) {
                    word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                }
                text.append(word).append(w + 1 < words ? " " : ". ");
            }
        }
        text.append("\n\n");
    }

    private static String base64Blob(int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        Random random = new Random(7);
        StringBuilder blob = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            blob.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return blob.toString();
    }

    /**
     * The highest heap use seen while the action runs, sampled every 10 ms: an upper bound of what the detectors need,
     * since it counts garbage not yet collected too.
     */
    private static long measurePeakHeap(Runnable action) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        System.gc();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        try {
            action.run();
        } finally {
            sampler.interrupt();
        }
        return peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    }
}
