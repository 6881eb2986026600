package dev.tiac.providers.apexcentral;

import java.util.Optional;

/** The Meta.ErrorCode values of Apex Central, each with what a person can do about it. */
public enum ApexErrorCode {
  ACTION_NOT_SUPPORTED(1, "the action is not supported by this Apex Central"),
  UNKNOWN(2, "Apex Central reported an unknown error; retry later or check its server logs"),
  XML_ERROR(3, "Apex Central reported an XML error; check its server logs"),
  DATABASE_EXCEPTION(5, "Apex Central reported a database error; check the server's database"),
  INTERNAL_EXCEPTION(6, "Apex Central reported an internal error; check its server logs"),
  INCORRECT_PARAMETER(7, "a request parameter was rejected as incorrect"),
  DATA_NOT_FOUND(8, "the requested data was not found"),
  SESSION_TIMEOUT(9, "Apex Central timed out the session; retry later"),
  INSUFFICIENT_PRIVILEGE(10, "the Automation API application lacks the privilege for this call; "
      + "check its API type in Automation API Access Settings"),
  INCORRECT_INPUT(11, "the request input was rejected as incorrect"),
  MAXIMUM_EXCEEDED(12, "a maximum was exceeded (for example the suspicious-object list is full)"),
  DUPLICATE_NOT_ALLOWED(13, "the object already exists and duplicates are not allowed"),
  TOKEN_NOT_PROVIDED(14, "no token reached Apex Central; check that a proxy does not strip the "
      + "Authorization header"),
  MALFORMED_TOKEN(15, "the token was malformed; check that a proxy does not rewrite the request"),
  UNSUPPORTED_TOKEN_VERSION(16, "the token version was not accepted (only V1 is)"),
  INVALID_APPLICATION_ID(17, "the application ID is unknown; check it in Administration > "
      + "Settings > Automation API Access Settings"),
  TOKEN_EXPIRED(18, "the token expired; check this machine's clock or the application's "
      + "communication time-out"),
  INVALID_SIGNATURE(19, "the token signature was rejected; check the API key"),
  INVALID_CHECKSUM(20, "the request checksum was rejected; check the API key, and that no proxy "
      + "rewrites the URL or body"),
  UNSUPPORTED_HASH(21, "the token's hash function was not accepted"),
  INVALID_ACTION(22, "the action is invalid"),
  METHOD_NOT_SUPPORTED(23, "the HTTP method is not supported for this path"),
  INTERNAL_SERVER_ERROR(99, "Apex Central reported an internal server error; retry later");

  private final int code;
  private final String advice;

  ApexErrorCode(int code, String advice) {
    this.code = code;
    this.advice = advice;
  }

  public int code() {
    return code;
  }

  public String advice() {
    return advice;
  }

  public static Optional<ApexErrorCode> of(int code) {
    for (ApexErrorCode value : values()) {
      if (value.code == code) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
