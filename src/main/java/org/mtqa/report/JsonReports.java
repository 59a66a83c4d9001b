package org.mtqa.report;

import java.io.IOException;
import java.io.Writer;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Renders reports as indented JSON; records define the shape. */
public final class JsonReports {

    /** Leaves a writer open after a report, for the newline after it. */
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private JsonReports() {
    }

    public static String render(Object report) {
        return MAPPER.writeValueAsString(report) + "\n";
    }

    /** Writes the report to {@code out} as {@link #render} would, without holding it as a string. */
    public static void write(Object report, Writer out) throws IOException {
        MAPPER.writeValue(out, report);
        out.write("\n");
    }

    public static <T> T parse(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }
}
