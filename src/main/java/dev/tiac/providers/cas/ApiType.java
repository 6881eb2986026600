package dev.tiac.providers.cas;

import dev.tiac.time.WireTime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The API types a CAS token carries, under the desired-state file's names, each with the cheapest
 * read-only call that needs it: the status of that call tells whether a token has the type.
 */
enum ApiType {
  THREAT_INVESTIGATION_EMAIL("threatInvestigation.emailMessage"),
  THREAT_MITIGATION_EMAIL("threatMitigation.emailMessage"),
  THREAT_MITIGATION_ACCOUNT("threatMitigation.userAccount"),
  LOG_RETRIEVAL("logRetrieval"),
  BLOCKED_LISTS("remediation.blockedLists");

  private final String fileName;

  ApiType(String fileName) {
    this.fileName = fileName;
  }

  String fileName() {
    return fileName;
  }

  static Optional<ApiType> byFileName(String name) {
    return Arrays.stream(values()).filter(t -> t.fileName.equals(name)).findFirst();
  }

  HttpUrl probe(CasTransport transport, Instant now) {
    String end = WireTime.iso(now.truncatedTo(ChronoUnit.SECONDS));
    String start = WireTime.iso(now.truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(1)));
    return switch (this) {
      case THREAT_INVESTIGATION_EMAIL -> transport.url("/v1/sweeping/mails").addQueryParameter("lastndays", "1")
          .addQueryParameter("limit", "1").build();
      case THREAT_MITIGATION_EMAIL -> transport.url("/v1/mitigation/mails").addQueryParameter("start", start)
          .addQueryParameter("end", end).addQueryParameter("limit", "1").build();
      case THREAT_MITIGATION_ACCOUNT -> transport.url("/v1/mitigation/accounts").addQueryParameter("start", start)
          .addQueryParameter("end", end).addQueryParameter("limit", "1").build();
      case LOG_RETRIEVAL -> transport.url("/v1/siem/security_events").addQueryParameter("service", "exchange")
          .addQueryParameter("event", "securityrisk").addQueryParameter("limit", "1").build();
      case BLOCKED_LISTS -> transport.url("/v1/remediation/mails").build();
    };
  }
}
