package dev.tiac.providers.cas;

import dev.tiac.http.HttpFailure;
import java.util.OptionalInt;

/** CAS answered an error with its {@code {code, traceId, msg}} body. */
public final class CasException extends HttpFailure {
  private static final long serialVersionUID = 1L;

  private final int code;
  private final String traceId;
  private final String serverMessage;

  CasException(int status, int code, String traceId, String serverMessage, String message) {
    super(Kind.STATUS, OptionalInt.of(status), message);
    this.code = code;
    this.traceId = traceId;
    this.serverMessage = serverMessage;
  }

  public int code() {
    return code;
  }

  /** Quote it to Trend Micro support. */
  public String traceId() {
    return traceId;
  }

  public String serverMessage() {
    return serverMessage;
  }

  /**
   * A 403 whose message names a licence: the tenant's Cloud App Security licence is missing or
   * expired. Any other 403 is a token without the call's API type; only the message tells them apart.
   */
  public boolean licenceRefused() {
    return isLicenceRefusal(status().orElse(0), serverMessage);
  }

  static boolean isLicenceRefusal(int status, String message) {
    return status == 403 && message.toLowerCase(java.util.Locale.ROOT).contains("licen");
  }
}
