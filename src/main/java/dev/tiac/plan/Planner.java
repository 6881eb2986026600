package dev.tiac.plan;

import dev.tiac.config.LoadedConfig;
import dev.tiac.contract.Address;
import dev.tiac.contract.ApiCost;
import dev.tiac.contract.Change;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.Conclusions;
import dev.tiac.contract.spi.ReadContext;
import dev.tiac.plan.desired.DesiredResources;
import dev.tiac.plan.diff.DiffInput;
import dev.tiac.plan.diff.Differ;
import dev.tiac.plan.diff.PruneGrant;
import dev.tiac.plan.diff.RemovalPolicy;
import dev.tiac.plan.refresh.Refresher;
import dev.tiac.progress.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Refresh, then diff: the plan as data, with what apply needs to know it is still current. */
public final class Planner {
  private final int parallelism;
  private final Progress progress;

  public Planner(int parallelism, Progress progress) {
    this.parallelism = parallelism;
    this.progress = progress;
  }

  /** A plan and the inputs it was computed from, which apply reuses without reading twice. */
  public record Result(Plan plan, List<DesiredResource> desired, Map<Address, LiveResource> live) {}

  /**
   * Plans with the file's removal opt-ins and the command line's ({@code optIns}); {@code deletable}
   * is the kinds this run can delete.
   */
  public Result plan(LoadedConfig config, Services services, StateView state, Function<DesiredResource, Map<String, String>> secrets,
      Plan.OptIns optIns, Set<ResourceKind> deletable) {
    // Opt-ins are read first: a mistyped --allow-delete is refused before any service is called.
    RemovalPolicy removal = new RemovalPolicy(grants(config, optIns), optIns.allowEmpty(), deletable);
    List<DesiredResource> desired = DesiredResources.of(config, services.kinds());
    Refresher.Result seen = new Refresher(parallelism, progress).refresh(services.types(), services.checkers(), desired, new ReadContext(state::lastApplied, desired.stream().map(DesiredResource::address).collect(java.util.stream.Collectors.toSet()),
        a -> declared(desired, a), state.creating(),
        state::attestation, state.managed()));
    Map<Address, Map<String, DiffInput.SecretComparison>> comparisons = new HashMap<>();
    for (DesiredResource d : desired) {
      if (d.secrets().isEmpty()) {
        continue;
      }
      Map<String, String> values = secrets.apply(d);
      Map<String, DiffInput.SecretComparison> byAttribute = new HashMap<>();
      values.forEach((attribute, value) -> byAttribute.put(attribute, state.secretMatches(d.address(), attribute, value)
          .map(same -> same ? DiffInput.SecretComparison.SAME : DiffInput.SecretComparison.CHANGED)
          .orElse(DiffInput.SecretComparison.NEVER_APPLIED)));
      comparisons.put(d.address(), byAttribute);
    }
    DiffInput input = new DiffInput(desired, seen.live(), state.owned(), state.managed(), seen.readKinds(),
        a -> comparisons.getOrDefault(a, Map.of()), services::handling, seen.checks(), removal);
    Differ.Result diff = new Differ(services.kinds()).compare(input);
    List<Change> changes = services.conclusions().draw(new Conclusions.Facts(services.reach().apply(diff.changes()),
        desired, seen.live(), state::attestation));
    List<String> investigations = config.state().investigations().stream().map(i -> i.name()).toList();
    List<String> warnings = dev.tiac.plan.diff.InvestigationImpact.warnings(services.kinds(), changes, desired, seen.live(), investigations);
    Plan plan = new Plan(config.document().tree().path("metadata").path("name").asString(), state.lineage(), state.serial(),
        hashes(config.document().files()), fingerprints(seen.live()), changes, warnings,
        ApiCost.merge(services.refreshCost(), services.applyCost().apply(changes)),
        optIns, diff.removals());
    return new Result(plan, desired, seen.live());
  }

  /** The file's {@code prune.allow} entries, then the command line's {@code --allow-delete}. */
  static List<PruneGrant> grants(LoadedConfig config, Plan.OptIns optIns) {
    List<PruneGrant> grants = new ArrayList<>();
    List<String> allow = config.state().prune().map(dev.tiac.config.model.Prune::allow).orElse(List.of());
    for (int i = 0; i < allow.size(); i++) {
      String at = config.document().valueAt("/prune/allow/" + i).toString();
      // The schema admits only address shapes of known kinds, so every entry parses.
      PruneGrant.parse(allow.get(i), at).ifPresent(grants::add);
    }
    optIns.allowDelete().forEach(flag -> grants.add(PruneGrant.flag(flag)));
    return List.copyOf(grants);
  }

  /** The SHA-256 of each file, by the name it was given. */
  public static Map<String, String> hashes(List<Path> files) {
    Map<String, String> hashes = new TreeMap<>();
    for (Path file : files) {
      try {
        hashes.put(file.toString(), sha256(Files.readAllBytes(file)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return hashes;
  }

  /** A digest of each live object's attributes: apply re-reads and compares before changing it. */
  public static Map<String, String> fingerprints(Map<Address, LiveResource> live) {
    Map<String, String> out = new TreeMap<>();
    live.forEach((address, resource) -> out.put(address.toString(),
        sha256(Value.map(resource.attributes()).toJson().toString().getBytes(StandardCharsets.UTF_8))));
    return out;
  }

  private static Map<String, Value> declared(List<DesiredResource> desired, Address address) {
    return desired.stream().filter(d -> d.address().equals(address)).findFirst().map(DesiredResource::attributes).orElse(Map.of());
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
