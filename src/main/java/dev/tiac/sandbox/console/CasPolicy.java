package dev.tiac.sandbox.console;

import java.util.List;

/** A CAS policy: its status switch and the mailboxes it protects. */
public record CasPolicy(String name, boolean on, CasTargets targets) {
  public static final String ATP = "Default Exchange Policy ATP";
  public static final String DLP = "Default Exchange Policy DLP";

  /** A state saved before policies had targets protects all users, as the console's default does. */
  public CasPolicy {
    targets = targets == null ? CasTargets.ALL : targets;
  }

  public CasPolicy(String name, boolean on) {
    this(name, on, CasTargets.ALL);
  }

  /** Whether this policy is an enabled Default Exchange policy that protects the mailbox. */
  public boolean protects(String mailbox, List<String> memberOf) {
    return on && (name.equals(ATP) || name.equals(DLP)) && targets.protects(mailbox, memberOf);
  }
}
