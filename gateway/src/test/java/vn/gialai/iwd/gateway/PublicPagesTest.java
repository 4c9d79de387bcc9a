package vn.gialai.iwd.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public pages as a browser receives them, built from the public API's answers in
 * src/test/resources/public-api (served by {@link FakeServicesResource}). The browser tests in
 * deploy/browser check the same pages against a real stack.
 */
@QuarkusTest
@QuarkusTestResource(FakeServicesResource.class)
class PublicPagesTest {

    @Inject
    @CacheName("public-pages")
    Cache pages;

    @BeforeEach
    @AfterEach
    void freshPages() {
        FakeServicesResource.publicApiDown = false;
        pages.invalidateAll().await().indefinitely();
    }

    @Test
    void theDashboardShowsThePublicFiguresInVietnameseFormats() {
        Document page = page("/", 200);
        assertEquals("vi", page.selectFirst("html").attr("lang"));
        assertEquals("3.038", text(page, "[data-indicator=COLLEGE_PLUS_COUNT]"));
        assertEquals("77,5 %", text(page, "[data-indicator=UNIVERSITY_PLUS_SHARE]"));
        assertEquals("1.519", text(page, "[data-indicator=WOMEN_COUNT]"));
        assertEquals("0", text(page, "[data-indicator=DOCTORATE_COUNT]"), "a published zero stays a zero");
        assertTrue(page.text().contains("Mục tiêu năm 2030: 136.000"));
        assertTrue(page.text().contains("Số liệu cập nhật: 10:04 ngày 01/12/2026"), "the province's time");
        assertEquals(List.of("Có nguy cơ", "Có nguy cơ"), texts(page, "#headline-COLLEGE_PLUS_COUNT .status"));
        assertEquals(List.of("Đạt", "Đúng tiến độ"), texts(page, "#headline-UNIVERSITY_PLUS_SHARE .status"));
        assertEquals("117,5 %", page.selectFirst("#headline-COLLEGE_PLUS_COUNT .growth").text().replaceAll(".* ([0-9,]+.%).*", "$1"));
        assertEquals(List.of("sector", "unit", "stateApparatus", "gender", "ethnicGroup", "ageBand", "qualification"),
                page.select("figure.chart").eachAttr("id").stream().map(id -> id.substring("chart-".length())).toList());
        assertEquals(List.of("2.000", "1.038"), texts(page, "#chart-sector [data-count]"));
        assertEquals(List.of("75,0 %", "82,3 %"), texts(page, "#chart-sector [data-share]"));
    }

    @Test
    void withheldValuesAreMarkedNeverShownAsZero() {
        Document page = page("/", 200);
        assertEquals("— (được ẩn)", text(page, "[data-indicator=PROFESSOR_COUNT]"));
        assertEquals(List.of("— (được ẩn)", "— (được ẩn)", "— (được ẩn)"), texts(page, "#chart-ethnicGroup [data-count]"));
        assertTrue(text(page, "#chart-ethnicGroup figcaption").contains("số nhỏ được ẩn"), "a note explains the mark");
        assertFalse(text(page, "#chart-sector figcaption").contains("số nhỏ được ẩn"), "only where something is withheld");
        assertEquals("12", text(page, "#chart-unit tr[data-key=SO-NV] [data-count]"));
        assertEquals("— (được ẩn)", text(page, "#chart-unit tr[data-key=SO-NV] [data-share]"), "a count shown, its share withheld");
        assertTrue(text(page, "#chart-unit figcaption").contains("số nhỏ được ẩn"));
    }

    @Test
    void dataIsTextNeverMarkup() {
        Response response = given().get("/");
        assertFalse(response.asString().contains("<script>"), "a unit's name is escaped");
        assertEquals("<script>alert('Sở Y tế')</script>", text(Jsoup.parse(response.asString()), "#chart-unit tr[data-key=SO-YTE] th"));
        response.then().header("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'none'"))
                .header("Content-Type", "text/html;charset=UTF-8");
    }

    @Test
    void englishSwitchesEveryLabelAndNumberFormat() {
        Document page = page("/?lang=en", 200);
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals("3,038", text(page, "[data-indicator=COLLEGE_PLUS_COUNT]"));
        assertEquals("77.5%", text(page, "[data-indicator=UNIVERSITY_PLUS_SHARE]"));
        assertEquals(List.of("Achieved", "On track"), texts(page, "#headline-UNIVERSITY_PLUS_SHARE .status"));
        assertTrue(page.text().contains("Figures as of 10:04, 1 December 2026"));
        assertEquals("Kinh", text(page, "#chart-ethnicGroup tbody tr[data-key=KINH] th"));
        assertEquals("Tiếng Việt", text(page, "#language-toggle"));
        assertEquals("/", page.selectFirst("#language-toggle").attr("href"));
        assertEquals("/?lang=en", page("/", 200).selectFirst("#language-toggle").attr("href"));
    }

    @Test
    void planProgressByGroupInThePlansOrderAndAgenciesCompliance() {
        Document page = page("/", 200);
        assertEquals(List.of("I", "II", "III", "IV", "V"), page.select("#plan-groups tbody tr").eachAttr("data-group"));
        assertEquals("Hoàn thành: 1 Quá hạn: 1", text(page, "#plan-groups tr[data-group=I] .parts"));
        assertEquals("75,0 %", page.select("#agencies tr[data-agency=SO-KHCN] td").last().text());
        assertEquals("—", page.select("#agencies tr[data-agency=SO-NV] td").last().text(), "nothing due yet");
    }

    @Test
    void theAnnualReportShowsItsRevisionAndMethodology() {
        Document page = page("/annual/2025", 200);
        assertEquals("2", page.selectFirst("#revision").attr("data-revision"));
        assertTrue(text(page, "#revision").contains("Bản số 2, công bố lúc 09:00 ngày 20/01/2026. Số liệu tính đến ngày 31/12/2025."));
        assertEquals(List.of("sector", "gender"), page.select("figure.chart").eachAttr("id").stream()
                .map(id -> id.substring("chart-".length())).toList(), "the dashboard's order");
        assertEquals(List.of("Ai được đếm", "Định nghĩa chỉ số", "Quy tắc công bố"), texts(page, ".methodology h3"));
        assertEquals("Annual report 2025 on Gia Lai's intellectual workforce", page("/annual/2025?lang=en", 200).title());
        assertTrue(page("/", 200).select(".reports a").eachAttr("href").contains("/annual/2025"), "linked from the dashboard");
    }

    @Test
    void theTrendDrawsTheYearsSoFarTheProjectionAndTheTargetsWithATable() {
        Document page = page("/", 200);
        assertEquals(List.of("COLLEGE_PLUS_COUNT", "UNIVERSITY_PLUS_SHARE"), page.select("figure.trend").eachAttr("id")
                .stream().map(id -> id.substring("trend-".length())).toList(), "the headlines the trend has");
        org.jsoup.nodes.Element count = page.selectFirst("#trend-COLLEGE_PLUS_COUNT");
        String[] observed = count.selectFirst("polyline.observed").attr("points").split(" ");
        String[] projected = count.selectFirst("polyline.projected").attr("points").split(" ");
        assertEquals(3, observed.length, "2024 to 2026");
        assertEquals(observed[2], projected[0], "the projection starts where the years so far end");
        assertEquals(6, projected.length);
        assertEquals("10.0", observed[0].split(",")[0], "2024 at the left margin");
        assertEquals(2, count.select("circle.target").size(), "the 2030 and 2045 targets");
        assertTrue(count.selectFirst("circle.target title").text().contains("136.000"));
        assertTrue(count.selectFirst("svg title").text().startsWith("Số trí thức"), "the chart has a text title");
        assertEquals(List.of("2024", "2025", "2026", "2030", "2045"), count.select("tbody tr").eachAttr("data-year"),
                "the table: the years so far and the target years");
        assertEquals(List.of("2.750", "2.900", "3.038", "3.659", "7.340"), texts(page, "#trend-COLLEGE_PLUS_COUNT [data-value]"));
        assertEquals("Dự báo", page.select("#trend-COLLEGE_PLUS_COUNT tbody tr").last().select("td").last().text());
        assertEquals("— (được ẩn)", text(page, "#trend-UNIVERSITY_PLUS_SHARE tr[data-year=2024] [data-value]"));
        assertEquals("80,0 %", text(page, "#trend-UNIVERSITY_PLUS_SHARE tr[data-year=2030] [data-value]"));
        assertTrue(text(page, "#trend-UNIVERSITY_PLUS_SHARE figcaption").contains("số nhỏ được ẩn"));
        assertEquals("Projected", page("/?lang=en", 200).select("#trend-COLLEGE_PLUS_COUNT tbody tr").last()
                .select("td").last().text());
    }

    @Test
    void contributionsByTypeAndLevelWithWithheldCellsMarked() {
        Document page = page("/", 200);
        assertEquals(List.of("INITIATIVE", "PATENT", "RESEARCH_PROJECT", "AWARD"),
                page.select("#contributions tbody tr").eachAttr("data-key"));
        assertEquals(List.of("820", "400", "520", "300", "0", "0"),
                page.select("#contributions tr[data-key=INITIATIVE] td").eachText(), "contributions, contributors, by level");
        assertEquals("— (được ẩn)", text(page, "#contributions tr[data-key=PATENT] [data-contributions]"));
        assertEquals("— (được ẩn)", page.select("#contributions tr[data-key=RESEARCH_PROJECT] [data-level]").get(2).text(),
                "a withheld cell is marked, never 0");
        assertEquals(List.of("Cấp cơ sở", "Cấp tỉnh", "Cấp quốc gia", "Quốc tế"),
                page.select("#contributions thead th").eachText().subList(3, 7));
        assertTrue(text(page, "#contributions figcaption").contains("Tổng: 1.240 đóng góp của 610 người."));
        assertTrue(text(page, "#contributions figcaption").contains("số nhỏ được ẩn"));
        Document english = page("/?lang=en", 200);
        assertEquals("Patents and utility solutions", text(english, "#contributions tr[data-key=PATENT] th"));
        assertEquals("Contributions of the intellectual workforce", text(english, "#contributions-heading"));
        // The annual report shows the year's contributions by type.
        Document annual = page("/annual/2025", 200);
        assertEquals(List.of("96", "80"), annual.select("#contributions tr[data-key=INITIATIVE] td").eachText());
        assertEquals("Đóng góp trong năm theo loại", text(annual, "#contributions caption"));
        assertTrue(text(annual, "#contributions figcaption").contains("Tổng: — đóng góp của — người."));
        assertTrue(text(annual, "#contributions figcaption").contains("số nhỏ được ẩn"), "the mark is explained");
    }

    @Test
    void aYearNotPublishedIsA404Page() {
        for (String path : List.of("/annual/2024", "/annual/abcd", "/annual/2025?revision=0")) {
            Document page = page(path, 404);
            assertEquals("vi", page.selectFirst("html").attr("lang"), path);
            assertTrue(page.selectFirst("h1").text().startsWith("Không tìm thấy báo cáo năm"), path);
        }
    }

    @Test
    void withoutThePublicApiThePageSaysSoWithRetryAfter() {
        FakeServicesResource.publicApiDown = true;
        given().get("/?lang=en").then().statusCode(503).header("Retry-After", "30")
                .header("Cache-Control", "no-store").contentType("text/html");
        assertEquals("The figures cannot be shown right now", Jsoup.parse(given().get("/?lang=en").asString()).selectFirst("h1").text());
    }

    private static Document page(String path, int status) {
        return Jsoup.parse(given().get(path).then().statusCode(status).contentType("text/html").extract().asString());
    }

    private static String text(Document page, String selector) {
        return page.selectFirst(selector).text();
    }

    private static List<String> texts(Document page, String selector) {
        return page.select(selector).eachText();
    }
}
