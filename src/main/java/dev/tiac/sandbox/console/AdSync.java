package dev.tiac.sandbox.console;

import java.util.List;
import java.util.Optional;

/** Apex Central's Active Directory synchronization setting and the tools it issued. */
public record AdSync(boolean enabled, List<SyncTool> tools) {
  public AdSync {
    tools = List.copyOf(tools);
  }

  public Optional<SyncTool> activeTool() {
    return tools.stream().filter(SyncTool::active).findFirst();
  }
}
