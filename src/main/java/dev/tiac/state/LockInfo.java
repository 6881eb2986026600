package dev.tiac.state;

import dev.tiac.time.ShownTime;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Who holds a state lock. The JSON uses Terraform's lock-info field names, so the same document
 * works as the body of an HTTP backend LOCK request (GitLab stores and returns it as is).
 *
 * @param id nonce that {@code tiac force-unlock ID} must quote
 * @param who user@host
 * @param path where the locked state lives
 */
public record LockInfo(
    String id, String operation, String who, long pid, String tiacVersion, Instant created, String path) {

  /** Lock info for this process: a fresh ID, the current user and host, and this pid. */
  public static LockInfo forThisProcess(LockRequest request, String path, Clock clock) {
    return new LockInfo(
        UUID.randomUUID().toString(),
        request.operation(),
        System.getProperty("user.name", "unknown") + "@" + hostName(),
        ProcessHandle.current().pid(),
        request.tiacVersion(),
        clock.instant().truncatedTo(ChronoUnit.MILLIS),
        path);
  }

  /** The sentence naming the holder, used in every "state is locked" message. */
  public String describe() {
    return who + " (" + operation + ", pid " + pid + ", tiac " + tiacVersion + ", since " + ShownTime.of(created)
        + "), lock ID " + id;
  }

  public byte[] toJson() {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("ID", id);
    node.put("Operation", operation);
    node.put("Info", "pid " + pid);
    node.put("Who", who);
    node.put("Version", tiacVersion);
    node.put("Created", created.toString());
    node.put("Path", path);
    node.put("Pid", pid);
    return Json.MAPPER.writeValueAsBytes(node);
  }

  /** The body a force-unlock sends: only the ID it means to break. */
  public static byte[] idOnlyJson(String id) {
    return Json.MAPPER.writeValueAsBytes(Json.MAPPER.createObjectNode().put("ID", id));
  }

  /** Parses lock info written by tiac or by another Terraform-protocol client. */
  public static LockInfo parse(byte[] json) {
    try {
      JsonNode node = Json.MAPPER.readTree(json);
      if (node == null || !node.isObject() || !node.hasNonNull("ID")) {
        throw new IllegalArgumentException("lock info without an ID: "
            + new String(json, StandardCharsets.UTF_8).strip());
      }
      return new LockInfo(
          node.get("ID").asString(),
          node.path("Operation").asString("unknown operation"),
          node.path("Who").asString("unknown holder"),
          node.path("Pid").asLong(-1),
          node.path("Version").asString("unknown"),
          Instant.parse(node.path("Created").asString(Instant.EPOCH.toString())),
          node.path("Path").asString(""));
    } catch (JacksonException | java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("unreadable lock info: " + e.getMessage(), e);
    }
  }

  private static String hostName() {
    String fromEnv = System.getenv("HOSTNAME");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }
}
