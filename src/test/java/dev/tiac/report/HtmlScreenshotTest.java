package dev.tiac.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.plan.SamplePlans;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the HTML report in headless Chromium, as a manager's browser would, and checks the
 * screenshot shows the picture: not blank, with the red, amber and green step colours.
 */
class HtmlScreenshotTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @Test
  void rendersThePictureOfTheSetupInABrowser(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "skipped: /usr/bin/chromium is not installed (.ci/run installs it)");
    Path html = dir.resolve("drift.html");
    Files.writeString(html, Reports.render(ReportFormat.HTML, SamplePlans.mixed()), StandardCharsets.UTF_8);
    Path png = dir.resolve("drift.png");
    // Keep the PNG for a person to look at after a run: target/ is the build's own scratch space.
    Path kept = Path.of("target", "html-report-screenshot.png");

    Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + dir.resolve("profile"), "--screenshot=" + png, "--window-size=1200,900", html.toUri().toString()))
        .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
    if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
      chromium.destroyForcibly();
      throw new AssertionError("chromium did not finish within 120 s");
    }
    assertTrue(Files.size(png) > 0, () -> "no screenshot; chromium said: " + log(dir));
    Files.copy(png, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1200, image.getWidth());
    Set<Integer> colours = new HashSet<>();
    long nonWhite = 0;
    boolean red = false;
    boolean amber = false;
    boolean green = false;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        nonWhite += rgb == 0xffffff ? 0 : 1;
        red |= near(rgb, StepPicture.RED);
        amber |= near(rgb, StepPicture.AMBER);
        green |= near(rgb, StepPicture.GREEN);
      }
    }
    long pixels = (long) image.getWidth() * image.getHeight();
    assertTrue(nonWhite > pixels / 20, "the page looks blank: " + nonWhite + " of " + pixels + " pixels are not white");
    assertTrue(colours.size() > 50, "too few colours for a rendered page: " + colours.size());
    assertTrue(red && amber && green, "step colours missing: red " + red + ", amber " + amber + ", green " + green);
  }

  private static boolean near(int rgb, String hex) {
    int want = Integer.parseInt(hex.substring(1), 16);
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs(((rgb >> shift) & 0xff) - ((want >> shift) & 0xff)) > 6) {
        return false;
      }
    }
    return true;
  }

  private static String log(Path dir) {
    try {
      return Files.readString(dir.resolve("chromium.log"));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
