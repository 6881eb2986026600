package dev.tiac.config.model;

import java.util.List;
import java.util.Optional;

/** Cloud App Security: service account, Default Exchange policies, API tokens, blocked lists. */
public record CloudAppSecurity(
    Optional<ServiceAccount> serviceAccount,
    List<Policy> policies,
    List<Token> tokens,
    Optional<BlockedLists> blockedLists) {
  public CloudAppSecurity {
    serviceAccount = serviceAccount == null ? Optional.empty() : serviceAccount;
    policies = Lists.of(policies);
    tokens = Lists.of(tokens);
    blockedLists = blockedLists == null ? Optional.empty() : blockedLists;
  }

  public record ServiceAccount(String type, Optional<String> administrator) {}

  public enum Status {
    ON,
    OFF
  }

  /** A Default Exchange policy; {@code targets} absent protects all users. */
  public record Policy(String name, Status status, Optional<Targets> targets, Optional<Boolean> allowWeakening) {
    public Policy {
      targets = targets == null ? Optional.empty() : targets;
    }
  }

  /** The mailboxes a policy protects: all, or the selected mailboxes and groups. */
  public record Targets(String type, List<String> mailboxes, List<String> groups) {
    public Targets {
      mailboxes = Lists.of(mailboxes);
      groups = Lists.of(groups);
    }
  }

  public record Token(
      String name,
      Optional<String> description,
      String target,
      List<String> apiTypes,
      Delivery deliverTo,
      Optional<Boolean> allowRotation) {
    public Token {
      apiTypes = Lists.of(apiTypes);
    }
  }

  /** Where a generated token goes: a 0600 file, or only to the resources that refer to it. */
  public record Delivery(Optional<String> file, Optional<Boolean> refsOnly) {}

  public record BlockedLists(
      List<String> senders,
      List<String> urls,
      List<String> fileSha1,
      List<String> fileSha256,
      Optional<Boolean> allowDelete) {
    public BlockedLists {
      senders = Lists.of(senders);
      urls = Lists.of(urls);
      fileSha1 = Lists.of(fileSha1);
      fileSha256 = Lists.of(fileSha256);
    }
  }
}
