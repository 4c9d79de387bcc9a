package vn.gialai.iwd.plan.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/** The CloudEvents envelope (structured JSON) as consumed; {@code data} is read by each handler. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IncomingEvent(String specversion, String id, String source, String type, String subject,
                            OffsetDateTime time, JsonNode data) {
}
