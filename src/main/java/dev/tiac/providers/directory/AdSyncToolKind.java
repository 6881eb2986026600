package dev.tiac.providers.directory;

import dev.tiac.config.check.Declarations;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.DesiredResource.OptIn;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Service;
import dev.tiac.contract.SetupStep;
import dev.tiac.contract.spi.KindDefinition;
import java.util.Optional;

/**
 * The Active Directory synchronization tool issued by Apex Central and run on an AD server
 * ({@code apexcentral.adSyncTool}). Issuing a new one deactivates every earlier one.
 */
public final class AdSyncToolKind implements KindDefinition {
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
  public Declarations declarations() {
    return Declarations.at("/apexCentral/activeDirectorySync/syncTool", kind().type(), n -> n.path("server").asString(),
        "md5", "generation", "dotNetVersion");
  }

  @Override
  public Optional<OptIn> optIn() {
    return Optional.of(OptIn.REISSUE);
  }

  @Override
  public Optional<String> neverDeleted() {
    return Optional.of("a downloaded synchronization tool cannot be taken back (uninstall it on the server by hand)");
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
