package org.mtqa.report;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Renders reports as indented JSON; records define the shape. */
public final class JsonReports {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonReports() {
    }

    public static String render(Object report) {
        return MAPPER.writeValueAsString(report) + "\n";
    }

    public static <T> T parse(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }
}
