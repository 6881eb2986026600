package dev.tiac.providers.cas;

import java.util.Optional;

/** What a token probe found. {@code rightRegion} is set only for {@link Kind#WRONG_REGION}. */
public record TokenStatus(Kind kind, Optional<CasRegion> rightRegion, String explanation) {
  public enum Kind {
    VALID,
    WRONG_REGION,
    MISSING_API_TYPE,
    /** The service refused every call: the tenant's licence is missing or expired. */
    NOT_LICENSED,
    EXPIRED_OR_DELETED
  }
}
