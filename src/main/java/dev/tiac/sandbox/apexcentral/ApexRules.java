package dev.tiac.sandbox.apexcentral;

import dev.tiac.sandbox.http.Constraint;
import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.http.Request;
import dev.tiac.sandbox.http.Response;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The rules the Apex Central documentation states, as {@link Constraint}s its routes declare. A broken
 * rule is answered HTTP 400 in the route's envelope family: ErrorCode 11 "Incorrect input" for a body
 * or header that cannot be read, ErrorCode 7 "Incorrect parameter" for the rest.
 */
final class ApexRules {
  static final String INCORRECT_INPUT = "Incorrect input";
  static final String INCORRECT_PARAMETER = "Incorrect parameter";

  private ApexRules() {}

  /** The refusal of a broken rule, in the family of the request's route. */
  static Response refuse(Request request, String message) {
    int code = message.startsWith(INCORRECT_INPUT) ? 11 : 7;
    return Envelopes.error(Family.of(request.rawPath()), 400, code, message);
  }

  /** Only the documented query parameters (names compared without case, as the service does). */
  static Constraint params(String... allowed) {
    Set<String> known = new TreeSet<>();
    for (String a : allowed) {
      known.add(a.toLowerCase(Locale.ROOT));
    }
    String listed = allowed.length == 0 ? "no query parameters" : "query parameters " + String.join(", ", allowed) + " only";
    return new Constraint(listed, r -> r.query().keySet().stream().filter(k -> !known.contains(k.toLowerCase(Locale.ROOT)))
        .findFirst().map(k -> INCORRECT_PARAMETER + ": " + k));
  }

  static Constraint required(String name) {
    return Constraint.of("`" + name + "` required", r -> r.param(name).filter(v -> !v.isEmpty()).isPresent(),
        INCORRECT_PARAMETER + ": " + name + " is required");
  }

  static Constraint oneOf(String name, Set<String> values) {
    return new Constraint("`" + name + "` one of " + String.join(", ", new TreeSet<>(values)),
        r -> r.param(name).filter(v -> !values.contains(v)).map(v -> INCORRECT_PARAMETER + ": " + name + " " + v));
  }

  /** The exact Content-Type the documentation requires of a JSON body. */
  static Constraint jsonUtf8() {
    return Constraint.of("Content-Type `application/json;charset=utf-8`",
        r -> r.header("Content-Type").orElse("").replace(" ", "").equalsIgnoreCase("application/json;charset=utf-8"),
        INCORRECT_INPUT + ": Content-Type must be application/json;charset=utf-8");
  }

  /** A JSON object body. */
  static Constraint objectBody() {
    return Constraint.of("body a JSON object", r -> Json.parse(r.bodyText()).isObject(), INCORRECT_INPUT + ": the body must be a JSON object");
  }

  /** A rule over the parsed body; {@code check} returns the problem, without the prefix. */
  static Constraint body(String description, Function<JsonNode, Optional<String>> check) {
    return new Constraint(description, r -> check.apply(Json.parse(r.bodyText())).map(p -> INCORRECT_PARAMETER + ": " + p));
  }
}
