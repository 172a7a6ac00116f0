package org.frontlinemap.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.frontlinemap.web.WebApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Runs the whole web app on a random port with an in-memory database and drives it with real headless Chromium.
 * The system Chromium ({@code /usr/bin/chromium}, or {@code -Dbrowser.path=...}) is used when present; elsewhere
 * Playwright's own browser. Every request that would leave the machine is refused and recorded.
 */
@SpringBootTest(classes = WebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "frontline.db-url=jdbc:h2:mem:browser-tests;DB_CLOSE_DELAY=-1",
                "frontline.admin-password=test-admin-password",
                "frontline.tiles-url=",
        })
public abstract class BrowserTestBase {

    static final Path SCREENSHOTS = Paths.get("docs", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;
    protected final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());
    protected final List<String> externalRequests = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void launchBrowser() {
        if (browser != null) {
            return;
        }
        Path system = Paths.get(System.getProperty("browser.path", "/usr/bin/chromium"));
        boolean useSystem = Files.isExecutable(system);
        Playwright.CreateOptions create = new Playwright.CreateOptions();
        if (useSystem) {
            create.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
        }
        playwright = Playwright.create(create);
        BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage"));
        if (useSystem) {
            launch.setExecutablePath(system);
        }
        browser = playwright.chromium().launch(launch);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                browser.close();
                playwright.close();
            } catch (RuntimeException ignored) {
                // the JVM is going away anyway
            }
        }));
    }

    @AfterAll
    static void keepBrowserForOtherClasses() {
        // one browser serves every browser test class of the run; the shutdown hook closes it
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900).setLocale("en-GB"));
        context.route("**/*", route -> {
            String url = route.request().url();
            if (url.startsWith("http://localhost:" + port) || url.startsWith("data:") || url.startsWith("blob:")) {
                route.resume();
            } else {
                externalRequests.add(url);
                route.abort();
            }
        });
        page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                consoleErrors.add(m.text());
            }
        });
        page.onPageError(e -> consoleErrors.add("page error: " + e));
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a view and waits until the Leaflet map has drawn its governorates. */
    protected void openMap(String pathAndQuery) {
        page.navigate(url(pathAndQuery));
        page.waitForSelector("leaflet-map[data-ready=true]");
        page.waitForFunction("() => document.querySelectorAll('leaflet-map path.leaflet-interactive').length >= 14");
    }

    protected void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
    }
}
