package dev.tiac.sandbox.apexcentral;

import java.util.Locale;

/** The three Apex Central response envelope families; which one a route uses follows its path. */
enum Family {
  /** Server and Security Agent APIs: result_code, result_description, result_content. */
  SERVER_AGENT,
  /** General and Custom Intelligence APIs: Data and Meta{Result, ErrorCode, ErrorMsg}. */
  GENERAL,
  /** Endpoint Sensor: Data{Code, CodeType, Message, Data} and Meta{result, errorCode, errorMessgae}. */
  ENDPOINT_SENSOR;

  static Family of(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    if (p.contains("/osce_ies/")) {
      return ENDPOINT_SENSOR;
    }
    if (p.contains("/suspiciousobjects/")) {
      return GENERAL;
    }
    return SERVER_AGENT;
  }
}
