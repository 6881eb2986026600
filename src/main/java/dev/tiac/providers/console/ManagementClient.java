package dev.tiac.providers.console;

import dev.tiac.http.BearerAuthInterceptor;
import dev.tiac.http.HttpClients;
import dev.tiac.http.HttpExchange;
import dev.tiac.http.HttpResult;
import dev.tiac.providers.Endpoints;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The console management API ({@code schemas/openapi/sandbox-management.yaml}) behind the {@code api}
 * driver. Every console kind reads the same snapshot, so a refresh costs one call, not one per kind.
 */
public final class ManagementClient {
  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final MediaType JSON_TYPE = MediaType.get("application/json");

  private final HttpUrl base;
  private final HttpExchange exchange;
  private JsonNode snapshot;

  public ManagementClient(Endpoints.Management management, HttpClients clients) {
    this.base = HttpUrl.get(management.url().toString());
    clients.log().redactor().register(management.token());
    this.exchange = new HttpExchange(clients.client("the management API", List.of(new BearerAuthInterceptor(management.token()))), clients.log().redactor());
  }

  /** The whole console state, read once per run and refreshed after every change. */
  public synchronized JsonNode console() {
    if (snapshot == null) {
      snapshot = call("GET", "/v1/console", Optional.empty());
    }
    return snapshot;
  }

  public synchronized JsonNode send(String method, String path, Optional<ObjectNode> body) {
    JsonNode answer = call(method, path, body);
    snapshot = null;
    return answer;
  }

  public static ObjectNode object() {
    return JSON.createObjectNode();
  }

  private JsonNode call(String method, String path, Optional<ObjectNode> body) {
    HttpUrl url = base.newBuilder().encodedPath(path).build();
    // OkHttp refuses a POST or PUT without a body; an empty object says "no parameters".
    boolean needsBody = method.equals("POST") || method.equals("PUT");
    RequestBody payload = body.map(b -> RequestBody.create(b.toString(), JSON_TYPE))
        .orElse(needsBody ? RequestBody.create("{}", JSON_TYPE) : null);
    HttpResult result = exchange.execute(new Request.Builder().url(url).method(method, payload).build());
    JsonNode root = result.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(result.bodyText());
    if (result.status() >= 300) {
      String message = root.path("msg").asString(root.path("message").asString(root.path("error").asString("HTTP " + result.status())));
      throw new IllegalStateException(method + " " + path + " refused (" + result.status() + "): " + message);
    }
    return root;
  }
}
