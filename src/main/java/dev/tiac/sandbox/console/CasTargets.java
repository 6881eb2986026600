package dev.tiac.sandbox.console;

import java.util.List;
import java.util.Locale;

/**
 * The mailboxes a CAS Exchange policy protects (its Target in the console): every mailbox, or the
 * selected mailboxes and the members of the selected groups. Cloud App Security sweeps and detects
 * only mail of mailboxes an enabled policy protects.
 */
public record CasTargets(boolean all, List<String> mailboxes, List<String> groups) {
  /** The console's default for the Default Exchange policies: All users. */
  public static final CasTargets ALL = new CasTargets(true, List.of(), List.of());

  public CasTargets {
    mailboxes = mailboxes == null ? List.of() : List.copyOf(mailboxes);
    groups = groups == null ? List.of() : List.copyOf(groups);
    if (all && !(mailboxes.isEmpty() && groups.isEmpty())) {
      throw Console.invalid("a policy that protects all users takes no selected mailboxes or groups");
    }
  }

  public static CasTargets selected(List<String> mailboxes, List<String> groups) {
    return new CasTargets(false, mailboxes, groups);
  }

  /** Whether mail of {@code mailbox}, whose owner belongs to {@code memberOf}, is protected. */
  public boolean protects(String mailbox, List<String> memberOf) {
    if (all) {
      return true;
    }
    String lower = mailbox.toLowerCase(Locale.ROOT);
    return mailboxes.stream().anyMatch(m -> m.toLowerCase(Locale.ROOT).equals(lower))
        || groups.stream().anyMatch(g -> memberOf.stream().anyMatch(g::equalsIgnoreCase));
  }
}
