package dev.tiac.sandbox.world;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Interns the few thousand distinct strings a million telemetry events repeat. */
public final class StringPool {
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> values = new ArrayList<>();

  public int id(String s) {
    return ids.computeIfAbsent(s, k -> {
      values.add(k);
      return values.size() - 1;
    });
  }

  public String get(int id) {
    return values.get(id);
  }

  public int size() {
    return values.size();
  }
}
