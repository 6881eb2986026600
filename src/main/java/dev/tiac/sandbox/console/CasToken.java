package dev.tiac.sandbox.console;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A CAS Automation and Integration API token; valid 365 days from creation or refresh. */
public record CasToken(String id, String name, String description, TokenTarget target,
    List<CasApiType> apiTypes, String secret, Instant created) {
  public static final Duration LIFETIME = Duration.ofDays(365);

  public CasToken {
    apiTypes = List.copyOf(apiTypes);
  }

  /** Who the token is for; only one token may target Apex One as a Service. */
  public enum TokenTarget { EXTERNAL_APPLICATION, APEX_ONE_AS_A_SERVICE }

  public Instant expires() {
    return created.plus(LIFETIME);
  }

  @Override
  public String toString() {
    return "CasToken[" + id + ", " + name + ", " + apiTypes + "]";
  }
}
