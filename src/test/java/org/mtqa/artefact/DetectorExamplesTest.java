package org.mtqa.artefact;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mtqa.finding.Finding;
import org.mtqa.text.AnalysedText;

/**
 * Runs every detector's own examples, as LanguageTool's rule tests run the examples of its rules: each wrong text is
 * flagged where the example says, its correction and each right text stay silent. Detectors are found on the class
 * path ({@link AllDetectors}), so a new one is tested without being listed here.
 */
class DetectorExamplesTest {

    static Stream<Arguments> examples() {
        return AllDetectors.create().stream().flatMap(detector -> detector.examples().stream()
                .map(example -> Arguments.of(detector.getClass().getSimpleName(), detector, example)));
    }

    @Test
    void everyDetector_HasWrongAndRightExamplesAndADescription() {
        List<ArtefactDetector> all = AllDetectors.create();
        assertThat(all).hasSizeGreaterThanOrEqualTo(12);
        for (ArtefactDetector detector : all) {
            assertThat(detector.description()).as(detector.id()).isNotBlank();
            assertThat(detector.examples()).as(detector.id()).anyMatch(DetectorExample::isWrong)
                    .anyMatch(example -> !example.isWrong());
            assertThat(detector.id()).isEqualTo("MTQA_" + detector.category().name());
            assertThat(Modifier.isPublic(detector.getClass().getModifiers())).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("examples")
    void example(String name, ArtefactDetector detector, DetectorExample example) {
        if (example.isWrong()) {
            String text = example.text();
            int from = text.lastIndexOf(example.flagged());
            int to = from + example.flagged().length();
            List<Finding> findings = detector.detect(AnalysedText.of(text));
            assertThat(findings).as("%s must flag '%s' in: %s", name, example.flagged(), text)
                    .anyMatch(f -> f.category() == detector.category() && touches(f, from, to));
            assertSpansExact(findings, text);
            assertThat(detector.detect(AnalysedText.of(example.corrected())))
                    .as("%s must stay silent on the correction: %s", name, example.corrected()).isEmpty();
        } else {
            assertThat(detector.detect(AnalysedText.of(example.text())))
                    .as("%s must stay silent on: %s", name, example.text()).isEmpty();
        }
    }

    /** Overlaps {@code [from, to)}, or, for a finding of no width (a missing space), stands inside it. */
    private static boolean touches(Finding f, int from, int to) {
        return f.start() == f.end() ? from <= f.start() && f.start() <= to : f.start() < to && from < f.end();
    }

    private static void assertSpansExact(List<Finding> findings, String text) {
        assertThat(findings).allMatch(f -> f.end() <= text.length());
    }
}
