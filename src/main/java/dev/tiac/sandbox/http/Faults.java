package dev.tiac.sandbox.http;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Injected faults, drawn from a generator seeded with {@code seed}:
 * <ul>
 *   <li>{@code latency} on every request;</li>
 *   <li>at {@code rate} (0..1) one of {@code kinds}: 500, 503, a connection reset or an extra 429;</li>
 *   <li>at {@code lostAnswerRate} a write is committed and then its connection dropped: the change
 *       happened, the client never hears so;</li>
 *   <li>at {@code hangRate} a request is accepted and never answered (1 = a hung server).</li>
 * </ul>
 * They apply to the services in {@code services} ({@code apex-central}, {@code cas}, {@code management});
 * the management API's admin routes are never faulted, so a test can always turn faults off.
 */
public record Faults(Duration latency, double rate, long seed, Set<Kind> kinds, double lostAnswerRate, double hangRate,
    Set<String> services) {
  public static final Set<String> ALL_SERVICES = Set.of("apex-central", "cas", "management");
  /** The Trend Micro services; the management API is faulted only on request. */
  public static final Set<String> DEFAULT_SERVICES = Set.of("apex-central", "cas");
  public static final Faults NONE = new Faults(Duration.ZERO, 0, 1);

  /** The kinds of injected failure, in the order they are drawn. */
  public enum Kind {
    SERVER_ERROR("500"), UNAVAILABLE("503"), RESET("reset"), TOO_MANY_REQUESTS("429");

    private final String wire;

    Kind(String wire) {
      this.wire = wire;
    }

    /** The name used by flags and the admin endpoint: 500, 503, reset, 429. */
    public String wire() {
      return wire;
    }

    public static Kind parse(String text) {
      for (Kind k : values()) {
        if (k.wire.equals(text.trim().toLowerCase(Locale.ROOT))) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown fault kind " + text + " (one of 500, 503, reset, 429)");
    }
  }

  public Faults {
    check("fault rate", rate);
    check("lost-answer rate", lostAnswerRate);
    check("hang rate", hangRate);
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative");
    }
    if (kinds.isEmpty() && rate > 0) {
      throw new IllegalArgumentException("a fault rate needs at least one fault kind");
    }
    kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    services = Set.copyOf(services);
    if (!ALL_SERVICES.containsAll(services)) {
      throw new IllegalArgumentException("fault services are " + ALL_SERVICES + ", got " + services);
    }
  }

  /** Latency and every kind of error at {@code rate}, on the Trend Micro services. */
  public Faults(Duration latency, double rate, long seed) {
    this(latency, rate, seed, EnumSet.allOf(Kind.class), 0, 0, DEFAULT_SERVICES);
  }

  public Faults withKinds(Set<Kind> k) {
    return new Faults(latency, rate, seed, k, lostAnswerRate, hangRate, services);
  }

  public Faults withLostAnswers(double r) {
    return new Faults(latency, rate, seed, kinds, r, hangRate, services);
  }

  public Faults withHang(double r) {
    return new Faults(latency, rate, seed, kinds, lostAnswerRate, r, services);
  }

  public Faults withServices(Set<String> s) {
    return new Faults(latency, rate, seed, kinds, lostAnswerRate, hangRate, s);
  }

  /** The kinds in draw order, for the generator. */
  List<Kind> drawable() {
    return kinds.stream().sorted().toList();
  }

  private static void check(String what, double r) {
    if (r < 0 || r > 1) {
      throw new IllegalArgumentException(what + " must be between 0 and 1, got " + r);
    }
  }
}
