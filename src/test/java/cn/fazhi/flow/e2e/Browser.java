package cn.fazhi.flow.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (nothing is downloaded), with the few moves a Vaadin page
 * needs: log in, wait for the page to settle, find by id or text, click, type, and screenshot into
 * target/screenshots. Every page records the Content-Security-Policy violations it meets, and a page that settles with
 * one fails the test: the pages must work under the policy.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    /** Runs before any script of every page: records each Content-Security-Policy violation. */
    private static final String WATCH_CSP = "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
            + "e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));";

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;
    private final Path userDataDir;

    Browser(String baseUrl) throws IOException {
        this.baseUrl = baseUrl;
        this.userDataDir = Files.createTempDirectory("fazhi-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=zh-CN",
                "--window-size=1400,1000",
                "--user-data-dir=" + userDataDir);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        beforeEveryPage(WATCH_CSP);
    }

    void open(String path) {
        load(path);
        settle();
    }

    /** Loads a page and returns once the browser has loaded it, without waiting for Vaadin. */
    void load(String path) {
        driver.get(baseUrl + path);
    }

    /** Runs the script at the start of every page this browser loads from now on, before any script of the page. */
    void beforeEveryPage(String js) {
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", js));
    }

    /** The elements a CSS selector finds in the page, its light DOM and every shadow root, as tag names. */
    @SuppressWarnings("unchecked")
    List<String> deepFind(String css) {
        return (List<String>) evaluate(
                "const found = [];"
                        + "const walk = root => {"
                        + "  root.querySelectorAll(arguments[0]).forEach(e => found.push(e.tagName));"
                        + "  root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) walk(e.shadowRoot); });"
                        + "};"
                        + "walk(document);"
                        + "return found;",
                css);
    }

    void login(String username, String password) {
        open("/login");
        submitLogin(username, password);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        settle();
    }

    /** Types into the login form on the page and submits it, as a person does; waits for the next page. */
    void submitLogin(String username, String password) {
        WebElement user =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        wait.until(ExpectedConditions.stalenessOf(user));
        settle();
    }

    /** The window's size, e.g. 1366 x 768 for the screenshots of a common office screen. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    void logout() {
        driver.manage().deleteAllCookies();
    }

    /** Waits until Vaadin has no request in flight; fails if the page met a Content-Security-Policy violation. */
    void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !!window.Vaadin && !!window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())")));
        List<?> violations = cspViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError(
                    "Content-Security-Policy violations on " + driver.getCurrentUrl() + ": " + violations);
        }
    }

    /** The Content-Security-Policy violations the page met so far. */
    List<?> cspViolations() {
        return (List<?>) evaluate("return window.__cspViolations || []");
    }

    WebElement byId(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    WebElement byCss(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> allByCss(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        settle();
    }

    /** Chooses a file in a vaadin-upload (its file input lives in the component's shadow root). */
    void upload(String uploadId, Path file) {
        WebElement input = byId(uploadId).getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
        settle();
    }

    void clickId(String id) {
        click(byId(id));
    }

    /** Waits until the page shows the text somewhere (light DOM). */
    void waitForText(String text) {
        wait.until(d ->
                ((String) ((JavascriptExecutor) d).executeScript("return document.body.innerText")).contains(text));
    }

    /** The text of an element by id, whether or not it is on screen. */
    String textOf(String id) {
        return (String) ((JavascriptExecutor) driver)
                .executeScript("const e = document.getElementById(arguments[0]); return e ? e.textContent : ''", id);
    }

    String text() {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.body.innerText");
    }

    /** Runs a script in the page as it is, without waiting for Vaadin before or after. */
    Object evaluate(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Runs an asynchronous script: its last argument is the callback that answers. */
    Object evaluateAsync(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    Object script(String js, Object... args) {
        Object result = ((JavascriptExecutor) driver).executeScript(js, args);
        settle();
        return result;
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(dir.resolve(name + ".png"), png);
    }

    /** Makes the page's viewport a screen of this size (as Chromium's device emulation does), for every page after. */
    void viewport(int width, int height) {
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    WebDriverWait waiter() {
        return wait;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
