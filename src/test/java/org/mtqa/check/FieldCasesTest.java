package org.mtqa.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mtqa.artefact.AllDetectors;
import org.mtqa.artefact.TestLexicon;
import org.mtqa.article.Article;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.languagetool.LanguageToolChecker;

/**
 * The field cases in {@code src/test/resources/field}: small articles built from public reports of faults in
 * machine-translated and scraped text, each standing for its whole kind, checked by the whole check (detectors,
 * LanguageTool, triages). A FLAG row holds when a finding of MINOR or worse in one of its categories overlaps its text;
 * a SILENT row when no finding of MINOR or worse does ({@code *}: anywhere in the file). See the folder's README.
 */
class FieldCasesTest {

    private static final Pattern CODE_POINT = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

    private static ArticleChecker checker;
    private static final Map<String, List<Finding>> FINDINGS = new HashMap<>();

    record Expectation(String file, boolean flag, String text, List<Category> categories, String note) {
        @Override
        public String toString() {
            return file + " " + (flag ? "FLAG " : "SILENT ") + text + (note.isEmpty() ? "" : " (" + note + ")");
        }
    }

    @BeforeAll
    static void checker() {
        checker = new ArticleChecker(AllDetectors.create(), new LanguageToolChecker(TestLexicon.LANGUAGE_TOOL, 20_000),
                List.of(new UnknownWordTriage(TestLexicon.GERMAN), new CapitalisationTriage(TestLexicon.GERMAN),
                        new SentenceStartTriage()),
                AllowList.EMPTY, "de-DE");
    }

    static Stream<Expectation> expectations() throws IOException {
        return read("expectations.tsv").lines().skip(1).filter(line -> !line.isBlank()).map(line -> {
            String[] cells = line.split("\t", -1);
            List<Category> categories = cells[3].isBlank() ? List.of()
                    : Arrays.stream(cells[3].trim().split(" ")).map(Category::valueOf).toList();
            return new Expectation(cells[0], cells[1].equals("FLAG"), unescape(cells[2]), categories,
                    cells.length > 4 ? cells[4] : "");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void holds(Expectation expectation) throws IOException {
        String text = read(expectation.file());
        List<Finding> findings = FINDINGS.computeIfAbsent(expectation.file(),
                file -> checker.check(Article.of(file, text)).findings()).stream()
                .filter(f -> f.severity().isAtLeast(Severity.MINOR)).toList();
        int start = expectation.text().equals("*") ? 0 : text.indexOf(expectation.text());
        int end = expectation.text().equals("*") ? text.length() : start + expectation.text().length();
        assertThat(start).as("the expectation's text is in %s", expectation.file()).isNotNegative();
        List<Finding> overlapping = findings.stream().filter(f -> f.start() < end && start < f.end()
                || f.start() == f.end() && start <= f.start() && f.start() <= end).toList();
        if (expectation.flag()) {
            assertThat(overlapping).as("a finding in %s over '%s'; all: %s", expectation.categories(),
                    expectation.text(), describe(text, findings))
                    .anyMatch(f -> expectation.categories().contains(f.category()));
        } else {
            assertThat(overlapping).as("no finding over '%s': %s", expectation.text(), describe(text, overlapping))
                    .isEmpty();
        }
    }

    private static List<String> describe(String text, List<Finding> findings) {
        return findings.stream().map(f -> f.category() + " " + f.rule() + " '" + text.substring(f.start(), f.end())
                + "'").toList();
    }

    private static String unescape(String cell) {
        Matcher m = CODE_POINT.matcher(cell);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(out).toString();
    }

    private static String read(String name) throws IOException {
        try (InputStream in = FieldCasesTest.class.getResourceAsStream("/field/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
    }
}
