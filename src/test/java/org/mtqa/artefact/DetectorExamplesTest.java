package org.mtqa.artefact;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mtqa.finding.Finding;
import org.mtqa.languagetool.GermanLexicon;
import org.mtqa.text.AnalysedText;

/**
 * Runs every detector's own examples, as LanguageTool's rule tests run the examples of its rules: each wrong text is
 * flagged where the example says, its correction and each right text stay silent. Detectors are found on the class
 * path, so a new one is tested without being listed here.
 */
class DetectorExamplesTest {

    static List<ArtefactDetector> detectors() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mtqa.artefact").stream()
                .filter(c -> c.isAssignableTo(ArtefactDetector.class) && !c.isInterface()
                        && !c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT))
                .map(JavaClass::reflect)
                .map(DetectorExamplesTest::instantiate)
                .toList();
    }

    private static ArtefactDetector instantiate(Class<?> type) {
        try {
            for (Constructor<?> constructor : type.getConstructors()) {
                Class<?>[] parameters = constructor.getParameterTypes();
                if (parameters.length == 0) {
                    return (ArtefactDetector) constructor.newInstance();
                }
                if (parameters.length == 1 && parameters[0] == GermanLexicon.class) {
                    return (ArtefactDetector) constructor.newInstance(TestLexicon.GERMAN);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
        }
        throw new IllegalStateException(type.getSimpleName() + " needs a constructor taking nothing or a lexicon");
    }

    static Stream<Arguments> examples() {
        return detectors().stream().flatMap(detector -> detector.examples().stream()
                .map(example -> Arguments.of(detector.getClass().getSimpleName(), detector, example)));
    }

    @Test
    void everyDetector_HasWrongAndRightExamplesAndADescription() {
        List<ArtefactDetector> all = detectors();
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
