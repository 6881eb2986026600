package dev.tiac.sandbox.http;

import java.util.Optional;
import java.util.function.Function;

/**
 * One documented rule a request must satisfy. The route that declares it refuses a violating
 * request before its handler runs, and the route table prints {@code description}: what is
 * enforced and what is documented are the same object.
 */
public record Constraint(String description, Function<Request, Optional<String>> check) {

  /** The message of the refusal, or empty when the request satisfies the rule. */
  public Optional<String> violation(Request request) {
    return check.apply(request);
  }

  /** A rule that holds when {@code ok} does; {@code message} is the refusal's text. */
  public static Constraint of(String description, java.util.function.Predicate<Request> ok, String message) {
    return new Constraint(description, r -> ok.test(r) ? Optional.empty() : Optional.of(message));
  }
}
