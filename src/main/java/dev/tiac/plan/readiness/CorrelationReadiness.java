package dev.tiac.plan.readiness;

import dev.tiac.config.diagnostics.SourceLocation;
import dev.tiac.config.model.Investigation;
import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.Direction;
import dev.tiac.contract.Evidence;
import dev.tiac.contract.KindHandling;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.spi.Conclusions;
import dev.tiac.contract.spi.KindRegistry;
import dev.tiac.contract.spi.Leg;
import dev.tiac.contract.spi.Outcomes;
import dev.tiac.contract.spi.ReadinessRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The correlation readiness as a whole: can the file's investigations follow mail to its AD user
 * and on to endpoint activity? Concluded from the plan's own findings (checks, live values, what
 * they rest on) and two direct looks (a sweep, an LDAP read), never changed by apply. It fails when
 * something is shown to block the join, is unknown when something cannot be shown, and names both.
 */
/**
 * The correlation readiness as a whole: can the file's investigations follow mail to its AD user
 * and on to endpoint activity? Concluded from the plan's own findings (checks, live values, what
 * they rest on) and two direct looks (a sweep, an LDAP read), never changed by apply. Each kind's
 * definition adds what correlation needs of it ({@link ReadinessRule}); the two looks are the
 * readiness's own. It fails when something is shown to block the join, is unknown when something
 * cannot be shown, and names both.
 */
public final class CorrelationReadiness implements Conclusions {
  public static final Address ADDRESS = Address.of(ResourceKind.READINESS, "email");

  private final KindRegistry kinds;
  private final List<Investigation> investigations;
  private final Optional<SourceLocation> declaredAt;
  private final Function<ResourceKind, KindHandling> handling;
  private final Function<Address, Optional<Evidence>> evidence;
  private final Supplier<CheckOutcome> sweeps;
  private final Supplier<CheckOutcome> directory;

  /**
   * @param kinds what each kind adds to the readiness
   * @param investigations the file's investigations; none, and there is nothing to conclude
   * @param declaredAt where the file declares its investigations
   * @param handling how this run handles each kind: whether a setting's live value is read or only evidenced
   * @param sweeps whether sweeps through the connection's token see mail
   * @param directory whether the directory holds the users mail is joined to
   */
  public CorrelationReadiness(KindRegistry kinds, List<Investigation> investigations, Optional<SourceLocation> declaredAt,
      Function<ResourceKind, KindHandling> handling, Function<Address, Optional<Evidence>> evidence, Supplier<CheckOutcome> sweeps,
      Supplier<CheckOutcome> directory) {
    this.kinds = kinds;
    this.investigations = List.copyOf(investigations);
    this.declaredAt = declaredAt;
    this.handling = handling;
    this.evidence = evidence;
    this.sweeps = sweeps;
    this.directory = directory;
  }

  @Override
  public List<Change> draw(Facts facts) {
    if (investigations.isEmpty()) {
      return facts.changes();
    }
    List<String> notes = new ArrayList<>();
    List<Requirement> requirements = requirements(facts, notes);
    List<Change> all = new ArrayList<>(facts.changes());
    all.add(new Change(ADDRESS, ChangeKind.CHECK, List.of(), Direction.NEUTRAL, Optional.empty(), false, Optional.empty(), List.of(),
        Optional.of(outcome(requirements, notes, investigations.stream().map(Investigation::name).toList())), declaredAt));
    return all;
  }

  /** Every kind's rules and the readiness's own two looks, leg by leg in the order a person follows the chain. */
  List<Requirement> requirements(Facts facts, List<String> notes) {
    Seen seen = new Seen(investigations, facts, new Settings(facts, handling, evidence), sweeps);
    List<ReadinessRule> rules = new ArrayList<>();
    rules.add(new ReadinessRule(Leg.MAIL, 30, "sweeps through the connection's token", v -> Optional.of(v.sweeps()), Optional.empty()));
    rules.add(new ReadinessRule(Leg.USER, 0, "directory users", v -> Optional.of(directory.get()), Optional.empty()));
    kinds.all().forEach(k -> rules.addAll(k.readiness()));
    rules.sort(Comparator.comparing(ReadinessRule::leg).thenComparingInt(ReadinessRule::rank));
    List<Requirement> r = new ArrayList<>();
    for (ReadinessRule rule : rules) {
      rule.judge().apply(seen).ifPresentOrElse(o -> r.add(new Requirement(rule.name(), rule.leg(), o)), () -> rule.unchecked().ifPresent(notes::add));
    }
    return r;
  }

  static CheckOutcome outcome(List<Requirement> requirements, List<String> notes, List<String> investigations) {
    CheckOutcome.Status status = requirements.stream().map(Requirement::status).reduce(CheckOutcome.Status.PASS, Outcomes::worse);
    String names = String.join(", ", investigations);
    String unchecked = notes.isEmpty() ? "" : "; not checked: " + String.join("; ", notes);
    List<Requirement> failing = requirements.stream().filter(r -> r.status() == CheckOutcome.Status.FAIL).toList();
    List<Requirement> unknown = requirements.stream().filter(r -> r.status() == CheckOutcome.Status.UNKNOWN).toList();
    List<String> remedy = new ArrayList<>();
    failing.forEach(r -> remedy.add(r.line()));
    unknown.forEach(r -> remedy.add(r.line()));
    return switch (status) {
      case PASS -> new CheckOutcome(status, "ready: mail → AD user → endpoint activity holds for " + names + ": "
          + String.join("; ", requirements.stream().map(r -> r.name() + ": " + r.outcome().evidence()).toList()) + unchecked, List.of());
      case FAIL -> new CheckOutcome(status, "blocked by " + String.join(", ", failing.stream().map(Requirement::name).toList())
          + ": where it breaks, the investigations " + names + " cannot follow mail → AD user → endpoint activity"
          + (unknown.isEmpty() ? "" : "; not shown: " + String.join(", ", unknown.stream().map(Requirement::name).toList())) + unchecked, remedy);
      case UNKNOWN -> new CheckOutcome(status, "not shown: " + String.join(", ", unknown.stream().map(Requirement::name).toList())
          + "; everything else holds for " + names + unchecked, remedy);
    };
  }
}
