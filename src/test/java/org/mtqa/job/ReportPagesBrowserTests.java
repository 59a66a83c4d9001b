package org.mtqa.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtqa.finding.Category;
import org.mtqa.report.FileReport;
import org.mtqa.report.FileStatus;
import org.mtqa.report.FileSummary;
import org.mtqa.report.FindingReport;
import org.mtqa.report.HtmlReports;
import org.mtqa.report.JsonReports;
import org.mtqa.report.RunSummary;
import org.mtqa.score.Verdict;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Opens the reports of a real run over the seeds in headless Chromium, as QA staff would: highlights, selection,
 * keyboard, the index's filters, and the layout on a phone. Uses Debian's chromium and chromedriver, so nothing is
 * downloaded; without them the tests are skipped with the reason. Screenshots go to {@code target/screenshots/}.
 */
@SpringBatchTest
// each context holds a LanguageTool per worker thread: close it after the class instead of caching it
@DirtiesContext
@SpringBootTest(properties = {
        "mtqa.run-on-startup=false",
        "mtqa.threads=2",
        "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1"})
class ReportPagesBrowserTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Path WORK = TestFolders.newTempFolder("mtqa-browser");
    private static final Path INPUT = WORK.resolve("in");
    private static final Path REPORTS = WORK.resolve("reports");
    /** The seed with the most kinds of findings. */
    private static final String SEED = "000_ed383d653d7603f8.txt";

    /**
     * Held so its level sticks: Selenium warns that it has no DevTools bindings for Debian's Chromium version, which
     * these WebDriver-only tests do not need.
     */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private static ChromeDriver browser;
    private static boolean reportsWritten;

    @Autowired
    private JobOperatorTestUtils jobOperatorTestUtils;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        TestFolders.copySeeds(INPUT);
        TestFolders.write(INPUT.resolve("broken.txt"), new byte[] {'a', 0});
        registry.add("mtqa.input", INPUT::toString);
        registry.add("mtqa.reports", REPORTS::toString);
    }

    /** Why the browser tests cannot run here, or null when Debian's chromium and chromedriver are installed. */
    private static final String MISSING_BROWSER = missingBrowser();

    @BeforeAll
    static void startBrowser() {
        if (MISSING_BROWSER != null) {
            System.err.println("[WARNING] " + MISSING_BROWSER); // surefire shows skip reasons in its reports only
            return;
        }
        SELENIUM_LOG.setLevel(Level.SEVERE);
        // both paths given, so Selenium Manager has nothing to look up or download
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build(), options);
    }

    private static String missingBrowser() {
        String missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(p -> !Files.isExecutable(p)).map(Path::toString)
                .collect(Collectors.joining(" and "));
        return missing.isEmpty() ? null : "browser tests skipped: " + missing
                + " not found; install the Debian packages chromium and chromium-driver";
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void writeReportsOnce() throws Exception {
        // in each test rather than once for the class, so that surefire counts every test as skipped
        Assumptions.assumeTrue(MISSING_BROWSER == null, MISSING_BROWSER);
        if (!reportsWritten) {
            assertThat(jobOperatorTestUtils.startJob(jobOperatorTestUtils.getUniqueJobParameters()).getStatus())
                    .isEqualTo(BatchStatus.COMPLETED);
            reportsWritten = true;
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void reportPage_WhenOpened_ThenEachFindingHasExactlyOneHighlightWithItsSpan() throws IOException {
        for (String seed : TestFolders.seedNames()) {
            FileReport report = report(seed);
            open(seed.replace(".txt", ".html"));

            List<List<Object>> marks = script("return [].map.call(document.querySelectorAll('mark.hl'),"
                    + " function (m) { return [m.dataset.index, m.dataset.start, m.dataset.end]; });");

            Map<Integer, List<Integer>> spans = new HashMap<>();
            for (List<Object> mark : marks) {
                List<Integer> span = List.of(Integer.valueOf((String) mark.get(1)),
                        Integer.valueOf((String) mark.get(2)));
                assertThat(spans.put(Integer.valueOf((String) mark.get(0)), span)).as("second highlight in " + seed)
                        .isNull();
            }
            assertThat(spans).as(seed).hasSize(report.findings().size());
            for (int i = 0; i < report.findings().size(); i++) {
                FindingReport finding = report.findings().get(i);
                assertThat(spans.get(i)).as("%s finding %d", seed, i).containsExactly(finding.start(), finding.end());
            }
        }
    }

    @Test
    void reportPage_WhenRowOrHighlightIsClickedOrKeysPressed_ThenTheFindingIsSelectedInBoth() throws IOException {
        List<FindingReport> findings = report(SEED).findings();
        int anwo = indexOf(findings, "anwo");
        int pjoengjanglaut = indexOf(findings, "Pjöngjanglaut");
        open(SEED.replace(".txt", ".html"));

        // a row selects its highlight and scrolls it into view
        browser.findElement(By.id("row" + pjoengjanglaut)).click();
        assertSelected(pjoengjanglaut);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> isInView("f" + pjoengjanglaut));

        // a highlight selects its row, and the address points at it
        browser.findElement(By.id("f" + anwo)).click();
        assertSelected(anwo);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> isInView("row" + anwo));
        assertThat(browser.getCurrentUrl()).endsWith("#f" + anwo);

        // j moves to the next finding, k back
        browser.findElement(By.tagName("body")).sendKeys("j");
        assertSelected(anwo + 1);
        browser.findElement(By.tagName("body")).sendKeys("k");
        assertSelected(anwo);

        assertThat(browser.findElement(By.id("repaired-text")).findElements(By.tagName("ins"))).isNotEmpty();
        screenshotAt("findings", "report-findings.png");
        screenshotAt("repaired", "report-repaired.png");
        browser.findElement(By.id("row" + pjoengjanglaut)).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> isInView("f" + pjoengjanglaut));
        script("window.scrollTo(0, 0);");
        screenshot("report-page.png");
    }

    @Test
    void index_WhenFilteredOrSearched_ThenOnlyMatchingFilesAreShown() throws IOException {
        RunSummary summary = JsonReports.parse(Files.readString(REPORTS.resolve("summary.json")), RunSummary.class);
        open("index.html");
        long pageHeight = script("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(1280, (int) Math.min(pageHeight + 200, 1600)));
        screenshot("index.png");

        // worst first: the unreadable file, then the rejected ones by score, then REVIEW, then PASS
        assertThat(visibleFiles()).containsExactlyElementsOf(summary.files().stream().sorted(HtmlReports.WORST_FIRST)
                .map(FileSummary::file).toList());
        assertThat(visibleFiles().get(0)).isEqualTo("broken.txt");

        Select verdict = new Select(browser.findElement(By.id("verdict-filter")));
        verdict.selectByValue("REJECT");
        assertThat(visibleFiles()).containsExactlyInAnyOrderElementsOf(files(summary,
                f -> f.status() == FileStatus.CHECKED && f.verdict() == Verdict.REJECT)).isNotEmpty();
        verdict.selectByValue("");

        Select category = new Select(browser.findElement(By.id("category-filter")));
        category.selectByValue(Category.FUSED_WORD.name());
        assertThat(visibleFiles()).containsExactlyInAnyOrderElementsOf(files(summary,
                f -> f.counts().containsKey(Category.FUSED_WORD))).isNotEmpty();
        category.selectByValue("");

        browser.findElement(By.id("name-filter")).sendKeys("002_");
        assertThat(visibleFiles()).containsExactly("002_4b7fe444fce4083d.txt");
        assertThat(browser.findElement(By.id("shown")).getText()).isEqualTo("1 of 6 files shown");
    }

    @Test
    void pages_WhenViewedOnAPhone_ThenTheyDoNotScrollSideways() {
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String page : List.of(SEED.replace(".txt", ".html"), "index.html")) {
            open(page);
            long overflow = script("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow).as(page).isLessThanOrEqualTo(0);
        }
        open(SEED.replace(".txt", ".html"));
        screenshot("report-page-phone.png");
    }

    @Test
    void reportPage_WhenPrinted_ThenHeadersAreNotStickyAndHighlightsKeepTheirColours() {
        open(SEED.replace(".txt", ".html"));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            List<String> styles = script("function css(selector, property) {"
                    + " return getComputedStyle(document.querySelector(selector))[property]; }"
                    + " return [css('th', 'position'), css('p.keys', 'display'), css('mark.hl', 'printColorAdjust')];");

            assertThat(styles).containsExactly("static", "none", "exact");
            screenshot("report-page-print.png");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    private void open(String page) {
        browser.get(REPORTS.resolve(page).toUri().toString());
    }

    private void assertSelected(int index) {
        assertThat(browser.findElement(By.id("f" + index)).getDomAttribute("class")).as("highlight")
                .contains("selected");
        assertThat(browser.findElement(By.id("row" + index)).getDomAttribute("class")).as("row").contains("selected");
        assertThat(browser.findElements(By.cssSelector("mark.selected"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("tr.selected"))).hasSize(1);
    }

    private boolean isInView(String id) {
        Boolean inView = script("var r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;", id);
        return inView;
    }

    private List<String> visibleFiles() {
        return browser.findElements(By.cssSelector("#files tbody tr")).stream().filter(WebElement::isDisplayed)
                .map(row -> row.getDomAttribute("data-file")).toList();
    }

    private static List<String> files(RunSummary summary, Predicate<FileSummary> filter) {
        return summary.files().stream().filter(filter).map(FileSummary::file).toList();
    }

    private static int indexOf(List<FindingReport> findings, String text) {
        return IntStream.range(0, findings.size()).filter(i -> findings.get(i).text().equals(text)).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private <T> T script(String script, Object... arguments) {
        return (T) ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** A screenshot with the element of that id at the top of the window. */
    private void screenshotAt(String id, String name) {
        script("document.getElementById(arguments[0]).scrollIntoView();", id);
        screenshot(name);
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileReport report(String file) throws IOException {
        return JsonReports.parse(Files.readString(REPORTS.resolve(file.replace(".txt", ".json"))), FileReport.class);
    }
}
