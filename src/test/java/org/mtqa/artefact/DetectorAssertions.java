package org.mtqa.artefact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.mtqa.finding.Finding;
import org.mtqa.finding.Severity;
import org.mtqa.text.AnalysedText;

/** The checks every detector test makes of a text with exactly one artefact. */
final class DetectorAssertions {

    private DetectorAssertions() {
    }

    /** Asserts one finding of the detector's category, on exactly {@code span}, with these suggestions. */
    static Finding assertSingleFinding(ArtefactDetector detector, String text, String span, Severity severity,
            String... suggestions) {
        List<Finding> findings = detector.detect(AnalysedText.of(text));
        assertThat(findings).as("findings in: %s", text).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(text.substring(finding.start(), finding.end())).isEqualTo(span);
        assertThat(finding.category()).isEqualTo(detector.category());
        assertThat(finding.severity()).isEqualTo(severity);
        assertThat(finding.suggestions()).containsExactly(suggestions);
        return finding;
    }
}
