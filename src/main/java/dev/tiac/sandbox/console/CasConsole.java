package dev.tiac.sandbox.console;

import java.util.List;

/** What the CAS console holds: the tenant's home region, service accounts, policies and tokens. */
public record CasConsole(String region, List<String> serviceAccounts, List<CasPolicy> policies, List<CasToken> tokens) {
  public static final String EXCHANGE_ONLINE = "Exchange Online";
  public static final int MAX_TOKENS = 20;

  public CasConsole {
    serviceAccounts = List.copyOf(serviceAccounts);
    policies = List.copyOf(policies);
    tokens = List.copyOf(tokens);
  }

  /** Sweeps see mail only with an Exchange Online account and an enabled Exchange policy. */
  public boolean sweepsSeeMail() {
    return serviceAccounts.contains(EXCHANGE_ONLINE)
        && policies.stream().anyMatch(p -> p.on() && (p.name().equals(CasPolicy.ATP) || p.name().equals(CasPolicy.DLP)));
  }

  /**
   * Whether sweeps see mail of {@code mailbox} (whose owner belongs to {@code memberOf}): an
   * enabled Exchange policy must protect it; mail outside every policy's targets is invisible.
   */
  public boolean sweepsSee(String mailbox, List<String> memberOf) {
    return serviceAccounts.contains(EXCHANGE_ONLINE) && policies.stream().anyMatch(p -> p.protects(mailbox, memberOf));
  }
}
