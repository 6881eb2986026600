package dev.tiac.sandbox.cas;

import dev.tiac.sandbox.http.Constraint;
import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.http.Request;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The rules the CAS documentation states for query parameters and bodies, as {@link Constraint}s
 * the routes declare. A broken rule is answered 400 {@code {"code","traceId","msg"}}.
 */
final class CasRules {
  static final String INVALID_TIME = "Invalid time format";

  private CasRules() {}

  /** Only the documented parameters: anything else is refused, not ignored. */
  static Constraint params(String... allowed) {
    Set<String> known = Set.of(allowed);
    String listed = allowed.length == 0 ? "no query parameters" : "query parameters " + String.join(", ", new TreeSet<>(known)) + " only";
    return new Constraint(listed, r -> r.query().keySet().stream().filter(k -> !known.contains(k)).findFirst()
        .map(k -> "Invalid parameter: " + k));
  }

  /** Each given parameter once: a second value is not documented anywhere. */
  static Constraint single() {
    return new Constraint("each parameter at most once", r -> r.query().entrySet().stream()
        .filter(e -> e.getValue().size() > 1).findFirst().map(e -> "Invalid parameter: " + e.getKey() + " given more than once"));
  }

  /** {@code yyyy-mm-ddThh:mm:ss[.mmm]Z}, nothing finer than milliseconds. */
  static Constraint time(String... names) {
    return new Constraint("`" + String.join("`, `", names) + "` as yyyy-mm-ddThh:mm:ss[.mmm]Z (400 " + INVALID_TIME + ")",
        r -> {
          for (String n : names) {
            Optional<String> v = r.param(n);
            if (v.isPresent() && Times.parse(v.get()).isEmpty()) {
              return Optional.of(INVALID_TIME);
            }
          }
          return Optional.empty();
        });
  }

  static Constraint required(String name) {
    return Constraint.of("`" + name + "` required", r -> r.param(name).filter(v -> !v.isEmpty()).isPresent(),
        "Missing parameter: " + name);
  }

  static Constraint oneOf(String name, Set<String> values) {
    return new Constraint("`" + name + "` one of " + String.join(", ", new TreeSet<>(values)),
        r -> r.param(name).filter(v -> !values.contains(v)).map(v -> "Invalid parameter: " + name + " " + v));
  }

  static Constraint notWith(String name, String... others) {
    return new Constraint("`" + name + "` not combined with `" + String.join("`/`", others) + "`", r -> {
      if (r.param(name).isEmpty()) {
        return Optional.empty();
      }
      return List.of(others).stream().filter(o -> r.param(o).isPresent()).findFirst()
          .map(o -> "Invalid parameter: " + name + " cannot be combined with " + o);
    });
  }

  static Constraint together(String a, String b) {
    return Constraint.of("`" + a + "` and `" + b + "` together or neither", r -> r.param(a).isPresent() == r.param(b).isPresent(),
        "Invalid parameter: " + a + " and " + b + " must be given together");
  }

  static Constraint range(String name, int min, int max) {
    return new Constraint("`" + name + "` " + min + " to " + max, r -> r.param(name)
        .filter(v -> Paging.integer(v).filter(n -> n >= min && n <= max).isEmpty())
        .map(v -> "Invalid parameter: " + name + " must be " + min + " to " + max));
  }

  /** start before end, and no earlier than {@code maxBack} before now (the data's reach). */
  static Constraint window(Clock clock, Duration span, Duration maxBack) {
    String back = Window.reach(maxBack);
    return new Constraint("start before end, at most " + back + " back", r -> {
      Window.Result w = Window.resolve(r, clock.instant(), span, maxBack);
      return w.window().isPresent() ? Optional.empty() : Optional.of(w.error());
    });
  }

  static Constraint noLeadingWildcard(String... names) {
    return new Constraint("no leading wildcard in `" + String.join("`, `", names) + "`", r -> {
      for (String n : names) {
        if (r.param(n).filter(v -> v.startsWith("*") || v.startsWith("?")).isPresent()) {
          return Optional.of("Invalid parameter: " + n + " must not start with a wildcard");
        }
      }
      return Optional.empty();
    });
  }

  static Constraint skiptoken() {
    return Constraint.of("`skiptoken` only as a next_link gave it", r -> Links.offset(r).isPresent(), "Invalid parameter: skiptoken");
  }

  /** A rule over the parsed JSON body. */
  static Constraint body(String description, Function<JsonNode, Optional<String>> check) {
    return new Constraint(description, r -> check.apply(Json.parse(r.bodyText())));
  }

  /** A rule over each element of a JSON array body. */
  static Constraint eachAction(String description, Function<JsonNode, Optional<String>> check) {
    return body(description, b -> {
      if (!b.isArray()) {
        return Optional.empty();
      }
      List<String> problems = new ArrayList<>();
      int i = 0;
      for (JsonNode a : b) {
        final int at = i++;
        check.apply(a).ifPresent(p -> problems.add("action " + at + ": " + p));
        if (!problems.isEmpty()) {
          break;
        }
      }
      return problems.stream().findFirst().map(p -> "Invalid parameter: " + p);
    });
  }

  static Optional<String> enumField(JsonNode a, String field, Set<String> values) {
    JsonNode v = a.path(field);
    return v.isString() && values.contains(v.asString()) ? Optional.empty()
        : Optional.of(field + " must be one of " + String.join(", ", new TreeSet<>(values)));
  }

  static Optional<String> textField(JsonNode a, String field) {
    return a.path(field).isString() && !a.path(field).asString().isEmpty() ? Optional.empty() : Optional.of(field + " is required");
  }

  static Optional<String> timeField(JsonNode a, String field) {
    JsonNode v = a.path(field);
    return v.isMissingNode() || (v.isString() && Times.parse(v.asString()).isPresent()) ? Optional.empty()
        : Optional.of(INVALID_TIME + " in " + field);
  }
}
