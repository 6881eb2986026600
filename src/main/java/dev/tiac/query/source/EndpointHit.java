package dev.tiac.query.source;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One endpoint in an investigation's results (ShowContent {@code agentServerMeta}): who uses it,
 * and for every criterion value it matched, when that value was first and last seen there.
 */
public record EndpointHit(String agentGuid, String hostName, String ip, String userName, List<Seen> seen) {
  public EndpointHit {
    seen = List.copyOf(seen);
  }

  public record Seen(int criterion, String value, Instant firstSeen, Instant lastSeen) {}

  /** The account part of {@code DOMAIN\\user}, lower case. */
  public static String accountOf(String userName) {
    return userName.substring(userName.lastIndexOf('\\') + 1).toLowerCase(Locale.ROOT);
  }
}
