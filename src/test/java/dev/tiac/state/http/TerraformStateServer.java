package dev.tiac.state.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okio.ByteString;
import tools.jackson.databind.json.JsonMapper;

/**
 * An in-memory server following Terraform's HTTP backend protocol, as GitLab implements it:
 * state at {@code /state}, lock at {@code /state/lock}, basic auth, 409 (or 423) with the
 * holder's lock info when locked, POST refused unless it carries the holder's lock ID.
 */
public final class TerraformStateServer extends Dispatcher {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String expectedAuth;
  private final int conflictStatus;
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private byte[] state;
  private byte[] lock;

  public TerraformStateServer(String user, String password, int conflictStatus) {
    this.expectedAuth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    this.conflictStatus = conflictStatus;
  }

  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  public synchronized Optional<String> storedState() {
    return Optional.ofNullable(state).map(String::new);
  }

  @Override
  public synchronized MockResponse dispatch(RecordedRequest request) {
    requests.add(request);
    if (!expectedAuth.equals(request.getHeaders().get("Authorization"))) {
      return reply(401, "{\"message\":\"401 Unauthorized\"}");
    }
    String path = request.getUrl().encodedPath();
    byte[] body = Optional.ofNullable(request.getBody()).map(ByteString::toByteArray).orElse(new byte[0]);
    if (path.equals("/state")) {
      return state(request.getMethod(), request.getUrl().queryParameter("ID"), body, request.getHeaders());
    }
    if (path.equals("/state/lock")) {
      return lock(request.getMethod(), body);
    }
    return reply(404, "{}");
  }

  private MockResponse state(String method, String lockId, byte[] body, Headers headers) {
    switch (method) {
      case "GET":
        return state == null ? reply(404, "") : reply(200, new String(state));
      case "POST":
        if (lock != null && !idOf(lock).equals(lockId)) {
          return reply(conflictStatus, new String(lock));
        }
        if (!md5(body).equals(headers.get("Content-MD5"))) {
          return reply(400, "{\"message\":\"Content-MD5 mismatch\"}");
        }
        state = body;
        return reply(200, "");
      default:
        return reply(405, "");
    }
  }

  private MockResponse lock(String method, byte[] body) {
    switch (method) {
      case "LOCK":
        if (lock != null) {
          return reply(conflictStatus, new String(lock));
        }
        lock = body;
        return reply(200, "");
      case "UNLOCK":
        if (lock == null) {
          return reply(200, "");
        }
        if (!idOf(lock).equals(idOf(body))) {
          return reply(conflictStatus, new String(lock));
        }
        lock = null;
        return reply(200, "");
      default:
        return reply(405, "");
    }
  }

  private static String idOf(byte[] lockInfo) {
    return JSON.readTree(lockInfo).path("ID").asString("");
  }

  private static String md5(byte[] body) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static MockResponse reply(int status, String body) {
    return new MockResponse(status, Headers.of("Content-Type", "application/json"), body);
  }
}
