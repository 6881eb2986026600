package dev.tiac.export;

import dev.tiac.contract.LiveResource;
import dev.tiac.contract.Reconciliation;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.ReadContext;
import dev.tiac.contract.spi.ResourceType;
import dev.tiac.plan.Services;
import dev.tiac.progress.Progress;
import dev.tiac.providers.cas.BlockedLists;
import dev.tiac.providers.cas.BlockedListsType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads everything the services can show: suspicious objects and blocked lists through the real
 * APIs, console settings where a management API exists. A read failure throws: an export that
 * silently left something out would plan it for deletion.
 */
public final class LiveReader {
  private LiveReader() {}

  /**
   * @param lastApplied what state says tiac last applied: the attributes no console shows (where a
   *     token was delivered, an administrator's name) come from there, as they do in a plan
   */
  public static LiveTenant read(Services services, Optional<BlockedLists> blocked,
      java.util.function.Function<dev.tiac.contract.Address, Optional<Map<String, Value>>> lastApplied) {
    return read(services, blocked, lastApplied, Progress.NONE);
  }

  /** As above, telling {@code progress} each read as it ends, as a plan's refresh does. */
  public static LiveTenant read(Services services, Optional<BlockedLists> blocked,
      java.util.function.Function<dev.tiac.contract.Address, Optional<Map<String, Value>>> lastApplied, Progress progress) {
    ReadContext context = new ReadContext(lastApplied, Set.of(), a -> Map.of(), Set.of());
    Map<ResourceKind, List<LiveResource>> objects = new EnumMap<>(ResourceKind.class);
    Set<ResourceKind> runbookOnly = EnumSet.noneOf(ResourceKind.class);
    List<ResourceType> readable = new ArrayList<>();
    for (ResourceType type : services.types()) {
      ResourceKind kind = type.kind();
      boolean console = kind.reconciliation() == Reconciliation.CONSOLE;
      if (console && !services.handling(kind).liveReadable()) {
        runbookOnly.add(kind);
      } else if (kind == ResourceKind.SUSPICIOUS_OBJECT || console) {
        readable.add(type);
      }
    }
    List<Progress.Work> work = readable.stream().map(t -> new Progress.Work(Progress.Stage.REFRESH, t.kind().type(), "reading " + t.kind().type())).toList();
    progress.planned(Progress.Stage.REFRESH, work);
    for (int i = 0; i < readable.size(); i++) {
      long start = System.nanoTime();
      objects.put(readable.get(i).kind(), readable.get(i).list(context));
      progress.finished(work.get(i), "read", Duration.ofNanos(System.nanoTime() - start));
    }
    blocked.filter(b -> !b.isEmpty()).ifPresent(b -> objects.put(ResourceKind.CAS_BLOCKED_LISTS, List.of(LiveResource.of(BlockedListsType.ADDRESS,
        Map.of("senders", canonical(b.senders(), true), "urls", canonical(b.urls(), false),
            "fileSha1", canonical(b.fileSha1(), true), "fileSha256", canonical(b.fileSha256(), true))))));
    return new LiveTenant(objects, runbookOnly);
  }

  private static Value canonical(List<String> entries, boolean lower) {
    return Value.set(entries.stream().map(e -> lower ? e.toLowerCase(Locale.ROOT) : e).distinct().toList());
  }
}
