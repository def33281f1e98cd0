package dev.turnpike.portal.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What every browser test starts from: the shared servers, a pets backend of its own and a fresh
 * headless Chromium whose screenshots go to the build's artifacts; both closed after the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserScenario {
  protected TestEnvironment env;
  protected PetsBackend backend;
  protected Browser browser;

  @BeforeAll
  void startBrowserScenario() {
    env = TestEnvironment.get();
    backend = new PetsBackend();
    browser = new Browser(env.artifacts.resolve("screenshots"));
  }

  @AfterAll
  void stopBrowserScenario() {
    if (browser != null) {
      browser.close();
    }
    if (backend != null) {
      backend.close();
    }
  }
}
