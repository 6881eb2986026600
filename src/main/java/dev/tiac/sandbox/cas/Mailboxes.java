package dev.tiac.sandbox.cas;

import dev.tiac.sandbox.console.CasConsole;
import dev.tiac.sandbox.world.Mail;
import dev.tiac.sandbox.world.User;
import dev.tiac.sandbox.world.World;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which mail Cloud App Security sees: mail of the mailboxes an enabled Exchange policy protects,
 * a mailbox's groups being its owner's in the world's directory. The owners are indexed once.
 */
final class Mailboxes {
  private final World world;
  private volatile Map<String, List<String>> groups;

  Mailboxes(World world) {
    this.world = world;
  }

  boolean seen(CasConsole console, Mail mail) {
    return console.sweepsSee(mail.mailbox(), memberOf(mail.mailbox()));
  }

  /** Whether the named policy is an enabled Exchange policy that protects the mail's mailbox. */
  boolean protectedBy(CasConsole console, String policy, Mail mail) {
    return console.serviceAccounts().contains(CasConsole.EXCHANGE_ONLINE) && console.policies().stream()
        .anyMatch(p -> p.name().equals(policy) && p.protects(mail.mailbox(), memberOf(mail.mailbox())));
  }

  private List<String> memberOf(String mailbox) {
    Map<String, List<String>> byMailbox = groups;
    if (byMailbox == null) {
      byMailbox = new HashMap<>();
      for (User u : world.users()) {
        byMailbox.put(u.mail().toLowerCase(Locale.ROOT), u.groups());
      }
      groups = byMailbox;
    }
    return byMailbox.getOrDefault(mailbox.toLowerCase(Locale.ROOT), List.of());
  }
}
