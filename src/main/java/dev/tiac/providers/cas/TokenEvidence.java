package dev.tiac.providers.cas;

import dev.tiac.contract.Evidence;
import dev.tiac.contract.Value;
import dev.tiac.http.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Cloud App Security shows about a token the desired-state file delivers: asked with the
 * token itself, a read-only call per declared API type answers 200 (it has the type), 403 (it
 * lacks it) or 401 in every region (the token no longer exists). Types the file does not declare
 * are not asked about, so nothing is claimed about them.
 */
public final class TokenEvidence {
  /** What a budget of one delivered token adds to the service's name: {@code Cloud App Security, token "investigations"}. */
  public static final String BUDGET_OF = ", token \"";

  private final CasClient connection;

  public TokenEvidence(CasClient connection) {
    this.connection = connection;
  }

  /** Calls {@link #of} makes for a token declaring {@code apiTypes}, when the token answers. */
  public static int calls(Value apiTypes) {
    return Math.max(1, apiTypes.texts().size());
  }

  /**
   * @param where where the value came from, for the evidence text (never the value)
   * @param value the delivered token; empty when tiac holds none to ask with
   * @param apiTypes the declared API types
   */
  public Evidence of(String where, Optional<Secret> value, Value apiTypes) {
    if (value.isEmpty()) {
      return Evidence.silent("tiac holds no value of this token to ask Cloud App Security with (" + where + ")");
    }
    CasClient token = connection.withToken(value.get());
    TokenStatus status = token.probeToken();
    switch (status.kind()) {
      case EXPIRED_OR_DELETED -> {
        return Evidence.gone("Cloud App Security knows the token in " + where + " in no region: it was deleted, or expired (tokens live 365 days)");
      }
      case WRONG_REGION -> {
        return Evidence.silent("the token in " + where + " answers only in " + status.rightRegion().map(CasRegion::key).orElse("another region")
            + ", not in the connection's region");
      }
      case NOT_LICENSED -> {
        return Evidence.silent("Cloud App Security refuses every call for a licence reason, so the token in " + where + " shows nothing");
      }
      default -> { }
    }
    List<String> declared = apiTypes.texts();
    List<String> has = new ArrayList<>();
    List<String> lacks = new ArrayList<>();
    for (String name : declared) {
      Optional<ApiType> type = ApiType.byFileName(name);
      if (type.isEmpty()) {
        continue;
      }
      boolean answered = type.get() == ApiType.THREAT_INVESTIGATION_EMAIL
          ? status.kind() == TokenStatus.Kind.VALID
          : token.answers(type.get()) == 200;
      (answered ? has : lacks).add(name);
    }
    String seen = "the token in " + where + " is known to Cloud App Security";
    if (lacks.isEmpty()) {
      return Evidence.shown(Map.of("apiTypes", Value.set(has)), List.of(seen + " and answers for each declared API type (" + String.join(", ", has)
          + "); types the file does not declare were not asked about"));
    }
    return Evidence.shown(Map.of("apiTypes", Value.set(has)), List.of(seen + " but is refused (403) for "
        + String.join(", ", lacks) + ": it lacks " + (lacks.size() == 1 ? "that API type" : "those API types")));
  }
}
