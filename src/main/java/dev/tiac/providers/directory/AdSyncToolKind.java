package dev.tiac.providers.directory;

import java.util.function.Function;
import dev.tiac.contract.Evidence;
import dev.tiac.config.check.Declarations;
import dev.tiac.contract.Address;
import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.ConsoleWords;
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
import dev.tiac.contract.spi.Leg;
import dev.tiac.contract.spi.Reach;
import dev.tiac.contract.spi.Outcomes;
import dev.tiac.contract.spi.ReadinessRule;
import dev.tiac.contract.spi.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  public KindIdentity identity() {
    return new KindIdentity(ResourceKind.AD_SYNC_TOOL, SetupStep.AD_SYNC, Service.APEX_CENTRAL, Optional.of(ResourceKind.AD_SYNC));
  }

  /** Only the latest download synchronizes: the declared tool is judged by the live one. */
  @Override
  public List<ReadinessRule> readiness() {
    return List.of(new ReadinessRule(Leg.USER, 20, "the synchronization tool", v -> {
      List<CheckOutcome> tools = v.declared(kind(), d -> true).stream().map(d -> v.judge(d, "server", SyncTool::active, a -> SyncTool.describe(d, a))).toList();
      return tools.isEmpty() ? Optional.empty() : Optional.of(Outcomes.all(tools));
    }, Optional.empty()));
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
  /**
   * A tool for another server than the live one's is a new download: it deactivates the tool in
   * place, whose server stops synchronizing, so it waits for allowReissue. A first tool, or the
   * same tool's schedule, takes nothing away.
   */
  @Override
  public Change judge(Change change, Set<OptIn> optIns, Optional<LiveResource> live) {
    Optional<AttributeChange> server = moved(change.attributes());
    if (server.isEmpty()) {
      return Rules.strengthening(change);
    }
    String from = server.get().before().flatMap(Value::asText).orElse("the server it runs on");
    String to = server.get().after().flatMap(Value::asText).orElse(change.address().key());
    return Rules.guarded(change, Direction.NEUTRAL, Optional.of("downloading a synchronization tool for " + to + " deactivates the tool on " + from
        + " (and every earlier one): Active Directory is not synchronized until the new tool runs on " + to), optIns.contains(OptIn.REISSUE));
  }

  /** A tool moves to another server only as a new download, which deactivates the one in place. */
  @Override
  public boolean remakes(List<AttributeChange> attributes) {
    return moved(attributes).isPresent();
  }

  /** The tool the file moved away from is not simply kept: the new download deactivates it. */
  @Override
  public Optional<String> superseded(Address removed, List<Change> changes) {
    return changes.stream().filter(Change::replaces)
        .filter(c -> moved(c.attributes()).flatMap(AttributeChange::before).flatMap(Value::asText).equals(Optional.of(removed.key())))
        .findFirst().map(c -> "replaced by " + c.address() + ": downloading that tool deactivates this one"
            + (c.isRefused() ? " once allowReissue permits it" : "") + "; delete its scheduled task on " + removed.key() + " by hand");
  }

  private static Optional<AttributeChange> moved(List<AttributeChange> attributes) {
    return attributes.stream().filter(a -> a.name().equals("server") && a.before().isPresent()).findFirst();
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
  public List<String> consoleSteps(Change change, Map<String, Value> desired) {
    String key = change.address().key();
    List<String> s = new ArrayList<>();
    Optional<AttributeChange> server = Changes.attribute(change, "server");
    boolean newTool = change.kind() == ChangeKind.CREATE || server.isPresent();
    Optional<String> dotNet = Changes.after(change, "minimumDotNetVersion").map(ConsoleWords::plain);
    if (newTool || dotNet.isPresent()) {
      s.add("Check that .NET Framework " + dotNet.orElse("4.6.1") + " or later is installed on " + key + ".");
    }
    Optional<String> previous = server.flatMap(AttributeChange::before).map(ConsoleWords::plain);
    if (newTool) {
      s.add("In Active Directory Settings, click Download the Active Directory synchronization tool"
          + previous.map(p -> " (this deactivates the tool on " + p + " and every earlier one).").orElse("."));
      s.add("On " + key + ", unpack the tool to a path with ASCII characters only, run ADSyncAgentTool.exe -i to configure the AD servers,"
          + " then ADSyncAgentTool.exe -s to synchronize.");
    }
    // A moved tool's schedule is not on the new server yet, even where the file's value did not change.
    Optional<String> hours = Changes.after(change, "scheduleHours").or(() -> previous.isPresent() ? Optional.ofNullable(desired.get("scheduleHours")) : Optional.empty())
        .map(ConsoleWords::plain);
    hours.ifPresent(h -> s.add((newTool ? "Schedule" : "On " + key + ", change the scheduled task that runs")
        + " ADSyncAgentTool.exe -s in Windows Task Scheduler " + (newTool ? "every " : "to every ") + h + " hours."));
    previous.ifPresent(p -> s.add("On " + p + ", delete the scheduled task that runs ADSyncAgentTool.exe -s: its tool no longer works."));
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

  /** Only the latest download works: the tool attested last is the live one. */
  @Override
  public boolean oneLive() {
    return true;
  }

  /** The servers the file declares a synchronization tool on, which the directory's evidence reads. */
  public static List<String> servers(Reach reach) {
    return reach.desired(ResourceKind.AD_SYNC_TOOL).stream().map(d -> Value.textOf(d.attributes(), "server", d.address().key())).toList();
  }

  /** The directory shows whether the tool on the declared server synchronizes. */
  @Override
  public Optional<Function<Address, Evidence>> evidence(Reach reach) {
    return reach.client(DirectoryEvidence.class).map(d -> a -> d.syncTool(reach.desired(kind()).stream().filter(r -> r.address().equals(a))
        .findFirst().map(r -> Value.textOf(r.attributes(), "server", a.key())).orElse(a.key())));
  }
}
