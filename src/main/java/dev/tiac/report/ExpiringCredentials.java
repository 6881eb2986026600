package dev.tiac.report;

import dev.tiac.contract.Address;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Credentials that stop working on a date: Cloud App Security API tokens live 365 days. Their end
 * comes from the console when it shows one (the api driver's {@code expiresAt}); otherwise from when
 * tiac created the token, as state recorded it (the runbook driver). A warning starts 30 days before.
 */
public final class ExpiringCredentials {
  public static final Duration TOKEN_LIFETIME = Duration.ofDays(365);
  public static final Duration WARN_BEFORE = Duration.ofDays(30);

  private ExpiringCredentials() {}

  /**
   * @param tokens the declared token addresses
   * @param live what the refresh read, by address
   * @param createdInState when state says tiac created each token
   */
  public static List<String> warnings(List<Address> tokens, Map<Address, LiveResource> live,
      Function<Address, Optional<Instant>> createdInState, Instant now) {
    List<String> warnings = new ArrayList<>();
    for (Address token : tokens.stream().filter(a -> a.kind() == ResourceKind.CAS_TOKEN).sorted().toList()) {
      Optional<Instant> end = Optional.ofNullable(live.get(token)).flatMap(l -> Optional.ofNullable(l.attributes().get("expiresAt")))
          .flatMap(Value::asText).flatMap(ExpiringCredentials::parse)
          .or(() -> createdInState.apply(token).map(created -> created.plus(TOKEN_LIFETIME)));
      end.flatMap(e -> warning(token, e, now)).ifPresent(warnings::add);
    }
    return List.copyOf(warnings);
  }

  static Optional<String> warning(Address token, Instant end, Instant now) {
    String day = end.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    String rotate = " Rotate it: delete it in the Cloud App Security console and let tiac apply create and deliver a new one; run: tiac apply";
    if (!end.isAfter(now)) {
      return Optional.of(token + " expired on " + day + ": every integration using it has lost access." + rotate);
    }
    if (end.isAfter(now.plus(WARN_BEFORE))) {
      return Optional.empty();
    }
    long days = Duration.between(now, end).toDays();
    return Optional.of(token + " expires on " + day + " (in " + days + " day" + (days == 1 ? "" : "s") + ")." + rotate);
  }

  static Optional<Instant> parse(String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(text));
    } catch (DateTimeParseException notAnInstant) {
      try {
        return Optional.of(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }
}
