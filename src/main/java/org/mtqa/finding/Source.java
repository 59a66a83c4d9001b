package org.mtqa.finding;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who raised a finding. */
public enum Source {
    LANGUAGETOOL,
    MTQA;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
