package vn.gialai.iwd.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public pages in a real browser (Debian's Chromium through Selenium) against a running stack
 * with known records: the numbers on the page are the public API's, the language toggle works,
 * axe-core finds no serious violation, nothing is logged to the console, a phone does not scroll
 * sideways, the keyboard reaches every link and the annual report prints to a few A4 pages.
 * Screenshots, axe reports and the PDF go to target/artifacts.
 */
class PublicPagesBrowserTest {

    private static final Path ARTIFACTS = Path.of("target", "artifacts");
    private static final Set<String> SHARES = Set.of("UNIVERSITY_PLUS_SHARE", "CIVIL_SERVANT_STANDARD_SHARE");
    private static final String WITHHELD = "—";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Stack stack;
    private static ChromeDriver browser;
    private static int year;
    private static int revision;

    @BeforeAll
    static void knownDataAndABrowser() throws IOException {
        stack = new Stack(System.getProperty("iwd.gateway.url"), System.getenv("IWD_ADMIN_API_KEY"));
        stack.pushKnownRecords(48);
        year = Year.now(ZoneId.of("Asia/Ho_Chi_Minh")).getValue();
        revision = stack.publishAnnualReport(year);
        // The gateway keeps a page for its max-age; wait so that every page is built after the data settled.
        Stack.sleep(stack.pageLifetime().plusSeconds(1));
        Files.createDirectories(ARTIFACTS);

        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1280,1600",
                        "--user-data-dir=" + Files.createTempDirectory("iwd-chromium"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(driver, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60)).pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void desktopWidth() {
        browser.manage().window().setSize(new Dimension(1280, 1600));
    }

    @Test
    void theDashboardShowsExactlyThePublicFigures() throws IOException {
        open("/");
        screenshot("dashboard-vi");
        JsonNode indicators = stack.publicAnswer("indicators");
        int compared = 0;
        for (JsonNode indicator : indicators.get("indicators")) {
            String code = indicator.get("code").asText();
            List<WebElement> shown = browser.findElements(By.cssSelector("[data-indicator=" + code + "]"));
            assertFalse(shown.isEmpty(), code + " is on the page");
            for (WebElement element : shown) {
                assertShows(indicator.path("value"), indicator.path("suppressed").asBoolean(), SHARES.contains(code),
                        element.getText(), code);
                compared++;
            }
        }
        for (WebElement chart : browser.findElements(By.cssSelector("figure.chart"))) {
            String by = chart.getAttribute("id").substring("chart-".length());
            JsonNode breakdown = stack.publicAnswer("breakdown?by=" + by);
            assertEquals(breakdown.get("rows").size(), chart.findElements(By.cssSelector("tbody tr")).size(), by);
            for (JsonNode row : breakdown.get("rows")) {
                WebElement shown = chart.findElement(By.cssSelector("tr[data-key='" + row.get("key").asText() + "']"));
                boolean suppressed = row.get("suppressed").asBoolean();
                assertShows(row.get("count"), suppressed, false, shown.findElement(By.cssSelector("[data-count]")).getText(), by);
                assertShows(row.get("universityPlusShare"), suppressed, true,
                        shown.findElement(By.cssSelector("[data-share]")).getText(), by);
                compared += 2;
            }
        }
        JsonNode contributions = stack.publicAnswer("contributions?by=type");
        assertTrue(contributions.get("rows").size() >= 3, "the known records' contributions are counted: " + contributions);
        for (JsonNode row : contributions.get("rows")) {
            WebElement shown = browser.findElement(By.cssSelector("#contributions tr[data-key='" + row.get("key").asText() + "']"));
            boolean suppressed = row.get("suppressed").asBoolean();
            assertShows(row.get("contributions"), suppressed, false,
                    shown.findElement(By.cssSelector("[data-contributions]")).getText(), "contributions");
            assertShows(row.get("contributors"), suppressed, false,
                    shown.findElement(By.cssSelector("[data-contributors]")).getText(), "contributors");
            compared += 2;
        }
        JsonNode trend = stack.publicAnswer("trend?from=2024&to=2045");
        for (JsonNode series : trend.get("series")) {
            List<WebElement> shown = browser.findElements(By.cssSelector("#trend-" + series.get("code").asText()));
            assertEquals(1, shown.size(), series.get("code") + " has its trend chart");
            for (JsonNode point : series.get("points")) {
                List<WebElement> row = shown.get(0).findElements(By.cssSelector("tr[data-year='" + point.get("year").asInt() + "']"));
                if (!row.isEmpty()) {
                    assertShows(point.get("value"), point.path("suppressed").asBoolean(),
                            SHARES.contains(series.get("code").asText()),
                            row.get(0).findElement(By.cssSelector("[data-value]")).getText(), "trend " + point);
                    compared++;
                }
            }
        }
        assertTrue(compared > 40, "compared " + compared + " figures");
        long withheldCells = browser.findElements(By.cssSelector("[data-count], [data-share]")).stream()
                .filter(cell -> cell.getText().startsWith(WITHHELD)).count();
        long explained = browser.findElements(By.cssSelector("figure.chart figcaption")).stream()
                .filter(caption -> caption.getText().contains(WITHHELD + " :")).count();
        assertTrue(withheldCells == 0 || explained > 0, "a withheld cell comes with the note that explains the mark");
        JsonNode plan = stack.publicAnswer("plan-progress");
        // The plan's 11 seeded tasks, plus any an earlier check of this stack created.
        assertTrue(plan.get("tasks").asInt() >= 11, "every task of the plan is counted, the seeded ones too: " + plan);
        assertTrue(browser.findElement(By.cssSelector("#plan-groups caption")).getText().startsWith(plan.get("tasks").asInt() + " "));
        assertEquals(plan.get("agencies").size(), browser.findElements(By.cssSelector("#agencies tbody tr")).size());
    }

    @Test
    void theLanguageToggleSwitchesTheWholePage() throws IOException {
        open("/");
        assertEquals("vi", browser.findElement(By.tagName("html")).getAttribute("lang"));
        String vietnameseTitle = browser.getTitle();
        browser.findElement(By.id("language-toggle")).click();
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertFalse(vietnameseTitle.equals(browser.getTitle()));
        assertTrue(browser.findElement(By.id("targets-heading")).getText().startsWith("Targets"));
        String count = browser.findElement(By.cssSelector("p.value[data-indicator=COLLEGE_PLUS_COUNT]")).getText();
        assertFalse(count.contains("."), "English numbers group with commas: " + count);
        screenshot("dashboard-en");
        browser.findElement(By.id("language-toggle")).click();
        assertEquals("vi", browser.findElement(By.tagName("html")).getAttribute("lang"));
    }

    @Test
    void axeFindsNoSeriousViolation() throws IOException {
        String axe = Files.readString(Path.of("node_modules", "axe-core", "axe.min.js"), StandardCharsets.UTF_8);
        for (String path : List.of("/", "/?lang=en", "/annual/" + year, "/annual/" + year + "?lang=en", "/annual/1999")) {
            open(path);
            browser.executeScript(axe);
            String violations = (String) browser.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
                       .then(result => done(JSON.stringify(result.violations)))
                       .catch(error => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(error)}])));""");
            Files.writeString(ARTIFACTS.resolve("axe" + path.replaceAll("[^A-Za-z0-9]+", "-") + ".json"), violations);
            List<String> serious = new ArrayList<>();
            for (JsonNode violation : JSON.readTree(violations)) {
                String impact = violation.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    serious.add(violation.get("id").asText() + " (" + impact + "): " + violation.path("help").asText()
                            + " at " + violation.path("nodes").path(0).path("target"));
                }
            }
            assertEquals(List.of(), serious, path);
        }
    }

    @Test
    void nothingIsLoggedToTheConsole() {
        for (String path : List.of("/", "/?lang=en", "/annual/" + year, "/annual/1999")) {
            browser.manage().logs().get(LogType.BROWSER);
            open(path);
            List<String> errors = new ArrayList<>();
            for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
                // The 404 page's own status is reported by Chromium as a failed resource: that one is expected.
                boolean expected404 = path.equals("/annual/1999") && entry.getMessage().contains("404");
                if (!expected404) {
                    errors.add(entry.getLevel() + " " + entry.getMessage());
                }
            }
            assertEquals(List.of(), errors, path);
        }
        assertEquals(404, stack.status("/annual/1999"));
    }

    @Test
    void aPhoneDoesNotScrollSideways() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String path : List.of("/", "/?lang=en", "/annual/" + year)) {
            open(path);
            long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth;");
            long content = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
            assertTrue(viewport <= 400, "the phone's viewport: " + viewport);
            assertTrue(content <= viewport, path + ": content " + content + " px wide in a " + viewport + " px viewport");
        }
        open("/");
        screenshot("dashboard-phone");
    }

    @Test
    void theKeyboardReachesEveryLinkStartingWithTheSkipLink() {
        open("/");
        Set<String> links = new HashSet<>();
        for (WebElement link : browser.findElements(By.cssSelector("a[href]"))) {
            links.add(link.getAttribute("href"));
        }
        Set<String> reached = new HashSet<>();
        Actions keyboard = new Actions(browser);
        keyboard.sendKeys(Keys.TAB).perform();
        WebElement first = browser.switchTo().activeElement();
        assertEquals("#main", first.getDomAttribute("href"), "the first Tab goes to the skip link");
        for (int i = 0; i < 100 && !reached.containsAll(links); i++) {
            String href = browser.switchTo().activeElement().getAttribute("href");
            if (href != null) {
                reached.add(href);
            }
            keyboard.sendKeys(Keys.TAB).perform();
        }
        assertEquals(links, reached);
    }

    @Test
    void theAnnualReportPrintsToAFewA4Pages() throws IOException {
        open("/annual/" + year);
        assertEquals(String.valueOf(revision), browser.findElement(By.id("revision")).getAttribute("data-revision"));
        screenshot("annual-report");
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(29.7, 21.0));
        a4.setBackground(true);
        Pdf pdf = browser.print(a4);
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        Files.write(ARTIFACTS.resolve("annual-report.pdf"), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 1 && pages <= 8, pages + " pages");
            PDRectangle size = document.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), size.getWidth(), 2, "A4 width");
            assertEquals(PDRectangle.A4.getHeight(), size.getHeight(), 2, "A4 height");
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Bản số " + revision), "the revision is printed");
            assertTrue(text.contains("Quy tắc công bố"), "the methodology is printed");
            assertFalse(text.contains("English"), "the language toggle is not printed");
        }
    }

    /** The page shows the API's value: a count (3.038), a share (77,5 %), or the withheld mark. */
    private static void assertShows(JsonNode value, boolean suppressed, boolean share, String shown, String what) {
        if (suppressed || value.isMissingNode() || value.isNull()) {
            assertTrue(shown.startsWith(WITHHELD), what + ": withheld, shown as " + shown);
            return;
        }
        if (share) {
            BigDecimal expected = value.decimalValue().movePointRight(2).setScale(1, RoundingMode.HALF_UP);
            assertEquals(expected, new BigDecimal(shown.replace("%", "").replace(",", ".").strip()), what + ": " + shown);
        } else {
            assertEquals(value.asLong(), Long.parseLong(shown.replace(".", "")), what + ": " + shown);
        }
    }

    private static void open(String path) {
        browser.get(stack.gateway + path);
    }

    private static void screenshot(String name) throws IOException {
        Files.write(ARTIFACTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
