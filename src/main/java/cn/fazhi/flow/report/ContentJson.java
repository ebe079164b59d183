package cn.fazhi.flow.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A report's text as it is stored: JSON, written and read with the application's mapper. */
public final class ContentJson {

    private ContentJson() {}

    public static String write(ObjectMapper json, ReportContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ReportContent read(ObjectMapper json, String content) {
        try {
            return json.readValue(content, ReportContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
