package dev.tiac.query.source;

import java.util.List;

/** The write side a response plan executes through; called only with {@code --respond}. */
public interface Responder {
  /** Isolates one Security Agent; returns what the service said. */
  String isolate(String agentGuid, String hostName);

  /** Quarantines the mails in one mitigation batch; returns the batch id. */
  String quarantine(List<SweptMail> mails);

  /** Adds one user-defined suspicious object ({@code type}: file_sha1, domain, url or ip). */
  String addSuspiciousObject(String type, String value, String scanAction, String notes);
}
