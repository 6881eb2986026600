package dev.tiac.providers.directory;

import dev.tiac.config.check.Declarations;
import dev.tiac.contract.Address;
import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
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
import dev.tiac.contract.spi.Leg;
import dev.tiac.contract.spi.ReadinessRule;
import dev.tiac.contract.spi.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The Active Directory synchronization tool issued by Apex Central and run on an AD server
 * ({@code apexcentral.adSyncTool}). Issuing a new one deactivates every earlier one.
 */
public final class AdSyncToolKind implements KindDefinition {
  private static final String POINTER = "/apexCentral/activeDirectorySync/syncTool";

  @Override
  public ResourceKind kind() {
    return ResourceKind.AD_SYNC_TOOL;
  }

  @Override
  public SetupStep step() {
    return SetupStep.AD_SYNC;
  }

  @Override
  public Service service() {
    return Service.APEX_CENTRAL;
  }

  @Override
  public Optional<ResourceKind> after() {
    return Optional.of(ResourceKind.AD_SYNC);
  }

  @Override
  public List<ReadinessRule> readiness() {
    return List.of(new ReadinessRule(Leg.USER, 20, "the synchronization tool", v -> v.judgeAll(kind(), d -> true, "server", a -> true, a -> "is issued"),
        Optional.empty()));
  }

  @Override
  public Declarations declarations() {
    return Declarations.at(POINTER, kind().type(), n -> n.path("server").asString(),
        "md5", "generation", "dotNetVersion");
  }

  @Override
  public void read(JsonNode n, Desired d) {
    d.put("server", Value.text(n.path("server").asString().toLowerCase(Locale.ROOT)))
        .put("minimumDotNetVersion", n.path("minimumDotNetVersion"), Value.text("4.6.1"))
        .put("scheduleHours", n.path("scheduleHours")).optIn(n.path("allowReissue"), OptIn.REISSUE);
  }

  /** Only replacing a tool Apex Central issued deactivates one; a first tool, or a new schedule, strengthens. */
  @Override
  public Change judge(Change change, Set<OptIn> optIns, Optional<LiveResource> live) {
    boolean issued = live.map(l -> l.attributes().get("generation")).filter(g -> !g.equals(Value.number(0)) && !g.equals(Value.text("0"))).isPresent();
    if (issued && Changes.changes(change, "server")) {
      return Rules.guarded(change, Direction.NEUTRAL, Optional.of("issuing a new synchronization tool deactivates every earlier tool and stops"
          + " the AD servers configured through them from synchronizing"), optIns.contains(OptIn.REISSUE));
    }
    return Rules.strengthening(change);
  }

  @Override
  public Optional<String> deleted(Address address, Optional<LiveResource> live) {
    return Optional.of("the AD server " + address.key() + " stops synchronizing");
  }

  /**
   * Only a tool for a server that has none needs a download, and only replacing an issued tool
   * deactivates one (which waits for allowReissue); a new schedule or .NET minimum is done on the server.
   */
  @Override
  public List<String> consoleSteps(Change change) {
    String key = change.address().key();
    List<String> s = new ArrayList<>();
    Optional<AttributeChange> server = Changes.attribute(change, "server");
    boolean newTool = change.kind() == ChangeKind.CREATE || server.isPresent();
    Optional<String> dotNet = Changes.afterWords(change, "minimumDotNetVersion");
    if (newTool || dotNet.isPresent()) {
      s.add("Check that .NET Framework " + dotNet.orElse("4.6.1") + " or later is installed on " + key + ".");
    }
    if (newTool) {
      s.add("In Active Directory Settings, click Download the Active Directory synchronization tool"
          + (server.flatMap(AttributeChange::before).isPresent() ? " (this deactivates every earlier tool)." : "."));
      s.add("On " + key + ", unpack the tool to a path with ASCII characters only, run ADSyncAgentTool.exe -i to configure the AD servers,"
          + " then ADSyncAgentTool.exe -s to synchronize.");
    }
    Changes.afterWords(change, "scheduleHours").ifPresent(h -> s.add((newTool ? "Schedule" : "On " + key + ", change the scheduled task that runs")
        + " ADSyncAgentTool.exe -s in Windows Task Scheduler " + (newTool ? "every " : "to every ") + h + " hours."));
    return s;
  }

  @Override
  public Optional<OptIn> optIn() {
    return Optional.of(OptIn.REISSUE);
  }

  @Override
  public Optional<String> neverDeleted() {
    return Optional.of("a downloaded synchronization tool cannot be taken back (uninstall it on the server by hand)");
  }

  /** The latest tool is the one that works; the AD sync setting's comment stands for a tool only a person can confirm. */
  @Override
  public List<Exported> export(List<LiveResource> live, boolean byHand) {
    if (byHand) {
      return List.of();
    }
    return live.stream().limit(1).map(tool -> {
      Entry syncTool = new Entry().put("server", Exported.shown(tool, "server"));
      if (!tool.attributes().containsKey("scheduleHours")) {
        syncTool.comment("scheduleHours: kept on the AD server, not shown by the console");
      }
      return (Exported) new Exported.One(POINTER, syncTool.put("scheduleHours", Optional.ofNullable(tool.attributes().get("scheduleHours"))));
    }).toList();
  }

  /** Issued and run; on the same server a tool is only run, and only if it never was. */
  @Override
  public int applyCalls(Change change) {
    boolean newServer = change.attributes().stream().anyMatch(a -> a.name().equals("server"));
    if (change.kind() == ChangeKind.CREATE || newServer) {
      return 2;
    }
    return change.attributes().stream().anyMatch(a -> a.before().isEmpty()) ? 1 : 0;
  }
}
