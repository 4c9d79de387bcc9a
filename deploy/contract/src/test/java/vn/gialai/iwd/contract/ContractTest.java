package vn.gialai.iwd.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drives every operation of the published document through the running gateway, as a vendor's
 * client would, success and failure alike, and checks each answer against the document
 * ({@link PublishedContract}). An operation added without being exercised here fails the test too.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContractTest {

    private static final String RECORD = """
            {"externalId": "%s", "fullName": "Nguyễn Thị Hồng %s", "dateOfBirth": "1985-03-15", "gender": "F",
             "ethnicity": "01", "highestQualification": "%s", "sector": "HEALTH", "employment": "CIVIL_SERVANT",
             "meetsStandard": true, "effectiveDate": "2025-01-01"}""";

    private static PublishedContract contract;
    private static Gateway gateway;
    private static String admin;
    private static String submitter;
    private static String analyst;
    private static String planAdmin;
    private static String portal;
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @BeforeAll
    static void readTheDocumentAndCreateClients() throws IOException {
        JsonNode document = new ObjectMapper().readTree(Files.readString(Path.of(System.getProperty("iwd.contract.spec"))));
        contract = new PublishedContract(document);
        gateway = new Gateway(System.getProperty("iwd.gateway.url"), contract);
        admin = System.getenv("IWD_ADMIN_API_KEY");
        assertTrue(admin != null && !admin.isBlank(), "IWD_ADMIN_API_KEY of the stack under test is needed");
        submitter = createClient("""
                {"name": "contract submitter %s", "roles": ["submitter"], "units": ["SO-YTE", "SO-GDDT"]}""");
        analyst = createClient("""
                {"name": "contract analyst %s", "roles": ["analyst"]}""");
        planAdmin = createClient("""
                {"name": "contract plan admin %s", "roles": ["plan-admin"]}""");
        portal = createClient("""
                {"name": "contract portal %s", "roles": ["portal"]}""");
        gateway.get(admin, "/api/v1/admin/clients", 200);
    }

    @Test
    @Order(1)
    void registryAnswersAsPublished() {
        registry();
    }

    @Test
    @Order(2)
    void planAnswersAsPublished() {
        plan();
    }

    @Test
    @Order(3)
    void reportsAnswerAsPublished() {
        reports();
    }

    @Test
    @Order(4)
    void theGatewayAnswersAsPublished() {
        gatewayAnswers();
    }

    @Test
    @Order(5)
    void everyPublishedOperationWasCalled() {
        Set<String> missed = new TreeSet<>(contract.operationIds());
        missed.removeAll(contract.exercised());
        assertEquals(Set.of(), missed, "operations of the published document this test never called");
    }

    /** What a generated client needs from every operation, whether or not a test calls it. */
    @Test
    void everyOperationIsDescribedForClientGenerators() {
        List<String> gaps = new ArrayList<>();
        contract.document().path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            JsonNode operation = entry.getValue();
            if (!operation.isObject() || !operation.has("responses")) {
                return;
            }
            String where = entry.getKey().toUpperCase() + " " + path.getKey();
            if (operation.path("operationId").asText().isEmpty()) {
                gaps.add(where + ": no operationId");
            }
            if (operation.path("summary").asText().split(" ").length < 3) {
                gaps.add(where + ": summary '" + operation.path("summary").asText() + "' says too little");
            }
            if (operation.path("tags").isEmpty()) {
                gaps.add(where + ": no tag");
            }
            operation.path("responses").fields().forEachRemaining(response -> {
                JsonNode answer = response.getValue().has("$ref")
                        ? contract.document().at(response.getValue().get("$ref").asText().substring(1)) : response.getValue();
                JsonNode content = answer.path("content");
                if (response.getKey().startsWith("2")) {
                    JsonNode schema = content.path("application/json").path("schema");
                    if (content.has("application/json") && (schema.isEmpty() || schema.path("type").asText().equals("object")
                            && !schema.has("properties") && !schema.has("additionalProperties"))) {
                        gaps.add(where + " " + response.getKey() + ": JSON answer without a schema");
                    }
                } else if (!content.has("application/problem+json")) {
                    gaps.add(where + " " + response.getKey() + ": error answer is not application/problem+json");
                }
            });
        }));
        assertEquals(List.of(), gaps);
    }

    private void registry() {
        JsonNode codes = gateway.get(submitter, "/api/v1/registry/codes", 200).json();
        gateway.get(submitter, "/api/v1/registry/codes/" + codes.fieldNames().next(), 200);
        gateway.get(submitter, "/api/v1/registry/codes/NO-SUCH-LIST", 404);
        gateway.get(submitter, "/api/v1/registry/units", 200);
        gateway.get(submitter, "/api/v1/registry/units/SO-YTE", 200);
        gateway.get(submitter, "/api/v1/registry/units/NO-SUCH-UNIT", 404);
        gateway.send("PUT", admin, "/api/v1/registry/units/C-" + RUN, """
                {"nameVi": "Xã thử nghiệm", "kind": "COMMUNE", "parentCode": "52", "validFrom": "2025-07-01"}""", 201);
        gateway.send("PUT", admin, "/api/v1/registry/units/C-" + RUN, """
                {"nameVi": "Xã thử nghiệm", "kind": "NOT-A-KIND", "validFrom": "2025-07-01"}""", 400);

        String batch = "{\"records\": [" + record("A", "MASTER") + ", " + record("B", "COLLEGE") + ", "
                + record("C", "PRIMARY") + ", {\"externalId\": \"HR-" + RUN + "-D\", \"dateOfBirth\": \"2031-02-30\"}]}";
        String[] idempotencyKey = {"Idempotency-Key", "contract-" + RUN};
        JsonNode written = gateway.call("POST", submitter, "/api/v1/registry/units/SO-YTE/records/batch", batch, 200,
                idempotencyKey).json();
        assertEquals(2, written.path("created").asInt(), written.toString());
        gateway.call("POST", submitter, "/api/v1/registry/units/SO-YTE/records/batch", batch, 200, idempotencyKey);
        gateway.call("POST", submitter, "/api/v1/registry/units/SO-YTE/records/batch", "{\"records\": []}", 422,
                idempotencyKey);
        gateway.send("POST", submitter, "/api/v1/registry/units/SO-YTE/records/batch?atomic=true", batch, 422);
        gateway.send("POST", submitter, "/api/v1/registry/units/SO-YTE/records/batch?dryRun=true", batch, 200);
        gateway.send("POST", submitter, "/api/v1/registry/units/SO-YTE/records/batch", "{\"records\": ", 400);
        gateway.send("POST", submitter, "/api/v1/registry/units/SO-YTE/records/batch?snapshotId=" + UUID.randomUUID(),
                batch, 404);

        String externalId = "HR-" + RUN + "-E";
        gateway.send("PUT", submitter, "/api/v1/registry/units/SO-YTE/records/" + externalId,
                record("E", "DOCTORATE"), 201);
        gateway.send("PUT", submitter, "/api/v1/registry/units/SO-YTE/records/" + externalId,
                record("E", "DOCTORATE"), 200);
        gateway.send("PUT", submitter, "/api/v1/registry/units/SO-YTE/records/" + externalId,
                record("E", "NOT-A-LEVEL"), 422);
        JsonNode stored = gateway.get(submitter, "/api/v1/registry/units/SO-YTE/records/" + externalId, 200).json();
        gateway.get(submitter, "/api/v1/registry/units/SO-YTE/records/NO-SUCH-RECORD", 404);
        gateway.get(submitter, "/api/v1/registry/units/SO-YTE/records?limit=2", 200);
        gateway.get(submitter, "/api/v1/registry/units/SO-YTE/records?limit=0", 400);
        gateway.get(submitter, "/api/v1/registry/units/SO-YTE/records?limit=many", 400);
        gateway.send("POST", submitter, "/api/v1/registry/units/SO-YTE/records/batch?atomic=yes", batch, 400);
        gateway.send("DELETE", submitter, "/api/v1/registry/units/SO-YTE/records/HR-" + RUN + "-A?reason=MOVED", null, 204);
        gateway.send("DELETE", submitter, "/api/v1/registry/units/SO-YTE/records/HR-" + RUN + "-B?reason=NONSENSE", null, 422);

        // The same person without national ID reported by a second unit: a case for review.
        gateway.send("PUT", submitter, "/api/v1/registry/units/SO-GDDT/records/" + externalId,
                record("E", "DOCTORATE"), 201);
        String snapshot = gateway.send("POST", submitter, "/api/v1/registry/units/SO-GDDT/snapshots", null, 201)
                .json().path("snapshotId").asText();
        gateway.send("POST", submitter, "/api/v1/registry/units/SO-GDDT/records/batch?snapshotId=" + snapshot,
                "{\"records\": [" + record("E", "DOCTORATE") + "]}", 200);
        gateway.send("POST", submitter, "/api/v1/registry/units/SO-GDDT/snapshots/" + snapshot + "/commit", null, 200);

        String personId = stored.path("personId").asText();
        gateway.get(admin, "/api/v1/registry/persons?q=" + RUN, 200);
        gateway.get(admin, "/api/v1/registry/persons/" + personId, 200);
        gateway.get(admin, "/api/v1/registry/persons/" + UUID.randomUUID(), 404);
        JsonNode cases = gateway.get(admin, "/api/v1/registry/duplicates?personId=" + personId, 200).json();
        assertTrue(cases.path("items").size() > 0, "the second unit's record is queued for review: " + cases);
        String caseId = cases.path("items").get(0).path("id").asText();
        gateway.send("POST", admin, "/api/v1/registry/duplicates/" + caseId + "/resolve", "{\"action\": \"DISTINCT\"}", 200);
        gateway.send("POST", admin, "/api/v1/registry/duplicates/" + caseId + "/resolve", "{\"action\": \"MERGE\"}", 409);
        gateway.get(admin, "/api/v1/registry/stats/checksum", 200);
        spreadsheets();
    }

    /** The spreadsheet template, an import with one rejected row, its errors file, and refused files. */
    private void spreadsheets() {
        gateway.get(submitter, "/api/v1/registry/import-template", 200);
        gateway.get(submitter, "/api/v1/registry/import-template?format=csv", 200);
        gateway.get(submitter, "/api/v1/registry/import-template?format=json", 200);
        gateway.get(submitter, "/api/v1/registry/import-template?format=pdf", 400);
        byte[] sheet = ("Mã hồ sơ,Họ và tên,Ngày sinh,Giới tính,Trình độ chuyên môn,Ngành lĩnh vực công tác,"
                + "Loại hình công tác,Ghi chú\n"
                + "HR-" + RUN + "-S1,Nguyễn Thị Lan " + RUN + ",15/03/1985,Nữ,Thạc sĩ,Y tế,Viên chức,x\n"
                + "HR-" + RUN + "-S2,Trần Văn Bình " + RUN + ",1985-13-01,Nam,Đại học,Y tế,Viên chức,\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String imports = "/api/v1/registry/units/SO-YTE/imports";
        String[] idempotencyKey = {"Idempotency-Key", "contract-import-" + RUN};
        JsonNode imported = gateway.upload(submitter, imports, "text/csv", sheet, 200, idempotencyKey).json();
        assertEquals(1, imported.path("created").asInt(), imported.toString());
        assertEquals(3, imported.path("rejected").path(0).path("row").asInt(), imported.toString());
        gateway.upload(submitter, imports, "text/csv", sheet, 200, idempotencyKey);
        gateway.upload(submitter, imports + "?atomic=true", "text/csv", sheet, 422, null);
        gateway.upload(submitter, imports + "?dryRun=true", "text/csv", sheet, 200, null);
        gateway.upload(submitter, imports + "?dryRun=perhaps", "text/csv", sheet, 400, null);
        gateway.upload(submitter, imports, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "%PDF-1.7 not a workbook".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 400, null);
        gateway.upload(submitter, "/api/v1/registry/units/NO-SUCH-UNIT/imports", "text/csv", sheet, 403, null);
        gateway.upload(admin, "/api/v1/registry/units/NO-SUCH-UNIT/imports", "text/csv", sheet, 404, null);
        String errors = imports + "/" + imported.path("importId").asText() + "/errors";
        gateway.get(submitter, errors, 200);
        gateway.get(submitter, errors + "?format=csv", 200);
        gateway.get(submitter, errors + "?format=ods", 400);
        gateway.get(submitter, imports + "/" + UUID.randomUUID() + "/errors", 404);
    }

    private void plan() {
        gateway.get(portal, "/api/v1/plan/tasks?limit=5", 200);
        gateway.get(portal, "/api/v1/plan/tasks?limit=five", 400);
        gateway.get(portal, "/api/v1/plan/tasks/III.3", 200);
        gateway.get(portal, "/api/v1/plan/tasks/IX.99", 404);
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String reported = createTask(planAdmin, "T" + RUN + ".1", "{\"kind\": \"ANNUAL_FROM\", \"startYear\": 2025}");
        String triggered = createTask(planAdmin, "T" + RUN + ".2", "{\"kind\": \"AFTER_TRIGGER\"}");
        gateway.send("POST", planAdmin, "/api/v1/plan/tasks", "{\"code\": \"" + reported + "\"}", 400);
        gateway.send("PATCH", planAdmin, "/api/v1/plan/tasks/" + reported, "{\"title\": \"Nhiệm vụ hợp đồng API\"}", 200);
        gateway.send("POST", planAdmin, "/api/v1/plan/tasks/" + triggered + "/trigger",
                "{\"occurredOn\": \"" + today + "\", \"reference\": \"Nghị định 179/2024/NĐ-CP\"}", 200);
        gateway.send("POST", planAdmin, "/api/v1/plan/tasks/" + reported + "/trigger",
                "{\"occurredOn\": \"" + today + "\", \"reference\": \"Quyết định 1/QĐ-UBND\"}", 409);
        gateway.send("POST", submitter, "/api/v1/plan/tasks/" + reported + "/reports", """
                {"period": "2025", "status": "IN_PROGRESS", "summary": "Đã triển khai theo kế hoạch.",
                 "evidence": ["https://example.gov.vn/van-ban/1"]}""", 201);
        gateway.get(portal, "/api/v1/plan/tasks/" + reported + "/reports", 200);
        gateway.get(portal, "/api/v1/plan/overdue", 200);
        gateway.get(portal, "/api/v1/plan/compliance?year=2025", 200);
        gateway.get(portal, "/api/v1/plan/compliance?year=twenty", 400);
        gateway.get(portal, "/api/v1/plan/agencies", 200);
        gateway.get(portal, "/api/v1/plan/agency-groups", 200);
    }

    private void reports() {
        gateway.get(portal, "/api/v1/reports/indicators", 200);
        gateway.get(analyst, "/api/v1/reports/indicators?asOf=2026-02-30", 400);
        gateway.get(analyst, "/api/v1/reports/breakdown?by=sector,qualification", 200);
        gateway.get(analyst, "/api/v1/reports/breakdown?by=shoeSize", 400);
        gateway.get(analyst, "/api/v1/reports/trend?from=2024&to=2030", 200);
        gateway.get(analyst, "/api/v1/reports/trend?from=last-year", 400);
        gateway.get(analyst, "/api/v1/reports/targets", 200);
        gateway.send("PUT", planAdmin, "/api/v1/reports/targets", """
                {"items": [{"indicator": "COLLEGE_PLUS_COUNT", "year": 2030, "value": 136000, "source": "Nghị quyết 45-NQ/TW"}]}""", 200);
        gateway.get(analyst, "/api/v1/reports/targets/history", 200);
        gateway.get(analyst, "/api/v1/reports/plan-progress", 200);
        gateway.get(analyst, "/api/v1/reports/reconciliation", 200);
        gateway.get(analyst, "/api/v1/reports/export/persons?format=ndjson", 200);
        gateway.get(analyst, "/api/v1/reports/export/persons?format=csv", 200);
        gateway.get(analyst, "/api/v1/reports/export/persons?format=json", 200);
        gateway.get(analyst, "/api/v1/reports/export/persons?format=xml", 400);
        gateway.get(analyst, "/api/v1/reports/export/breakdown?by=sector&format=csv", 200);
        gateway.get(analyst, "/api/v1/reports/export/breakdown?by=sector&format=json", 200);
        gateway.send("POST", planAdmin, "/api/v1/reports/annual/2026/publish", null, 201);
        gateway.get(analyst, "/api/v1/reports/annual/2026", 200);
        gateway.get(analyst, "/api/v1/reports/annual/1999", 404);
        gateway.get(analyst, "/api/v1/reports/contributions?by=type,level&from=2020&to=2026", 200);
        gateway.get(analyst, "/api/v1/reports/contributions?by=type,unit", 200);
        gateway.get(analyst, "/api/v1/reports/contributions?by=level", 400);
        gateway.get(portal, "/api/v1/reports/contributions?by=type", 200);

        gateway.get(null, "/api/v1/public/indicators", 200);
        gateway.get(null, "/api/v1/public/breakdown?by=sector", 200);
        gateway.get(null, "/api/v1/public/breakdown?by=sector&unit=SO-YTE", 400);
        gateway.get(null, "/api/v1/public/annual/2026", 200);
        gateway.get(null, "/api/v1/public/annual/1999", 404);
        gateway.get(null, "/api/v1/public/plan-progress", 200);
        gateway.get(null, "/api/v1/public/contributions?by=type,year", 200);
        gateway.get(null, "/api/v1/public/contributions?by=type&from=2020", 400);
        gateway.get(null, "/api/v1/public/trend?from=2024&to=2045", 200);

        gateway.send("POST", planAdmin, "/api/v1/reports/admin/rebuild", null, 202);
    }

    /** What the gateway answers before a service is reached, and the admin API's own errors. */
    private void gatewayAnswers() {
        gateway.get(null, "/api/v1/registry/units", 401);
        gateway.get("not-a-key", "/api/v1/registry/units", 401);
        gateway.send("PUT", submitter, "/api/v1/registry/units/SO-KHCN/records/X-1", record("X", "MASTER"), 403);
        gateway.send("POST", admin, "/api/v1/admin/clients", "{\"name\": \"no roles\", \"roles\": []}", 400);
        JsonNode slowClient = gateway.send("POST", admin, "/api/v1/admin/clients", """
                {"name": "contract slow client %s", "roles": ["analyst"], "rateLimitPerSecond": 1}""".formatted(RUN), 201)
                .json();
        String slow = slowClient.path("apiKey").asText();
        gateway.get(slow, "/api/v1/reports/targets", 200);
        gateway.get(slow, "/api/v1/reports/targets", 429);
        String slowId = slowClient.path("id").asText();
        gateway.send("DELETE", admin, "/api/v1/admin/clients/" + slowId, null, 204);
        gateway.send("DELETE", admin, "/api/v1/admin/clients/" + slowId, null, 404);
        gateway.get(slow, "/api/v1/reports/targets", 401);
    }

    private static String createClient(String body) {
        return gateway.send("POST", admin, "/api/v1/admin/clients", body.formatted(RUN + "-" + UUID.randomUUID()), 201)
                .json().path("apiKey").asText();
    }

    private String createTask(String planAdmin, String code, String schedule) {
        gateway.send("POST", planAdmin, "/api/v1/plan/tasks", """
                {"code": "%s", "plan": "CONTRACT-%s", "group": "I", "title": "Nhiệm vụ thử nghiệm hợp đồng API",
                 "lead": {"text": "Sở Y tế", "units": ["SO-YTE"]}, "coordinating": null, "schedule": %s}"""
                .formatted(code, RUN, schedule), 201);
        return code;
    }

    private static String record(String suffix, String qualification) {
        return RECORD.formatted("HR-" + RUN + "-" + suffix, suffix, qualification);
    }
}
