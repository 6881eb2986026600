package dev.tiac.report;

import dev.tiac.contract.Change;
import dev.tiac.contract.ResourceKind;
import dev.tiac.plan.Plan;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The setup procedure as a manager knows it (DESIGN.md, the procedure table), each step owning the
 * resource kinds it configures; suspicious objects and blocked lists run alongside the procedure.
 */
public enum SetupStep {
  LICENCES("licences", "Licences", ResourceKind.LICENCE),
  CAS_SERVICE_ACCOUNT("cas-service-account", "CAS service account", ResourceKind.CAS_SERVICE_ACCOUNT),
  CAS_POLICIES("cas-policies", "CAS policies", ResourceKind.CAS_POLICY),
  CAS_TOKEN("cas-token", "API token", ResourceKind.CAS_TOKEN),
  CLOUD_SERVICE_SETTINGS("cloud-service-settings", "Cloud service settings", ResourceKind.CLOUD_SERVICE_SETTINGS),
  AD_SYNC("ad-sync", "AD sync", ResourceKind.AD_SYNC, ResourceKind.AD_SYNC_TOOL, ResourceKind.DOTNET),
  APEXONE_POLICIES("apexone-policies", "Apex One policies", ResourceKind.APEXONE_POLICY, ResourceKind.SENSOR_COVERAGE),
  EMAIL_CLIENT("email-client", "Endpoint email client", ResourceKind.EMAIL_CLIENT),
  CORRELATION("correlation", "Correlation readiness", ResourceKind.READINESS),
  BLOCKED_OBJECTS("blocked-objects", "Suspicious objects and blocked lists", ResourceKind.SUSPICIOUS_OBJECT, ResourceKind.CAS_BLOCKED_LISTS);

  private final String id;
  private final String title;
  private final Set<ResourceKind> kinds;

  SetupStep(String id, String title, ResourceKind... kinds) {
    this.id = id;
    this.title = title;
    this.kinds = Set.of(kinds);
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public static SetupStep of(ResourceKind kind) {
    return Arrays.stream(values()).filter(s -> s.kinds.contains(kind)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no setup step owns " + kind));
  }

  public List<Change> changes(Plan plan) {
    return plan.changes().stream().filter(c -> kinds.contains(c.address().kind())).toList();
  }

  /** The worst status of the step's resources; empty when the file declares none. */
  public Optional<ResourceStatus> status(Plan plan) {
    return changes(plan).stream().map(ResourceStatus::of).reduce(ResourceStatus::worst);
  }
}
