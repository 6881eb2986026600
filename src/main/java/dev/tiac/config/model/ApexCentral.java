package dev.tiac.config.model;

import java.util.List;
import java.util.Optional;

/** Apex Central: cloud service registration, AD synchronization, user-defined suspicious objects. */
public record ApexCentral(
    Optional<CloudServiceSettings> cloudServiceSettings,
    Optional<ActiveDirectorySync> activeDirectorySync,
    List<SuspiciousObject> suspiciousObjects) {
  public ApexCentral {
    cloudServiceSettings = cloudServiceSettings == null ? Optional.empty() : cloudServiceSettings;
    activeDirectorySync = activeDirectorySync == null ? Optional.empty() : activeDirectorySync;
    suspiciousObjects = Lists.of(suspiciousObjects);
  }

  public record CloudServiceSettings(String account, String password, Optional<Boolean> allowTakeover) {}

  public record ActiveDirectorySync(boolean enabled, Optional<SyncTool> syncTool) {}

  public record SyncTool(
      String server,
      Optional<String> minimumDotNetVersion,
      Optional<Integer> scheduleHours,
      Optional<Boolean> allowReissue) {}

  public record SuspiciousObject(
      String type,
      String value,
      String scanAction,
      Optional<String> notes,
      Optional<String> expires,
      Optional<Boolean> allowDelete) {}
}
