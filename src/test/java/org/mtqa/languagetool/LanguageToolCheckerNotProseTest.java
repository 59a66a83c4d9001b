package org.mtqa.languagetool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mtqa.artefact.TestLexicon;
import org.mtqa.finding.Category;
import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.finding.Source;

/** LanguageTool is not shown what the detectors report as boilerplate, markup or noise; offsets stay exact. */
class LanguageToolCheckerNotProseTest {

    private static final String TEXT = "Teilen auf Facebook Twitter WhatsApp E-Mail\r\n"
            + "Er sagte [instagram-feed feed=1] es regnet. Bei ihrem letzen Treffen stimmten sie zu.\n";

    private final LanguageToolChecker checker = new LanguageToolChecker(TestLexicon.LANGUAGE_TOOL, 20_000);

    @Test
    void blanked_KeepsLengthAndLineEnds() {
        String blanked = LanguageToolChecker.blanked("ab<x>\r\ncd", List.of(span(2, 9)));

        assertThat(blanked).isEqualTo("ab   \r\n  ");
    }

    @Test
    void notProseSpans_YieldNoFindings_AndLaterFindingsKeepTheirOffsets() {
        Finding boilerplate = span(0, TEXT.indexOf('\r'));
        int shortcode = TEXT.indexOf('[');
        Finding markup = span(shortcode, TEXT.indexOf(']') + 1);

        List<Finding> findings = checker.check(TEXT, List.of(boilerplate, markup), offset -> { }).findings();

        assertThat(findings).noneMatch(f -> f.overlaps(boilerplate) || f.overlaps(markup));
        assertThat(findings).noneMatch(f -> f.rule().equals("WHITESPACE_RULE"));
        assertThat(findings).extracting(f -> TEXT.substring(f.start(), f.end())).contains("letzen");
    }

    @Test
    void withoutNotProseSpans_LanguageToolReadsEverything() {
        int shortcode = TEXT.indexOf('[');

        List<Finding> findings = checker.check(TEXT).findings();

        assertThat(findings).anyMatch(f -> f.start() >= shortcode && f.start() < TEXT.indexOf(']'));
    }

    private static Finding span(int start, int end) {
        return new Finding(Category.MARKUP_DEBRIS, "MARKUP_DEBRIS", Source.MTQA, Severity.MAJOR, start, end, "m",
                List.of());
    }
}
