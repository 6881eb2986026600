package dev.tiac.query.source;

import java.util.List;
import java.util.Locale;

/** A directory user: identity, department, manager and groups; absent attributes are empty. */
public record Account(String dn, String samAccountName, String userPrincipalName, String mail,
    String displayName, String department, String manager, List<String> groups) {
  public Account {
    groups = List.copyOf(groups);
  }

  /** True when {@code address} is this user's mail or UPN, ignoring case as Exchange does. */
  public boolean hasAddress(String address) {
    String a = address.toLowerCase(Locale.ROOT);
    return a.equals(mail.toLowerCase(Locale.ROOT)) || a.equals(userPrincipalName.toLowerCase(Locale.ROOT));
  }

  /** The address mail reaches this user at: the mail attribute, else the UPN. */
  public String mailbox() {
    return mail.isBlank() ? userPrincipalName : mail;
  }

  /** The manager's common name, read from its DN, for display. */
  public String managerName() {
    return manager.isBlank() ? "" : manager.replaceFirst("(?i)^cn=", "").split("(?<!\\\\),", 2)[0];
  }
}
