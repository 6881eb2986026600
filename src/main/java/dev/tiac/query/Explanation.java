package dev.tiac.query;

import dev.tiac.query.source.Account;
import dev.tiac.query.source.SweptMail;
import dev.tiac.time.ShownTime;
import java.util.ArrayList;
import java.util.List;

/** The sentence each finding carries: which mail, which user, which endpoint events, how long between. */
public final class Explanation {
  private Explanation() {}

  public static String of(Chain chain) {
    return String.join("; ", parts(chain)) + ".";
  }

  /** The same explanation as short statements, one per link of the chain, for a list. */
  public static List<String> parts(Chain chain) {
    List<String> parts = new ArrayList<>();
    chain.mail().ifPresent(m -> parts.add(mail(m)));
    chain.user().ifPresent(u -> parts.add(user(u, chain)));
    chain.endpoint().ifPresent(e -> parts.add((chain.user().isPresent() ? "they work on " : "endpoint ")
        + e.hostName() + (e.ip().isBlank() ? "" : " (" + e.ip() + ")")
        + (chain.user().isEmpty() && !e.userName().isBlank() ? ", used by " + e.userName() : "")));
    for (Event ev : chain.events()) {
      parts.add("on " + chain.endpoint().map(EndpointRef::hostName).orElse("?") + ": " + ev.describe()
          + " \"" + ev.value() + "\" first seen " + ShownTime.of(ev.firstSeen())
          + ev.afterDelivery().map(d -> ", " + Durations.format(d) + " after the delivery").orElse(""));
    }
    if (chain.mail().isPresent() && chain.user().isEmpty()) {
      parts.add("no directory user has that address");
    } else if (chain.user().isPresent() && chain.endpoint().isEmpty() && chain.mail().isPresent()) {
      parts.add("no endpoint activity of that user followed the mail");
    } else if (chain.endpoint().isPresent() && chain.events().isEmpty()) {
      parts.add("nothing from the mail was seen on it after the delivery");
    }
    return parts;
  }

  private static String mail(SweptMail m) {
    return "mail " + m.messageId() + " \"" + m.subject() + "\" from " + m.sender() + " delivered to "
        + String.join(", ", m.deliveredTo()) + " at " + ShownTime.of(m.delivered())
        + (m.attachmentNames().isEmpty() ? "" : " with " + String.join(", ", m.attachmentNames()));
  }

  private static String user(Account u, Chain chain) {
    StringBuilder s = new StringBuilder(chain.mail().isPresent() ? "that mailbox is " : "user ");
    s.append(u.samAccountName());
    List<String> about = new ArrayList<>();
    if (!u.displayName().isBlank()) {
      about.add(u.displayName());
    }
    if (!u.department().isBlank()) {
      about.add(u.department());
    }
    if (!u.managerName().isBlank()) {
      about.add("manager " + u.managerName());
    }
    if (!about.isEmpty()) {
      s.append(" (").append(String.join(", ", about)).append(')');
    }
    return s.toString();
  }
}
