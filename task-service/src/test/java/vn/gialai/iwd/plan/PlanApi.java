package vn.gialai.iwd.plan;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** The HTTP calls the tests make, with fresh plan and task codes so that runs never see each other's data. */
final class PlanApi {

    static final String BASE = "/api/v1/plan";

    private PlanApi() {
    }

    static String newPlan() {
        return "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static String newTaskCode() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + ".1";
    }

    /** Creates a task as plan-admin; {@code lead} and {@code schedule} are JSON objects. */
    static String createTask(String plan, String lead, String coordinating, String schedule) {
        String code = newTaskCode();
        given().header("Authorization", Tokens.planAdmin()).contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "plan": "%s", "group": "I", "title": "Nhiệm vụ thử nghiệm",
                         "lead": %s, "coordinating": %s, "schedule": %s}""".formatted(code, plan, lead, coordinating, schedule))
                .when().post(BASE + "/tasks")
                .then().statusCode(201);
        return code;
    }

    static ValidatableResponse task(String code, LocalDate asOf) {
        return given().header("Authorization", Tokens.portal())
                .when().get(BASE + "/tasks/" + code + "?asOf=" + asOf).then().statusCode(200);
    }

    static ValidatableResponse report(String token, String code, String body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post(BASE + "/tasks/" + code + "/reports").then();
    }

    static String reportBody(String period, String status) {
        return """
                {"period": "%s", "status": "%s", "summary": "Đã triển khai theo kế hoạch.",
                 "evidence": ["https://example.gov.vn/van-ban/1"]}""".formatted(period, status);
    }

    static ValidatableResponse trigger(String code, LocalDate occurredOn) {
        return given().header("Authorization", Tokens.planAdmin()).contentType(ContentType.JSON)
                .body("""
                        {"occurredOn": "%s", "reference": "Nghị định 179/2024/NĐ-CP"}""".formatted(occurredOn))
                .when().post(BASE + "/tasks/" + code + "/trigger").then();
    }
}
