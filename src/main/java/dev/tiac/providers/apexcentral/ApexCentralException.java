package dev.tiac.providers.apexcentral;

import dev.tiac.http.HttpFailure;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Apex Central answered with an error. {@link #errorCode()} is set for the Meta families,
 * {@link #resultCode()} for the result_code family.
 */
public final class ApexCentralException extends HttpFailure {
  private static final long serialVersionUID = 1L;

  private final transient Optional<ApexErrorCode> errorCode;
  private final int resultCode;

  ApexCentralException(OptionalInt status, Optional<ApexErrorCode> errorCode,
      OptionalInt resultCode, String message) {
    super(Kind.STATUS, status, message);
    this.errorCode = errorCode;
    this.resultCode = resultCode.orElse(Integer.MIN_VALUE);
  }

  public Optional<ApexErrorCode> errorCode() {
    return errorCode;
  }

  public OptionalInt resultCode() {
    return resultCode == Integer.MIN_VALUE ? OptionalInt.empty() : OptionalInt.of(resultCode);
  }
}
