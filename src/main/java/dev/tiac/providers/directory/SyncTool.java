package dev.tiac.providers.directory;

import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.Value;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a synchronization tool synchronizes, judged by the live tool as correlation needs it.
 * Only the latest download is active: one downloaded later from the console, for another server or
 * the same one, stops the declared tool, and the live view then shows the later tool's server,
 * generation and day. An active tool that has run serves correlation whichever server it is on.
 */
final class SyncTool {
  private SyncTool() {}

  /** The active tool has run: Active Directory is synchronized. */
  static boolean active(Map<String, Value> live) {
    return !Value.FALSE.equals(live.get("ran"));
  }

  /** Which tool synchronizes, or which one stopped it, since when. */
  static String describe(DesiredResource declared, Map<String, Value> live) {
    String server = Value.textOf(declared.attributes(), "server", declared.address().key());
    String generation = Optional.ofNullable(live.get("generation")).flatMap(Value::asNumber)
        .map(g -> " (generation " + g.toPlainString() + ")").orElse("");
    // The console shows the download's day; an attestation does not.
    String since = Optional.ofNullable(live.get("issued")).flatMap(Value::asText).map(day -> " downloaded on " + day).orElse("");
    String liveServer = Value.textOf(live, "server", server);
    if (!active(live)) {
      return "is deactivated: a tool for " + liveServer + since + generation
          + " deactivated every earlier one and has not run, so nothing synchronizes";
    }
    if (!server.equalsIgnoreCase(liveServer)) {
      return "is not the active tool: Active Directory synchronizes through the tool on " + liveServer + generation + since;
    }
    return "is the active tool on " + server + generation;
  }
}
