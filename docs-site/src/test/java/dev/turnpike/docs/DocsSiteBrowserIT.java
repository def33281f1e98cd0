package dev.turnpike.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import dev.turnpike.docs.parts.DocumentationParts;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens a generated site in Debian's headless Chromium over real HTTP: searches, follows a result,
 * switches theme, tabs to the skip link and checks the phone layout. Screenshots go to {@code
 * target/screenshots/} (kept as build artifacts).
 */
class DocsSiteBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target/screenshots");
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "json", "application/json");

  @TempDir Path site;
  @TempDir Path profile;

  private HttpServer server;
  private ChromeDriver driver;
  private String base;

  @BeforeEach
  void start() throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "needs Debian's chromium and chromium-driver");
    new ReferenceRenderer()
        .render(
            SiteFiles.resource("composition.yaml"),
            DocumentationParts.parse(SiteFiles.resource("composition-parts.json"), "parts"),
            site);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> serve(exchange, site));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile.toAbsolutePath(),
        "--window-size=1280,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterEach
  void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void search_finds_a_model_and_the_link_opens_its_page() throws IOException {
    driver.get(base + "index.html");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    WebElement input = driver.findElement(By.id("search-input"));
    input.sendKeys("pet");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-results a")));
    List<String> hits =
        driver.findElements(By.cssSelector("#search-results .hit-title")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(hits).first().isEqualTo("Pet");
    screenshot("01-search-results");

    input.sendKeys(Keys.ARROW_DOWN);
    assertThat(driver.switchTo().activeElement().getText()).contains("Pet");
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.urlToBe(base + "models/Pet.html"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Pet");
    assertThat(driver.findElement(By.id("prop-owner")).getText()).contains("Who looks after it.");
    assertThat(driver.getTitle()).isEqualTo("Pet · Zoo API");
    screenshot("02-model-page");
  }

  @Test
  void deep_link_theme_choice_and_keyboard_navigation_work() throws IOException {
    driver.get(base + "operations/listAnimals.html#param-query-limit");
    assertThat(driver.findElement(By.id("param-query-limit")).getText())
        .contains("How many per page.");
    screenshot("03-operation-deep-link");

    driver.get(base + "operations/listAnimals.html");
    new Actions(driver).sendKeys(Keys.TAB).perform();
    WebElement first = driver.switchTo().activeElement();
    assertThat(first.getText()).isEqualTo("Skip to content");
    first.sendKeys(Keys.ENTER);
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main");

    WebElement toggle = driver.findElement(By.id("theme-toggle"));
    assertThat(toggle.isDisplayed()).isTrue();
    toggle.click();
    String chosen = (String) js("return document.documentElement.getAttribute('data-theme')");
    driver.navigate().refresh();
    assertThat(js("return document.documentElement.getAttribute('data-theme')")).isEqualTo(chosen);
    assertThat(js("return getComputedStyle(document.body).backgroundColor"))
        .isEqualTo(chosen.equals("dark") ? "rgb(20, 23, 29)" : "rgb(255, 255, 255)");
    screenshot("04-operation-" + chosen);
  }

  @Test
  void operation_page_fits_a_phone_screen() throws IOException {
    driver.manage().window().setSize(new Dimension(390, 844));
    driver.get(base + "operations/addAnimal.html");
    Number overflow =
        (Number)
            js(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(overflow.intValue()).isLessThanOrEqualTo(1);
    assertThat(driver.findElement(By.id("search-input")).isDisplayed()).isTrue();
    screenshot("05-phone-operation");
  }

  private Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  private void screenshot(String name) throws IOException {
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static void serve(com.sun.net.httpserver.HttpExchange exchange, Path root)
      throws IOException {
    String path = exchange.getRequestURI().getPath();
    Path file =
        root.resolve(path.substring(1).isEmpty() ? "index.html" : path.substring(1)).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    byte[] body = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    String type =
        TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
