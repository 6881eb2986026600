package dev.tiac.contract.spi;

import dev.tiac.config.check.Declarations;
import dev.tiac.contract.Address;
import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.DesiredResource.OptIn;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.Evidence;
import java.util.function.Function;
import dev.tiac.contract.KindHandling;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Service;
import dev.tiac.contract.SetupStep;
import dev.tiac.contract.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Everything tiac knows about one kind of resource, said once, in the provider package that owns
 * the kind, and registered in one list ({@link KindRegistry}). Plan, apply, export and reports ask
 * the definition instead of naming kinds; {@code KindContractTest} runs every registered definition
 * through the same checks, so a kind that forgets something fails a test, not a user.
 */
public interface KindDefinition {
  /** Its id, procedure step, service and place in the procedure. */
  KindIdentity identity();

  default ResourceKind kind() {
    return identity().kind();
  }

  /** The step of the setup procedure it belongs to, as reports group resources. */
  default SetupStep step() {
    return identity().step();
  }

  /** The service that holds it: its console, or the API that reads and changes it. */
  default Service service() {
    return identity().service();
  }

  /** The kind it follows in the procedure (see {@link KindIdentity#after}). */
  default Optional<ResourceKind> after() {
    return identity().after();
  }

  /** Where the file declares it; {@link Declarations#NONE} for a kind concluded from the others. */
  Declarations declarations();

  /** Its desired attributes, secrets and opt-ins, read from the node that declares one. */
  void read(JsonNode declaration, Desired into);

  /**
   * Whether a change of these attributes to a live object makes it anew instead of changing it in
   * place (a token, which the console cannot edit; a synchronization tool moved to another server).
   */
  default boolean remakes(List<AttributeChange> attributes) {
    return false;
  }

  /**
   * A create or update of one, with its security direction, its consequence where it cannot be
   * taken back, and whether the file's opt-ins allow it (see {@link Rules}).
   */
  Change judge(Change change, Set<OptIn> optIns, Optional<LiveResource> live);

  /** What deleting one takes away, in words; empty when nothing is lost. */
  Optional<String> deleted(Address address, Optional<LiveResource> live);

  /**
   * The console steps a person takes for a change made by hand (the runbook driver) or a delete,
   * worded for the exact change in the console's words ({@code ConsoleWords}); none for a kind no
   * person changes. {@code desired} is the file's attributes, which a replacement sets again even
   * where they did not change.
   */
  List<String> consoleSteps(Change change, Map<String, Value> desired);

  /**
   * Why a resource the file removed is kept when one of this plan's changes of the kind supersedes
   * it (a tool moved to another server is deactivated by the new download); empty when none does.
   */
  default Optional<String> superseded(Address removed, List<Change> changes) {
    return Optional.empty();
  }

  /**
   * The opt-in that lets apply make its guarded changes (weakening, rotating, reissuing, taking
   * over); a delete is always opted into under {@code prune.allow}. Empty when no change to it is
   * ever guarded.
   */
  Optional<OptIn> optIn();

  /**
   * Why tiac never deletes one, in the words of what to do instead; empty when it can, through
   * calls, wherever a run reaches the service.
   */
  Optional<String> neverDeleted();

  /**
   * What {@code tiac export} writes for its live objects; {@code byHand} when no API shows them (the
   * runbook driver), so that only a person can confirm them. Nothing for a kind no file declares.
   */
  List<Exported> export(List<LiveResource> live, boolean byHand);

  /** The calls apply makes for one change, where changes to the kind are made by calls. */
  int applyCalls(Change change);

  /**
   * What a plan's changes to the kind do to the file's investigations, as plan warnings: a change
   * that leaves them no mail or no endpoint activity.
   *
   * @param changes the plan's actions on the kind
   * @param declared the file's resources of the kind
   * @param live the live resources of the kind
   * @param investigations the investigations' names, joined for a sentence
   */
  default List<String> impact(List<Change> changes, List<DesiredResource> declared, List<LiveResource> live, String investigations) {
    return List.of();
  }

  /** What the kind adds to the correlation readiness; none for a kind correlation does not rest on. */
  default List<ReadinessRule> readiness() {
    return List.of();
  }

  /**
   * Its reader or checker in a run that reaches {@code reach} and handles the kind as {@code
   * handling}, with what its refresh costs. A kind changed in a console is read as its connection's
   * driver handles it (the management API's type, or what an operator attested overruled by
   * evidence), so it contributes only what reading it costs (its evidence under the runbook
   * driver, say); a concluded kind needs nothing.
   */
  default Wired wire(Reach reach, KindHandling handling) {
    return Wired.NONE;
  }

  /**
   * For a kind changed in a console: what the real APIs show of one resource under the runbook
   * driver, which overrules what an operator attested (detections by a policy attested OFF, say);
   * empty where the run wires it otherwise, and silent evidence where no API shows anything.
   */
  default Optional<Function<Address, Evidence>> evidence(Reach reach) {
    return Optional.empty();
  }

  /**
   * Whether the kind has one live object at a time (only the latest synchronization tool works),
   * so that under the runbook driver the one attested last is the live one, whatever it is called.
   */
  default boolean oneLive() {
    return false;
  }

  /** The facts an operator may attest for a check ({@code tiac attest --fact}); none for the others. */
  default List<AttestedFact> facts() {
    return List.of();
  }
}
