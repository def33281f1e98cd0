package dev.turnpike.portal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium (Debian's package) driven through Selenium, saving screenshots. */
final class Browser implements AutoCloseable {
  private final ChromeDriver driver;
  private final Path screenshots;
  private final WebDriverWait wait;

  Browser(Path screenshots) {
    this.screenshots = screenshots;
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("turnpike.it.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--window-size=1280,1000",
        "--user-data-dir=" + tempProfile());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("turnpike.it.chromedriver", "/usr/bin/chromedriver"))
                    .toFile())
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /** Resizes the window, e.g. to a phone's 390 px wide viewport. */
  void viewport(int width, int height) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
  }

  void open(String url) {
    driver.get(url);
  }

  void type(By field, String text) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
    element.clear();
    element.sendKeys(text);
  }

  /** Sets a (large) value without typing it key by key. */
  void paste(By field, String text) {
    WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(field));
    driver.executeScript("arguments[0].value = arguments[1];", element, text);
  }

  /** Chooses a file in a file input (hidden behind PrimeFaces' button, so not waited on). */
  void upload(By fileInput, Path file) {
    wait.until(ExpectedConditions.presenceOfElementLocated(fileInput))
        .sendKeys(file.toAbsolutePath().toString());
  }

  /** Runs a script in the page (for widgets such as CodeMirror that have no plain field). */
  Object script(String script, Object... arguments) {
    return driver.executeScript(script, arguments);
  }

  void select(By field, String visibleText) {
    new org.openqa.selenium.support.ui.Select(
            wait.until(ExpectedConditions.presenceOfElementLocated(field)))
        .selectByVisibleText(visibleText);
  }

  void click(By target) {
    wait.until(ExpectedConditions.elementToBeClickable(target)).click();
  }

  String text(By target) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(target)).getText();
  }

  /** How many elements match now (no waiting). */
  int findAll(By target) {
    return driver.findElements(target).size();
  }

  String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  String currentUrl() {
    return driver.getCurrentUrl();
  }

  void waitForText(String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
  }

  /** Scrolls the element into view, so the next screenshot shows it. */
  void show(By target) {
    driver.executeScript(
        "arguments[0].scrollIntoView({block: 'center'});",
        wait.until(ExpectedConditions.presenceOfElementLocated(target)));
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(screenshots);
      Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Signs in on Keycloak's login page, which the portal redirected to; from the portal's sign-in
   * choices (shown when social providers are configured) it picks e-mail and password first.
   */
  void signIn(String username, String password) {
    wait.until(
        d ->
            !d.findElements(By.id("signin-password")).isEmpty()
                || !d.findElements(By.id("username")).isEmpty());
    if (!driver.findElements(By.id("signin-password")).isEmpty()) {
      click(By.id("signin-password"));
    }
    type(By.id("username"), username);
    type(By.id("password"), password);
    click(By.id("kc-login"));
  }

  /**
   * After a portal sign-in: accepts the terms of use when the portal asks, which it does on the
   * person's first portal sign-in against this run's database (tests run in any order).
   */
  void acceptTermsIfAsked() {
    wait.until(
        d ->
            !d.findElements(By.id("accept-terms")).isEmpty()
                || !d.findElements(By.id("signed-in-as")).isEmpty());
    if (has(By.id("accept-terms"))) {
      click(By.id("accept-terms"));
    }
  }

  /** True when the page currently shows the element (no waiting). */
  boolean has(By target) {
    return !driver.findElements(target).isEmpty();
  }

  private static String tempProfile() {
    try {
      return Files.createTempDirectory("turnpike-chromium").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
