package dev.tiac.providers.cas;

import dev.tiac.config.check.Declarations;
import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.DesiredResource.OptIn;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Service;
import dev.tiac.contract.SetupStep;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.KindDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The blocked senders, URLs and file hashes of Cloud App Security ({@code cas.blockedLists}), through its API. */
public final class BlockedListsKind implements KindDefinition {
  @Override
  public ResourceKind kind() {
    return ResourceKind.CAS_BLOCKED_LISTS;
  }

  @Override
  public SetupStep step() {
    return SetupStep.BLOCKED_OBJECTS;
  }

  @Override
  public Service service() {
    return Service.CLOUD_APP_SECURITY;
  }

  @Override
  public Optional<ResourceKind> after() {
    return Optional.of(ResourceKind.CAS_SERVICE_ACCOUNT);
  }

  @Override
  public Declarations declarations() {
    return Declarations.at("/cloudAppSecurity/blockedLists", kind().type(), n -> "mails");
  }

  @Override
  public Optional<OptIn> optIn() {
    return Optional.of(OptIn.DELETE);
  }

  @Override
  public Optional<String> neverDeleted() {
    return Optional.of("the blocked lists always exist (declare them empty with allowDelete instead)");
  }

  /** One POST for the entries to add and one for those to remove. */
  @Override
  public int applyCalls(Change change) {
    boolean adds = false;
    boolean removes = false;
    for (AttributeChange a : change.attributes()) {
      Set<Value> before = new HashSet<>(a.before().map(Value::items).orElse(List.of()));
      Set<Value> after = new HashSet<>(a.after().map(Value::items).orElse(List.of()));
      adds |= !before.containsAll(after);
      removes |= !after.containsAll(before);
    }
    return (adds ? 1 : 0) + (removes ? 1 : 0);
  }
}
