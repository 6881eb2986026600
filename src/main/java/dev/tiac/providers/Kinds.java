package dev.tiac.providers;

import dev.tiac.contract.spi.KindRegistry;
import dev.tiac.providers.apexcentral.CloudServiceSettingsKind;
import dev.tiac.providers.apexcentral.SuspiciousObjectKind;
import dev.tiac.providers.apexone.ApexOnePolicyKind;
import dev.tiac.providers.apexone.SensorCoverageKind;
import dev.tiac.providers.cas.BlockedListsKind;
import dev.tiac.providers.cas.CasPolicyKind;
import dev.tiac.providers.cas.CasServiceAccountKind;
import dev.tiac.providers.cas.CasTokenKind;
import dev.tiac.providers.checks.DotNetKind;
import dev.tiac.providers.checks.EmailClientKind;
import dev.tiac.providers.checks.LicenceKind;
import dev.tiac.providers.checks.ReadinessKind;
import dev.tiac.providers.directory.AdSyncKind;
import dev.tiac.providers.directory.AdSyncToolKind;
import java.util.List;

/**
 * The one list of kinds: each definition lives in the provider package that owns its kind. Adding
 * a kind is a definition there and a line here; the run's wiring hands the registry to everything
 * else.
 */
public final class Kinds {
  private static final KindRegistry REGISTRY = new KindRegistry(List.of(
      new LicenceKind(),
      new CasServiceAccountKind(),
      new CasPolicyKind(),
      new CasTokenKind(),
      new BlockedListsKind(),
      new CloudServiceSettingsKind(),
      new AdSyncKind(),
      new AdSyncToolKind(),
      new DotNetKind(),
      new SuspiciousObjectKind(),
      new ApexOnePolicyKind(),
      new EmailClientKind(),
      new SensorCoverageKind(),
      new ReadinessKind()));

  private Kinds() {}

  public static KindRegistry registry() {
    return REGISTRY;
  }
}
