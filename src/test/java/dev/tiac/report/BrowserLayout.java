package dev.tiac.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Layout regressions a browser shows cheaply: a page opened in headless Chromium at a given width
 * must not scroll sideways, and every SVG text must sit inside its box (the rect of its group) or,
 * without one, inside its picture. The page is checked from a copy with a measuring script added;
 * a screenshot of the page itself is kept under target/ for a person to look at.
 */
public final class BrowserLayout {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Pattern RESULT = Pattern.compile("<pre id=\"tiac-layout\">(.*?)</pre>", Pattern.DOTALL);
  private static final String MEASURE = """
      <script>
      addEventListener('load', () => {
        const problems = [];
        const doc = document.documentElement;
        if (doc.scrollWidth > innerWidth) problems.push('horizontal scroll: page is ' + doc.scrollWidth + ' px wide in ' + innerWidth);
        for (const text of document.querySelectorAll('svg text')) {
          if (!text.textContent.trim()) continue;
          const t = text.getBoundingClientRect();
          const rect = text.parentNode.querySelector(':scope > rect');
          const box = (rect || text.ownerSVGElement).getBoundingClientRect();
          if (t.left < box.left - 1 || t.right > box.right + 1 || t.top < box.top - 1 || t.bottom > box.bottom + 1)
            problems.push('text overflows its ' + (rect ? 'box' : 'picture') + ': "' + text.textContent + '" (' + Math.round(t.left) + '..'
              + Math.round(t.right) + ' in ' + Math.round(box.left) + '..' + Math.round(box.right) + ')');
        }
        const out = document.createElement('pre');
        out.id = 'tiac-layout';
        out.textContent = problems.join('\\n') || 'ok';
        document.body.appendChild(out);
      });
      </script>
      """;

  private BrowserLayout() {}

  /** The layout problems of {@code html} at {@code width} px; an empty list when there are none. */
  public static List<String> problems(String html, int width, Path dir, String name) throws IOException, InterruptedException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "skipped: /usr/bin/chromium is not installed (.ci/run installs it)");
    Path page = dir.resolve(name + ".html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    Path measured = dir.resolve(name + "-measured.html");
    // The pages forbid every script by their Content-Security-Policy; only the measuring copy drops it.
    String measurable = html.replaceAll("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "").replace("</body>", MEASURE + "</body>");
    Files.writeString(measured, measurable, StandardCharsets.UTF_8);
    String dom = chromium(dir, width, "--dump-dom", measured);
    Path png = dir.resolve(name + ".png");
    chromium(dir, width, "--screenshot=" + png, page);
    if (Files.exists(png)) {
      Files.createDirectories(Path.of("target"));
      Files.copy(png, Path.of("target", name + "-screenshot.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    Matcher result = RESULT.matcher(dom);
    assertTrue(result.find(), "the measuring script did not run; chromium printed:\n" + dom);
    String text = result.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    return text.equals("ok") ? List.of() : new ArrayList<>(List.of(text.split("\n")));
  }

  private static String chromium(Path dir, int width, String action, Path page) throws IOException, InterruptedException {
    Path log = dir.resolve("chromium-" + Math.abs(action.hashCode()) + ".log");
    Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
        "--user-data-dir=" + dir.resolve("profile"), "--window-size=" + width + ",900", "--virtual-time-budget=3000", action,
        page.toUri().toString())).redirectErrorStream(false).redirectError(log.toFile()).start();
    String out = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
      chromium.destroyForcibly();
      throw new AssertionError("chromium did not finish within 120 s");
    }
    return out;
  }
}
