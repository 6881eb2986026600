package dev.tiac.providers.cas;

import java.util.Map;
import java.util.TreeMap;

/**
 * Filters of {@code GET /v1/sweeping/mails}, under their wire names: mailbox, lastndays, start,
 * end, subject, file_sha1, file_sha256, file_name, file_extension, url, sender, recipient,
 * message_id, source_ip, source_domain, limit (at most 1000 per page).
 */
public record SweepQuery(Map<String, String> filters) {
  private static final java.util.Set<String> KNOWN = java.util.Set.of("mailbox", "lastndays",
      "start", "end", "subject", "file_sha1", "file_sha256", "file_name", "file_extension", "url",
      "sender", "recipient", "message_id", "source_ip", "source_domain", "limit");

  public SweepQuery {
    filters = Map.copyOf(new TreeMap<>(filters));
    for (String key : filters.keySet()) {
      if (!KNOWN.contains(key)) {
        throw new IllegalArgumentException("unknown sweep filter " + key);
      }
    }
    if (filters.containsKey("lastndays")
        && (filters.containsKey("start") || filters.containsKey("end"))) {
      throw new IllegalArgumentException("lastndays cannot be combined with start or end");
    }
  }

  public SweepQuery with(String name, String value) {
    Map<String, String> next = new TreeMap<>(filters);
    next.put(name, value);
    return new SweepQuery(next);
  }
}
