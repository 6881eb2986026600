package dev.tiac.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The display on a simulated clock: what a CI log and a terminal show, and how often. */
class ProgressDisplayTest {
  private final AtomicLong now = new AtomicLong();
  private final StringWriter text = new StringWriter();

  private ProgressDisplay display(boolean live) {
    return ProgressDisplay.manual(new PrintWriter(text), live, now::get);
  }

  private void advance(Duration d) {
    now.addAndGet(d.toNanos());
  }

  private static List<Progress.Work> refreshWork() {
    return List.of(new Progress.Work(Progress.Stage.REFRESH, "cas.policy", "reading cas.policy"),
        new Progress.Work(Progress.Stage.REFRESH, "cas.token", "reading cas.token"),
        new Progress.Work(Progress.Stage.REFRESH, "apexcentral.suspiciousObject", "reading apexcentral.suspiciousObject"));
  }

  @Test
  void aPlainLogGetsOneLinePerChangeNumberedAgainstTheTotal() {
    ProgressDisplay display = display(false);
    List<Progress.Work> changes = new ArrayList<>();
    for (int i = 0; i < 210; i++) {
      changes.add(new Progress.Work(Progress.Stage.APPLY, "apexcentral.suspiciousObject", "apexcentral.suspiciousObject[\"ip:203.0.113." + i + "\"]"));
    }
    display.planned(Progress.Stage.APPLY, changes);
    for (int i = 0; i < 37; i++) {
      advance(Duration.ofMillis(400));
      display.finished(changes.get(i), "created", Duration.ofMillis(400));
    }
    display.close();
    String[] lines = text.toString().split("\n");
    assertEquals(37, lines.length);
    assertEquals("[37/210] apexcentral.suspiciousObject[\"ip:203.0.113.36\"]: created (0.4 s)", lines[36]);
    assertFalse(text.toString().contains("\u001b"), "no escape codes in a log");
  }

  @Test
  void aPlainLogIsNeverSilentForMoreThanTwoSecondsAndAShortRunStaysQuiet() {
    ProgressDisplay display = display(false);
    display.planned(Progress.Stage.REFRESH, refreshWork());
    advance(Duration.ofMillis(900));
    display.tick();
    assertEquals("", text.toString(), "a run shorter than a couple of seconds prints nothing");
    List<Long> printedAt = new ArrayList<>();
    int seen = 0;
    for (int tick = 0; tick < 200; tick++) {
      advance(Duration.ofMillis(250));
      if (tick == 20) {
        display.finished(refreshWork().get(0), "done", Duration.ofSeconds(5));
      }
      if (tick == 60) {
        display.waiting("Cloud App Security: waiting 38 s for the rate limit (20 calls a minute)", Duration.ofSeconds(38));
      }
      display.tick();
      int lines = text.toString().split("\n", -1).length - 1;
      for (; seen < lines; seen++) {
        printedAt.add(now.get());
      }
    }
    for (int i = 1; i < printedAt.size(); i++) {
      assertTrue(printedAt.get(i) - printedAt.get(i - 1) <= Duration.ofSeconds(2).toNanos(), "a gap over 2 s before line " + i + ":\n" + text);
    }
    String log = text.toString();
    assertTrue(log.contains("— 1/3 read — Cloud App Security 1/2 · Apex Central 0/1\n"), log);
    assertTrue(log.contains("\nCloud App Security: waiting 38 s for the rate limit (20 calls a minute)\n"), log);
    assertTrue(log.contains("— 36.5 s left: Cloud App Security: waiting 38 s for the rate limit (20 calls a minute) — 1/3 read — Cloud App Security 1/2"),
        "the status counts the wait down:\n" + log);
  }

  @Test
  void aTerminalGetsOneStatusLineRedrawnInPlaceWithChangesPrintedAboveIt() {
    ProgressDisplay display = display(true);
    List<Progress.Work> changes = List.of(new Progress.Work(Progress.Stage.APPLY, "cas.policy", "cas.policy[\"Default Exchange Policy ATP\"]"),
        new Progress.Work(Progress.Stage.APPLY, "apexone.policy", "apexone.policy[\"Endpoint Sensor - Windows\"]"));
    display.planned(Progress.Stage.APPLY, changes);
    advance(Duration.ofMillis(1200));
    display.finished(changes.get(0), "updated", Duration.ofMillis(1200));
    advance(Duration.ofMillis(250));
    display.tick();
    String screen = text.toString();
    assertTrue(screen.contains("\r\u001b[K[1/2] cas.policy[\"Default Exchange Policy ATP\"]: updated (1.2 s)\n"), screen);
    assertTrue(screen.endsWith("\rApplying, 1.5 s — 1/2 changes\u001b[K"), screen);
    display.close();
    assertTrue(text.toString().endsWith("\r\u001b[K"), "closing clears the status line");
  }

  @Test
  void aTerminalPrintsALongWaitWholeAboveTheStatusLineThatCountsItDown() {
    ProgressDisplay display = display(true);
    display.planned(Progress.Stage.LOCK, List.of());
    display.waiting("tiac: the state at .tiac/state.json is locked by apply (bob@build-7, since 10:02 UTC); waiting up to 10m for it ...",
        Duration.ofMinutes(10));
    advance(Duration.ofSeconds(75));
    display.tick();
    String screen = text.toString();
    assertTrue(screen.contains("\r\u001b[Ktiac: the state at .tiac/state.json is locked by apply (bob@build-7, since 10:02 UTC); waiting up to 10m for it ...\n"),
        screen);
    assertTrue(screen.endsWith("\rWaiting for the state lock, 1 min 15 s — 8 min 45 s left: tiac: the state at .…\u001b[K"), screen);
  }

  @Test
  void aSuspendedDisplayDrawsNothingWhileTheOperatorIsAsked() {
    ProgressDisplay display = display(true);
    display.planned(Progress.Stage.REFRESH, refreshWork());
    display.suspend();
    int before = text.toString().length();
    advance(Duration.ofSeconds(5));
    display.tick();
    assertEquals(before, text.toString().length());
    display.resume();
    assertTrue(text.toString().endsWith("\rRefreshing, 5.0 s — 0/3 read — Cloud App Security 0/2 · Apex Central 0/1\u001b[K"), text.toString());
  }

  @Test
  void aStatusWiderThanTheTerminalIsCutSoTheRedrawStaysOnOneLine() {
    ProgressDisplay display = display(true);
    List<Progress.Work> many = new ArrayList<>();
    for (String type : List.of("clp.licence", "cas.policy", "apexcentral.adSync", "apexone.policy", "ad.server", "correlation.readiness")) {
      many.add(new Progress.Work(Progress.Stage.REFRESH, type, "reading " + type));
    }
    display.planned(Progress.Stage.REFRESH, many);
    String last = text.toString().substring(text.toString().lastIndexOf('\r') + 1).replace("\u001b[K", "");
    assertTrue(last.length() <= 79 && last.endsWith("…"), last);
  }

  @Test
  void aPagedReadShowsItsCountInTheStatusAndALineWhenItEnds() {
    ProgressDisplay display = display(true);
    display.planned(Progress.Stage.REFRESH, List.of(new Progress.Work(Progress.Stage.REFRESH, "apexone.policy", "reading apexone.policy")));
    display.counted(new Progress.Count("Endpoint Sensor", "pages", 1, OptionalInt.of(50)));
    advance(Duration.ofSeconds(3));
    display.counted(new Progress.Count("Endpoint Sensor", "pages", 32, OptionalInt.of(50)));
    String screen = text.toString();
    assertTrue(screen.endsWith("\rRefreshing, 3.0 s — 0/1 read — Endpoint Sensor 32/50 pages · Apex One 0/1\u001b[K"), screen);
    advance(Duration.ofSeconds(1));
    display.counted(Progress.Count.finished("Endpoint Sensor", "pages", 50));
    assertTrue(text.toString().contains("\r\u001b[KEndpoint Sensor: 50 pages read (4.0 s)\n"), text.toString());
    assertTrue(text.toString().endsWith("\rRefreshing, 4.0 s — 0/1 read — Apex One 0/1\u001b[K"), "an ended count leaves the status:\n" + text);
  }

  @Test
  void eachServiceGetsARefreshLineOnceTheRefreshRunsLongerThanACoupleOfSeconds() {
    ProgressDisplay display = display(false);
    display.planned(Progress.Stage.REFRESH, refreshWork());
    advance(Duration.ofMillis(300));
    display.finished(refreshWork().get(2), "done", Duration.ofMillis(300));
    display.tick();
    assertEquals("", text.toString(), "held while the refresh may still end quietly");
    advance(Duration.ofMillis(1500));
    display.tick();
    assertEquals("Apex Central: 1/1 read (0.3 s)\n", text.toString());
    advance(Duration.ofMillis(200));
    display.finished(refreshWork().get(0), "done", Duration.ofSeconds(2));
    display.finished(refreshWork().get(1), "done", Duration.ofSeconds(2));
    assertTrue(text.toString().endsWith("Apex Central: 1/1 read (0.3 s)\nCloud App Security: 2/2 read (2.0 s)\n"), text.toString());
  }

  @Test
  void aQuickRefreshPrintsNoServiceLines() {
    ProgressDisplay display = display(false);
    display.planned(Progress.Stage.REFRESH, refreshWork());
    for (Progress.Work w : refreshWork()) {
      advance(Duration.ofMillis(200));
      display.finished(w, "done", Duration.ofMillis(200));
      display.tick();
    }
    display.counted(Progress.Count.finished("Endpoint Sensor", "pages", 1));
    display.close();
    assertEquals("", text.toString());
  }

  @Test
  void investigationsAreNumberedAgainstTheQueryAndASweepCountsItsPages() {
    ProgressDisplay display = display(false);
    List<Progress.Work> queries = List.of(new Progress.Work(Progress.Stage.QUERY, "query", "phish-invoice"),
        new Progress.Work(Progress.Stage.QUERY, "query", "finance-laptop-review"));
    display.planned(Progress.Stage.QUERY, queries);
    display.counted(new Progress.Count("Cloud App Security", "pages", 3, OptionalInt.empty()));
    advance(Duration.ofSeconds(2));
    display.tick();
    assertEquals("Querying, 2.0 s — 0/2 investigations — Cloud App Security 3 pages\n", text.toString());
    display.counted(Progress.Count.finished("Cloud App Security", "pages", 4));
    display.finished(queries.get(0), "2 findings", Duration.ofSeconds(2));
    assertTrue(text.toString().endsWith("Cloud App Security: 4 pages read (2.0 s)\n[1/2] phish-invoice: 2 findings (2.0 s)\n"), text.toString());
  }

  @Test
  void elapsedTimesReadAsSecondsOrMinutes() {
    assertEquals("0.4 s", Elapsed.of(Duration.ofMillis(412)));
    assertEquals("38.0 s", Elapsed.of(Duration.ofSeconds(38)));
    assertEquals("2 min 5 s", Elapsed.of(Duration.ofSeconds(125)));
    assertEquals("0.0 s", Elapsed.of(Duration.ofNanos(-5)));
  }
}
