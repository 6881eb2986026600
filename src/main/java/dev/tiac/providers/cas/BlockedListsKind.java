package dev.tiac.providers.cas;

import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.spi.Wired;
import dev.tiac.contract.spi.Reach;
import dev.tiac.contract.KindHandling;
import dev.tiac.config.check.Declarations;
import dev.tiac.contract.Address;
import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.DesiredResource.OptIn;
import dev.tiac.contract.Direction;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Service;
import dev.tiac.contract.SetupStep;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.Changes;
import dev.tiac.contract.spi.Desired;
import dev.tiac.contract.spi.Entry;
import dev.tiac.contract.spi.Exported;
import dev.tiac.contract.spi.KindDefinition;
import dev.tiac.contract.spi.KindIdentity;
import dev.tiac.contract.spi.Rules;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The blocked senders, URLs and file hashes of Cloud App Security ({@code cas.blockedLists}), through its API. */
public final class BlockedListsKind implements KindDefinition {
  private static final String POINTER = "/cloudAppSecurity/blockedLists";

  @Override
  public KindIdentity identity() {
    return new KindIdentity(ResourceKind.CAS_BLOCKED_LISTS, SetupStep.BLOCKED_OBJECTS, Service.CLOUD_APP_SECURITY, Optional.of(ResourceKind.CAS_SERVICE_ACCOUNT));
  }

  @Override
  public Declarations declarations() {
    return Declarations.at(POINTER, kind().type(), n -> "mails");
  }

  @Override
  public void read(JsonNode n, Desired d) {
    d.lowerCased("senders", n.path("senders")).put("urls", n.path("urls"), Value.set(List.of()))
        .lowerCased("fileSha1", n.path("fileSha1")).lowerCased("fileSha256", n.path("fileSha256"))
        .optIn(n.path("allowDelete"), OptIn.DELETE);
  }

  /** Removing an entry weakens; adding only strengthens. */
  @Override
  public Change judge(Change change, Set<OptIn> optIns, Optional<LiveResource> live) {
    boolean removes = false;
    for (AttributeChange a : change.attributes()) {
      Set<Value> before = new HashSet<>(a.before().map(Value::items).orElse(List.of()));
      before.removeAll(a.after().map(Value::items).orElse(List.of()));
      removes |= !before.isEmpty();
    }
    return removes
        ? Rules.guarded(change, Direction.WEAKENING, Optional.of("Cloud App Security stops blocking the removed senders, URLs or files"), optIns.contains(OptIn.DELETE))
        : Rules.strengthening(change);
  }

  @Override
  public Optional<String> deleted(Address address, Optional<LiveResource> live) {
    return Optional.of("Cloud App Security stops blocking every listed sender, URL and file");
  }

  /** Changed through the API only. */
  @Override
  public List<String> consoleSteps(Change change, Map<String, Value> desired) {
    return List.of();
  }

  @Override
  public Optional<OptIn> optIn() {
    return Optional.of(OptIn.DELETE);
  }

  @Override
  public Optional<String> neverDeleted() {
    return Optional.of("the blocked lists always exist (declare them empty with allowDelete instead)");
  }

  /** Each list one entry per line: a list can hold 2,048 entries. */
  @Override
  public List<Exported> export(List<LiveResource> live, boolean byHand) {
    return live.stream().map(l -> {
      Entry lists = new Entry();
      for (String list : List.of("senders", "urls", "fileSha1", "fileSha256")) {
        List<Value> items = Optional.ofNullable(l.attributes().get(list)).map(Value::items).orElse(List.of());
        if (!items.isEmpty()) {
          lists.put(list, new Entry.Lines(items));
        }
      }
      return (Exported) new Exported.One(POINTER, lists);
    }).toList();
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

  /**
   * Read and changed through Cloud App Security where the file declares the lists (the type keeps
   * the declared attributes, since a change sends whole lists): one call per refresh.
   */
  @Override
  public Wired wire(Reach reach, KindHandling handling) {
    Map<String, Value> declared = reach.desired(kind()).stream().findFirst().map(DesiredResource::attributes).orElse(Map.of());
    return reach.client(CasClient.class).filter(c -> reach.declares(kind()))
        .map(c -> Wired.reader(new BlockedListsType(c, declared), Wired.calls(Service.CLOUD_APP_SECURITY, 1))).orElse(Wired.NONE);
  }
}
