package dev.tiac.contract.spi;

import dev.tiac.config.check.Declarations;
import dev.tiac.contract.Change;
import dev.tiac.contract.DesiredResource.OptIn;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Service;
import dev.tiac.contract.SetupStep;
import java.util.List;
import java.util.Optional;

/**
 * Everything tiac knows about one kind of resource, said once, in the provider package that owns
 * the kind, and registered in one list ({@link KindRegistry}). Plan, apply, export and reports ask
 * the definition instead of naming kinds; {@code KindContractTest} runs every registered definition
 * through the same checks, so a kind that forgets something fails a test, not a user.
 */
public interface KindDefinition {
  ResourceKind kind();

  /** The step of the setup procedure it belongs to, as reports group resources. */
  SetupStep step();

  /** The service that holds it: its console, or the API that reads and changes it. */
  Service service();

  /**
   * The kind it follows in the procedure. Each of its resources depends on every declared resource
   * of that kind, or, when the file declares none, of the kind that one follows, and so on back.
   * Empty for a kind that needs nothing before it.
   */
  Optional<ResourceKind> after();

  /** Where the file declares it; {@link Declarations#NONE} for a kind concluded from the others. */
  Declarations declarations();

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

  /** The calls apply makes for one change, where changes to the kind are made by calls. */
  int applyCalls(Change change);

  /** The facts an operator may attest for a check ({@code tiac attest --fact}); none for the others. */
  default List<AttestedFact> facts() {
    return List.of();
  }
}
