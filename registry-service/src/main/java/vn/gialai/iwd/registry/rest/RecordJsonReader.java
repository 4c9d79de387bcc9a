package vn.gialai.iwd.registry.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.registry.service.Finding;
import vn.gialai.iwd.registry.service.ProblemException;
import vn.gialai.iwd.registry.service.RecordInput;
import vn.gialai.iwd.registry.service.SubmittedRecord;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads request bodies record by record as raw JSON, so that a value of the wrong type or one that
 * does not parse rejects its record only (with the field and a stable code), never the whole request.
 * Only a body that is not JSON, or not an object with a {@code records} array, is refused whole.
 */
@ApplicationScoped
public class RecordJsonReader {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> RECORD_FIELDS = Set.of("externalId", "fullName", "nationalId", "dateOfBirth",
            "birthYear", "gender", "ethnicity", "highestQualification", "academicTitle", "fieldOfStudy", "sector",
            "employment", "employer", "meetsStandard", "trainedAbroad", "livesAbroad", "foreignNational",
            "contributions", "effectiveDate");
    private static final Set<String> CONTRIBUTION_FIELDS = Set.of("type", "title", "year", "level");

    private final ObjectMapper json;
    /** For the batch's token stream, where each record is read as a tree with the rest of the body after it. */
    private final ObjectMapper streaming;

    RecordJsonReader(ObjectMapper json) {
        this.json = json;
        this.streaming = json.copy().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * A batch body {@code {"records": [...]}}, parsed as a token stream: one record's tree at a time
     * becomes a {@link SubmittedRecord} (the body itself is capped by the HTTP body limit).
     */
    public List<SubmittedRecord> readBatch(byte[] body) {
        requireUtf8(body);
        List<SubmittedRecord> records = null;
        try (JsonParser parser = streaming.getFactory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw notABatch();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!"records".equals(name)) {
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw notABatch();
                }
                records = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    JsonNode node = parser.readValueAsTree();
                    records.add(read(node, "records[" + records.size() + "]"));
                }
            }
            if (parser.nextToken() != null) {
                throw notJson();
            }
        } catch (IOException e) {
            throw notJson();
        }
        if (records == null) {
            throw notABatch();
        }
        return records;
    }

    /** The body of a single PUT: one record object. */
    public SubmittedRecord readOne(byte[] body) {
        requireUtf8(body);
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (IOException e) {
            throw notJson();
        }
        if (node == null || !node.isObject()) {
            throw ProblemException.invalid("The body must be a JSON object: one record.");
        }
        return read(node, "body");
    }

    private static SubmittedRecord read(JsonNode node, String location) {
        if (node == null || !node.isObject()) {
            return new SubmittedRecord(null, List.of(Finding.error(location, "INVALID_TYPE", "object")));
        }
        Values values = new Values(node, "");
        node.fieldNames().forEachRemaining(name -> {
            if (!RECORD_FIELDS.contains(name)) {
                values.errors.add(Finding.error(name, "UNKNOWN_FIELD"));
            }
        });
        RecordInput input = new RecordInput(values.text("externalId"), values.text("fullName"),
                values.text("nationalId"), values.date("dateOfBirth"), values.integer("birthYear"),
                values.text("gender"), values.text("ethnicity"), values.text("highestQualification"),
                values.text("academicTitle"), values.text("fieldOfStudy"), values.text("sector"),
                values.text("employment"), values.text("employer"), values.bool("meetsStandard"),
                values.bool("trainedAbroad"), values.bool("livesAbroad"), values.bool("foreignNational"),
                contributions(node.get("contributions"), values.errors), values.date("effectiveDate"));
        return new SubmittedRecord(input, List.copyOf(values.errors));
    }

    private static List<RecordInput.ContributionInput> contributions(JsonNode node, List<Finding> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            errors.add(Finding.error("contributions", "INVALID_TYPE", "array"));
            return null;
        }
        List<RecordInput.ContributionInput> contributions = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            String prefix = "contributions[" + i + "]";
            JsonNode element = node.get(i);
            if (element.isNull()) {
                contributions.add(null);
                continue;
            }
            if (!element.isObject()) {
                errors.add(Finding.error(prefix, "INVALID_TYPE", "object"));
                contributions.add(null);
                continue;
            }
            Values values = new Values(element, prefix + ".");
            element.fieldNames().forEachRemaining(name -> {
                if (!CONTRIBUTION_FIELDS.contains(name)) {
                    errors.add(Finding.error(prefix + "." + name, "UNKNOWN_FIELD"));
                }
            });
            contributions.add(new RecordInput.ContributionInput(values.text("type"), values.text("title"),
                    values.integer("year"), values.text("level")));
            errors.addAll(values.errors);
        }
        return contributions;
    }

    /**
     * JSON is UTF-8 (RFC 8259). The parser decodes overlong forms, encoded surrogates and sequences
     * beyond U+10FFFF without complaint, which would store something other than what was sent: such a
     * body is refused whole (issue 15).
     */
    private static void requireUtf8(byte[] body) {
        if (!StrictUtf8Bodies.isUtf8(body)) {
            throw ProblemException.invalid("The body is not well-formed JSON: it is not valid UTF-8.");
        }
    }

    private static ProblemException notJson() {
        return ProblemException.invalid("The body is not well-formed JSON.");
    }

    private static ProblemException notABatch() {
        return ProblemException.invalid("The body must be a JSON object with a \"records\" array.");
    }

    /** Typed reads of one object's members; a member that cannot be read is an error and reads as absent. */
    private static final class Values {

        private final JsonNode node;
        private final String prefix;
        private final List<Finding> errors = new ArrayList<>();

        Values(JsonNode node, String prefix) {
            this.node = node;
            this.prefix = prefix;
        }

        String text(String name) {
            return read(name, JsonNode::isTextual, "string", JsonNode::textValue);
        }

        Integer integer(String name) {
            return read(name, value -> value.isIntegralNumber() && value.canConvertToInt(), "integer",
                    JsonNode::intValue);
        }

        Boolean bool(String name) {
            return read(name, JsonNode::isBoolean, "boolean", JsonNode::booleanValue);
        }

        LocalDate date(String name) {
            String text = text(name);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text, ISO_DATE);
            } catch (DateTimeParseException e) {
                errors.add(Finding.error(prefix + name, "INVALID_DATE", "yyyy-mm-dd"));
                return null;
            }
        }

        private <T> T read(String name, Predicate<JsonNode> ofType, String type, Function<JsonNode, T> value) {
            JsonNode node = this.node.get(name);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!ofType.test(node)) {
                errors.add(Finding.error(prefix + name, "INVALID_TYPE", type));
                return null;
            }
            return value.apply(node);
        }
    }
}
