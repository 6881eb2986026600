package dev.tiac.sandbox.console;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The CAS console screens: service accounts, Exchange policies, Automation and Integration API tokens. */
public final class CasConsoleOps {
  private final Console console;

  CasConsoleOps(Console console) {
    this.console = console;
  }

  public CasConsole view() {
    return console.state().cas();
  }

  public CasConsole addServiceAccount(String type) {
    if (!type.equalsIgnoreCase(CasConsole.EXCHANGE_ONLINE)) {
      throw Console.invalid("only the Exchange Online service account is simulated, not '" + type + "'");
    }
    return console.update(s -> {
      if (s.cas().serviceAccounts().contains(CasConsole.EXCHANGE_ONLINE)) {
        throw Console.conflict("an Exchange Online service account already exists");
      }
      List<String> accounts = new ArrayList<>(s.cas().serviceAccounts());
      accounts.add(CasConsole.EXCHANGE_ONLINE);
      return withCas(s, new CasConsole(s.cas().region(), accounts, s.cas().policies(), s.cas().tokens()));
    }).cas();
  }

  public CasConsole removeServiceAccount(String type) {
    return console.update(s -> {
      List<String> accounts = new ArrayList<>(s.cas().serviceAccounts());
      if (!accounts.removeIf(a -> a.equalsIgnoreCase(type))) {
        throw Console.notFound("no service account '" + type + "'");
      }
      return withCas(s, new CasConsole(s.cas().region(), accounts, s.cas().policies(), s.cas().tokens()));
    }).cas();
  }

  public CasPolicy setPolicy(String name, boolean on) {
    return setPolicy(name, Optional.of(on), Optional.empty());
  }

  /** Sets a policy's status, its targets, or both; what is not given stays as it is. */
  public CasPolicy setPolicy(String name, Optional<Boolean> on, Optional<CasTargets> targets) {
    console.update(s -> {
      List<CasPolicy> policies = new ArrayList<>();
      boolean found = false;
      for (CasPolicy p : s.cas().policies()) {
        found |= p.name().equalsIgnoreCase(name);
        policies.add(p.name().equalsIgnoreCase(name) ? new CasPolicy(p.name(), on.orElse(p.on()), targets.orElse(p.targets())) : p);
      }
      if (!found) {
        throw Console.notFound("no CAS policy '" + name + "'");
      }
      return withCas(s, new CasConsole(s.cas().region(), s.cas().serviceAccounts(), policies, s.cas().tokens()));
    });
    return view().policies().stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst().orElseThrow();
  }

  /** Creates a token; the returned record is the only time its secret is shown. */
  public CasToken createToken(String name, String description, CasToken.TokenTarget target, List<CasApiType> types) {
    if (name.isBlank() || name.length() > 128) {
      throw Console.invalid("the token name must have 1 to 128 characters");
    }
    if (description.length() > 1024) {
      throw Console.invalid("the token description must have at most 1024 characters");
    }
    if (types.isEmpty()) {
      throw Console.invalid("select at least one API type");
    }
    CasToken token = new CasToken(UUID.randomUUID().toString(), name, description, target, List.copyOf(types),
        InitialConsole.secret(new SecureRandom(), 20), console.clock().instant());
    console.update(s -> {
      List<CasToken> tokens = s.cas().tokens();
      if (tokens.size() >= CasConsole.MAX_TOKENS) {
        throw Console.conflict("the console keeps at most 20 tokens");
      }
      if (target == CasToken.TokenTarget.APEX_ONE_AS_A_SERVICE
          && tokens.stream().anyMatch(t -> t.target() == CasToken.TokenTarget.APEX_ONE_AS_A_SERVICE)) {
        throw Console.conflict("only one token may target Apex One as a Service");
      }
      List<CasToken> next = new ArrayList<>(tokens);
      next.add(token);
      return withCas(s, new CasConsole(s.cas().region(), s.cas().serviceAccounts(), s.cas().policies(), next));
    });
    return token;
  }

  public void deleteToken(String id) {
    console.update(s -> {
      List<CasToken> next = new ArrayList<>(s.cas().tokens());
      if (!next.removeIf(t -> t.id().equals(id))) {
        throw Console.notFound("no token with id " + id);
      }
      return withCas(s, new CasConsole(s.cas().region(), s.cas().serviceAccounts(), s.cas().policies(), next));
    });
  }

  /** Refresh restarts the 365-day lifetime; the secret stays. */
  public CasToken refreshToken(String id) {
    console.update(s -> {
      List<CasToken> next = new ArrayList<>();
      boolean found = false;
      for (CasToken t : s.cas().tokens()) {
        found |= t.id().equals(id);
        next.add(t.id().equals(id) ? new CasToken(t.id(), t.name(), t.description(), t.target(), t.apiTypes(), t.secret(), console.clock().instant()) : t);
      }
      if (!found) {
        throw Console.notFound("no token with id " + id);
      }
      return withCas(s, new CasConsole(s.cas().region(), s.cas().serviceAccounts(), s.cas().policies(), next));
    });
    return view().tokens().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  private static ConsoleState withCas(ConsoleState s, CasConsole cas) {
    return new ConsoleState(s.apexCentralId(), s.clp(), cas, s.cloudServices(), s.adSync(), s.policies(),
        s.emailClients(), s.automationApps(), s.managementToken());
  }
}
