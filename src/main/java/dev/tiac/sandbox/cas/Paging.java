package dev.tiac.sandbox.cas;

import dev.tiac.sandbox.http.Request;
import java.util.Optional;

/** The {@code limit} parameter: a default and a maximum per route. */
final class Paging {
  private Paging() {}

  static Optional<Integer> limit(Request request, int dflt, int max) {
    Optional<String> text = request.param("limit");
    if (text.isEmpty()) {
      return Optional.of(dflt);
    }
    return integer(text.get()).filter(n -> n >= 1 && n <= max);
  }

  static Optional<Integer> integer(String s) {
    try {
      return Optional.of(Integer.parseInt(s.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
