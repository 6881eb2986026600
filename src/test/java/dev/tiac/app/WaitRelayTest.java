package dev.tiac.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tiac.http.Wait;
import dev.tiac.progress.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A noticeable wait is told once: in the progress display while one is up, as a line on stderr otherwise. */
class WaitRelayTest {
  @Test
  void waitsGoToTheDisplayWhileItIsUpAndToStderrOtherwise() {
    StringWriter err = new StringWriter();
    WaitRelay relay = new WaitRelay(new PrintWriter(err));
    Wait wait = new Wait("Cloud App Security", Duration.ofSeconds(38), Wait.Reason.RATE_LIMIT, "20 calls a minute");
    relay.waiting(wait);
    assertEquals("Cloud App Security: waiting 38 s for the rate limit (20 calls a minute)\n", err.toString());
    List<String> shown = new ArrayList<>();
    relay.showIn(new Progress() {
      @Override
      public void waiting(String reason, Duration remaining) {
        shown.add(reason + " / " + remaining.toSeconds());
      }
    });
    relay.waiting(wait);
    relay.waiting(new Wait("Apex Central", Duration.ofMillis(300), Wait.Reason.RETRY, "HTTP 503"));
    assertEquals(List.of("Cloud App Security: waiting 38 s for the rate limit (20 calls a minute) / 38"), shown);
    relay.hide();
    relay.waiting(wait);
    String line = "Cloud App Security: waiting 38 s for the rate limit (20 calls a minute)\n";
    assertEquals(line + line, err.toString(), "the short retry stays silent, the display's wait is not printed twice");
  }

  @Test
  void pageCountsReachTheDisplayAndNeverPrintALineOfTheirOwn() {
    StringWriter err = new StringWriter();
    WaitRelay relay = new WaitRelay(new PrintWriter(err));
    relay.paged("Endpoint Sensor", 1, OptionalInt.of(50));
    List<String> counted = new ArrayList<>();
    relay.showIn(new Progress() {
      @Override
      public void counted(Count count) {
        counted.add(count.service() + " " + count.shown());
      }
    });
    relay.paged("Endpoint Sensor", 32, OptionalInt.of(50));
    relay.hide();
    relay.paged("Endpoint Sensor", 33, OptionalInt.of(50));
    assertEquals(List.of("Endpoint Sensor 32/50 pages"), counted);
    assertEquals("", err.toString());
  }
}
