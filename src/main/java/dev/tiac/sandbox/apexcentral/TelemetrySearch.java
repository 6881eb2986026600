package dev.tiac.sandbox.apexcentral;

import dev.tiac.sandbox.world.EventKind;
import dev.tiac.sandbox.world.StringPool;
import dev.tiac.sandbox.world.Telemetry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a historical investigation over the telemetry: each criterion is evaluated once per distinct
 * string (the pool), then the events are scanned comparing integers, so a million events take tens of
 * milliseconds.
 */
final class TelemetrySearch {
  private TelemetrySearch() {}

  /** What one agent matched: per criterion, each value with its first and last sighting. */
  record Hit(int endpoint, List<Map<String, long[]>> perCriterion) {}

  static List<Hit> run(Telemetry t, List<Criterion> criteria, boolean and, long since) {
    StringPool pool = t.pool();
    List<boolean[]> matches = new ArrayList<>();
    for (Criterion c : criteria) {
      boolean[] m = new boolean[pool.size()];
      for (int id = 0; id < m.length; id++) {
        m[id] = c.matches(pool.get(id));
      }
      matches.add(m);
    }
    Map<Integer, List<Map<String, long[]>>> byHost = new TreeMap<>();
    for (int i = 0; i < t.size(); i++) {
      if (t.time(i) < since) {
        continue;
      }
      for (int c = 0; c < criteria.size(); c++) {
        int column = column(t, i, criteria.get(c).typeId());
        if (column >= 0 && matches.get(c)[column]) {
          record(byHost, t, i, c, criteria.size(), criteria.get(c).metaValue(pool.get(column)));
        }
      }
    }
    List<Hit> hits = new ArrayList<>();
    byHost.forEach((host, per) -> {
      boolean all = per.stream().noneMatch(Map::isEmpty);
      boolean any = per.stream().anyMatch(m -> !m.isEmpty());
      if (and ? all : any) {
        hits.add(new Hit(host, per));
      }
    });
    return hits;
  }

  private static void record(Map<Integer, List<Map<String, long[]>>> byHost, Telemetry t, int i, int c, int n, String value) {
    List<Map<String, long[]>> per = byHost.computeIfAbsent(t.host(i), h -> {
      List<Map<String, long[]>> list = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        list.add(new TreeMap<>());
      }
      return list;
    });
    long[] seen = per.get(c).computeIfAbsent(value, v -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
    seen[0] = Math.min(seen[0], t.time(i));
    seen[1] = Math.max(seen[1], t.time(i));
  }

  /** The pool id of the column a criterion type reads on event i, or -1 when the event has none. */
  private static int column(Telemetry t, int i, int typeId) {
    EventKind kind = t.kind(i);
    return switch (typeId) {
      case 3, 4 -> kind == EventKind.CONNECT ? t.actor(i) : t.object(i);
      case 7 -> t.account(i);
      case 8 -> t.commandLine(i);
      case 12 -> kind == EventKind.CONNECT ? t.object(i) : -1;
      default -> -1;
    };
  }
}
