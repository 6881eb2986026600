package dev.tiac.providers.apexcentral;

import dev.tiac.config.check.Declarations;
import dev.tiac.contract.Change;
import dev.tiac.contract.DesiredResource.OptIn;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Service;
import dev.tiac.contract.SetupStep;
import dev.tiac.contract.spi.KindDefinition;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** A user-defined suspicious object of Apex Central ({@code apexcentral.suspiciousObject}), through its API. */
public final class SuspiciousObjectKind implements KindDefinition {
  @Override
  public ResourceKind kind() {
    return ResourceKind.SUSPICIOUS_OBJECT;
  }

  @Override
  public SetupStep step() {
    return SetupStep.BLOCKED_OBJECTS;
  }

  @Override
  public Service service() {
    return Service.APEX_CENTRAL;
  }

  /** Independent of the procedure: objects can be listed as soon as Apex Central answers. */
  @Override
  public Optional<ResourceKind> after() {
    return Optional.empty();
  }

  @Override
  public Declarations declarations() {
    return Declarations.eachOf("/apexCentral/suspiciousObjects", kind().type(), SuspiciousObjectKind::key, "expiresAt");
  }

  /** {@code type:value}, with hashes and domains folded to lower case as Apex Central lists them. */
  static String key(JsonNode item) {
    String type = item.path("type").asString();
    String value = item.path("value").asString();
    boolean folded = type.equals("file_sha1") || type.equals("domain");
    return type + ":" + (folded ? value.toLowerCase(Locale.ROOT) : value);
  }

  @Override
  public Optional<OptIn> optIn() {
    return Optional.of(OptIn.DELETE);
  }

  @Override
  public Optional<String> neverDeleted() {
    return Optional.empty();
  }

  /** One PUT adds or overwrites an object, one DELETE removes it. */
  @Override
  public int applyCalls(Change change) {
    return 1;
  }
}
