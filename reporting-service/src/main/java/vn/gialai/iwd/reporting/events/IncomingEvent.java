package vn.gialai.iwd.reporting.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/**
 * What the dispatcher needs of a consumed CloudEvent (read by the CloudEvents SDK): its type and
 * producer, when it happened, and its data, which each handler reads into its own record.
 */
record IncomingEvent(String type, String source, OffsetDateTime time, JsonNode data) {
}
