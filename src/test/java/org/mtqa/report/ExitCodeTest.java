package org.mtqa.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExitCodeTest {

    @Test
    void of_FindsTheExitCodeByItsNumber() {
        for (ExitCode exitCode : ExitCode.values()) {
            assertThat(ExitCode.of(exitCode.code())).isEqualTo(exitCode);
        }
        assertThatThrownBy(() -> ExitCode.of(3)).isInstanceOf(IllegalArgumentException.class);
    }
}
