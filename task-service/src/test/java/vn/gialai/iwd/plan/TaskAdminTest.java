package vn.gialai.iwd.plan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** plan-admin creates and edits tasks; everyone else reads them. */
@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
class TaskAdminTest {

    @Test
    void createdTaskIsReadBackWithItsDefinition() {
        String code = PlanApi.createTask(PlanApi.newPlan(), """
                {"text": "Các sở, ban, ngành; Sở Y tế", "units": ["SO-YTE"], "groups": ["SO-BAN-NGANH"]}""", "null", """
                {"kind": "DEADLINE", "text": "Quý IV/2026", "dueDate": "2026-12-31"}""");
        given().header("Authorization", Tokens.submitter("SO-YTE")).get(PlanApi.BASE + "/tasks/" + code)
                .then().statusCode(200)
                .body("lead.groups", equalTo(List.of("SO-BAN-NGANH")))
                .body("leadAgencies", hasItems("SO-YTE", "SO-KHCN", "SO-NV"))
                .body("coordinatingAgencies", equalTo(List.of()))
                .body("schedule.kind", equalTo("DEADLINE")).body("schedule.dueDate", equalTo("2026-12-31"))
                .body("version", equalTo(1));
    }

    @Test
    void patchReplacesOnlyTheFieldsSent() {
        String code = PlanApi.createTask(PlanApi.newPlan(), """
                {"units": ["SO-YTE"]}""", "null", """
                {"kind": "DEADLINE", "dueDate": "2026-12-31"}""");
        patch(Tokens.planAdmin(), code, """
                {"title": "Tên mới", "schedule": {"kind": "ANNUAL_FROM", "startYear": 2026}}""")
                .statusCode(200).body("title", equalTo("Tên mới")).body("schedule.kind", equalTo("ANNUAL_FROM"))
                .body("schedule.startYear", equalTo(2026)).body("leadAgencies", equalTo(List.of("SO-YTE")))
                .body("version", equalTo(2));
    }

    @Test
    void scheduleFieldsMustFitTheKindAndAgenciesMustExist() {
        given().header("Authorization", Tokens.planAdmin()).contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "plan": "P", "group": "I", "title": "x",
                         "lead": {"units": ["SO-KHONG-CO"], "groups": ["NHOM-LA"]},
                         "schedule": {"kind": "DEADLINE", "startYear": 2025}}""".formatted(PlanApi.newTaskCode()))
                .when().post(PlanApi.BASE + "/tasks")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("schedule.dueDate", "schedule.startYear", "lead.units[0]", "lead.groups[0]"))
                .body("errors.code", hasItems("REQUIRED", "NOT_ALLOWED", "UNKNOWN_AGENCY", "UNKNOWN_GROUP"));
        patch(Tokens.planAdmin(), "I.2", """
                {"lead": {"text": "Không ai"}}""")
                .statusCode(400).body("errors[0].field", equalTo("lead"));
        patch(Tokens.planAdmin(), "I.2", """
                {"title": ""}""")
                .statusCode(400).body("errors[0].field", equalTo("title"));
        patch(Tokens.planAdmin(), "I.2", """
                {"code": "I.9"}""")
                .statusCode(400).body("errors[0].code", equalTo("UNKNOWN_FIELD"));
    }

    @Test
    void codesAreUniqueAndOnlyPlanAdminWrites() {
        given().header("Authorization", Tokens.planAdmin()).contentType(ContentType.JSON)
                .body("""
                        {"code": "I.1", "plan": "KH-107-2024", "group": "I", "title": "x",
                         "lead": {"units": ["SO-KHCN"]}, "schedule": {"kind": "ONGOING", "startYear": 2024}}""")
                .when().post(PlanApi.BASE + "/tasks").then().statusCode(409).contentType("application/problem+json");
        patch(Tokens.submitter("SO-KHCN"), "I.1", """
                {"title": "x"}""").statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.submitter("SO-KHCN")).contentType(ContentType.JSON)
                .body("""
                        {"occurredOn": "2025-01-01", "reference": "x"}""")
                .when().post(PlanApi.BASE + "/tasks/II.1/trigger").then().statusCode(403);
        patch(Tokens.planAdmin(), "IX.9", """
                {"title": "x"}""").statusCode(404);
    }

    @Test
    void listPagesWithAnOpaqueCursor() {
        String next = given().header("Authorization", Tokens.portal())
                .get(PlanApi.BASE + "/tasks?plan=KH-107-2024&limit=10")
                .then().statusCode(200).body("items.size()", equalTo(10)).extract().path("nextCursor");
        given().header("Authorization", Tokens.portal())
                .get(PlanApi.BASE + "/tasks?plan=KH-107-2024&limit=10&cursor=" + next)
                .then().statusCode(200).body("items.code", equalTo(List.of("V.3"))).body("nextCursor", equalTo(null));
        given().header("Authorization", Tokens.portal()).get(PlanApi.BASE + "/tasks?cursor=nonsense")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().header("Authorization", Tokens.portal()).get(PlanApi.BASE + "/tasks?limit=1001")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static ValidatableResponse patch(String token, String code, String body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().patch(PlanApi.BASE + "/tasks/" + code).then();
    }
}
