package dev.tiac.sandbox.console;

import dev.tiac.sandbox.world.Endpoint;
import dev.tiac.sandbox.world.MachineType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Apex One Security Agent policies in Policy Management order: specified policies first, then filtered
 * policies in the order they were saved (a new one goes to the lowest priority), then drafts.
 */
public final class PolicyOps {
  private final Console console;

  PolicyOps(Console console) {
    this.console = console;
  }

  /** In priority order. */
  public List<ApexOnePolicy> list() {
    List<ApexOnePolicy> ordered = new ArrayList<>(console.state().policies());
    ordered.sort(Comparator.comparingInt(PolicyOps::band));
    return ordered;
  }

  private static int band(ApexOnePolicy p) {
    if (p.deployed().isEmpty()) {
      return 2;
    }
    return p.kind() == PolicyKind.SPECIFIED ? 0 : 1;
  }

  /**
   * Creates or edits a policy. An edit to a deployed policy deploys at once, as in the console;
   * {@code deploy} deploys a new one.
   */
  public ApexOnePolicy put(String name, PolicyKind kind, List<String> targets, boolean desktop, boolean server,
      boolean endpointSensor, boolean deploy) {
    if (name.isBlank()) {
      throw Console.invalid("type a policy name");
    }
    if (targets.isEmpty()) {
      throw Console.invalid("specify at least one target");
    }
    Instant now = console.clock().instant();
    ConsoleState after = console.update(s -> {
      List<ApexOnePolicy> next = new ArrayList<>();
      Optional<ApexOnePolicy> old = find(s, name);
      for (ApexOnePolicy p : s.policies()) {
        if (!p.name().equalsIgnoreCase(name)) {
          next.add(p);
        }
      }
      Instant created = old.map(ApexOnePolicy::created).orElse(now);
      Optional<Instant> deployed = deploy || old.flatMap(ApexOnePolicy::deployed).isPresent() ? Optional.of(now) : Optional.empty();
      ApexOnePolicy policy = new ApexOnePolicy(old.map(ApexOnePolicy::name).orElse(name), kind, targets, desktop, server,
          endpointSensor, created, deployed);
      int at = old.map(o -> s.policies().indexOf(o)).orElse(next.size());
      next.add(Math.min(at, next.size()), policy);
      return withPolicies(s, next);
    });
    return find(after, name).orElseThrow();
  }

  public ApexOnePolicy deploy(String name) {
    Instant now = console.clock().instant();
    ConsoleState after = console.update(s -> {
      ApexOnePolicy p = find(s, name).orElseThrow(() -> Console.notFound("no policy named " + name));
      List<ApexOnePolicy> next = new ArrayList<>(s.policies());
      int at = next.indexOf(p);
      next.remove(at);
      ApexOnePolicy deployed = new ApexOnePolicy(p.name(), p.kind(), p.targets(), p.windowsDesktop(), p.windowsServer(),
          p.endpointSensor(), p.created(), Optional.of(now));
      // A draft leaves the bottom band; a filtered policy deployed for the first time takes the lowest filtered priority.
      next.add(p.deployed().isPresent() ? at : next.size(), deployed);
      return withPolicies(s, next);
    });
    return find(after, name).orElseThrow();
  }

  /**
   * Moves a deployed filtered policy to {@code priority} (1 = first) among the deployed filtered
   * policies, as dragging it in Policy Management does; the others keep their order.
   */
  public ApexOnePolicy prioritize(String name, int priority) {
    if (priority < 1) {
      throw Console.invalid("priority starts at 1");
    }
    ConsoleState after = console.update(s -> {
      ApexOnePolicy p = find(s, name).orElseThrow(() -> Console.notFound("no policy named " + name));
      if (p.kind() != PolicyKind.FILTERED || p.deployed().isEmpty()) {
        throw Console.conflict("only a deployed filtered policy has a priority; specified policies always come first");
      }
      List<ApexOnePolicy> next = new ArrayList<>(s.policies());
      next.remove(p);
      List<ApexOnePolicy> ranked = next.stream().filter(o -> o.kind() == PolicyKind.FILTERED && o.deployed().isPresent()).toList();
      int at = priority - 1 < ranked.size() ? next.indexOf(ranked.get(priority - 1))
          : ranked.isEmpty() ? next.size() : next.indexOf(ranked.get(ranked.size() - 1)) + 1;
      next.add(at, p);
      return withPolicies(s, next);
    });
    return find(after, name).orElseThrow();
  }

  public void delete(String name) {
    console.update(s -> {
      List<ApexOnePolicy> next = new ArrayList<>(s.policies());
      if (!next.removeIf(p -> p.name().equalsIgnoreCase(name))) {
        throw Console.notFound("no policy named " + name);
      }
      return withPolicies(s, next);
    });
  }

  /** The policy an agent runs: the first deployed policy covering it whose deployment it has polled. */
  public Optional<ApexOnePolicy> effective(Endpoint endpoint, String adDomain) {
    Instant now = console.clock().instant();
    return list().stream()
        .filter(p -> p.deployed().isPresent() && !p.deployed().get().plus(console.pollDelay()).isAfter(now))
        .filter(p -> p.covers(endpoint, adDomain))
        .findFirst();
  }

  /** Endpoint Sensor's {@code isEnable} for an agent. */
  public boolean endpointSensorEnabled(Endpoint endpoint, String adDomain) {
    return effective(endpoint, adDomain).map(p -> p.endpointSensor()
        && (endpoint.type() == MachineType.SERVER ? p.windowsServer() : p.windowsDesktop())).orElse(false);
  }

  private static Optional<ApexOnePolicy> find(ConsoleState s, String name) {
    return s.policies().stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
  }

  private static ConsoleState withPolicies(ConsoleState s, List<ApexOnePolicy> policies) {
    return new ConsoleState(s.apexCentralId(), s.clp(), s.cas(), s.cloudServices(), s.adSync(), policies,
        s.emailClients(), s.automationApps(), s.managementToken());
  }
}
