package dev.tiac.sandbox.cas;

import dev.tiac.sandbox.http.Request;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A resolved [start, end) request window, or the 400 message explaining why it is not valid. */
record Window(Instant start, Instant end) {

  /** CAS rules: neither bound → the {@code span} before now; one bound → {@code span} from or to it. */
  static Result resolve(Request request, Instant now, Duration span, Duration maxBack) {
    Optional<String> s = request.param("start");
    Optional<String> e = request.param("end");
    Optional<Instant> start = s.flatMap(Times::parse);
    Optional<Instant> end = e.flatMap(Times::parse);
    if ((s.isPresent() && start.isEmpty()) || (e.isPresent() && end.isEmpty())) {
      return Result.error(CasRules.INVALID_TIME);
    }
    Instant from;
    Instant to;
    if (start.isPresent() && end.isPresent()) {
      from = start.get();
      to = end.get();
    } else if (start.isPresent()) {
      from = start.get();
      to = from.plus(span);
    } else if (end.isPresent()) {
      to = end.get();
      from = to.minus(span);
    } else {
      to = now;
      from = now.minus(span);
    }
    if (!from.isBefore(to)) {
      return Result.error("Invalid parameter: start must be earlier than end");
    }
    // A next_link pins the window its first page resolved: later pages are not refused for the time paging took.
    if (from.isBefore(now.minus(maxBack)) && request.param("skiptoken").isEmpty()) {
      return Result.error("Invalid parameter: start must be within the last " + reach(maxBack));
    }
    return new Result(Optional.of(new Window(from, to)), "");
  }

  /** "72 hours", "90 days": how far back a route reaches, as its documentation says it. */
  static String reach(Duration maxBack) {
    return maxBack.toHours() <= 72 ? maxBack.toHours() + " hours" : maxBack.toDays() + " days";
  }

  /** The window, or the message of a 400. */
  record Result(Optional<Window> window, String error) {
    static Result error(String message) {
      return new Result(Optional.empty(), message);
    }
  }
}
