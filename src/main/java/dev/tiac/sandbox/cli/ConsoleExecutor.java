package dev.tiac.sandbox.cli;

import dev.tiac.sandbox.Sandbox;
import dev.tiac.sandbox.SandboxCore;
import dev.tiac.sandbox.SandboxOptions;
import dev.tiac.sandbox.http.FaultInjector;
import dev.tiac.sandbox.http.Faults;
import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.http.Request;
import dev.tiac.sandbox.http.RequestCounters;
import dev.tiac.sandbox.http.Response;
import dev.tiac.sandbox.http.WriteTap;
import dev.tiac.sandbox.management.ManagementApi;
import dev.tiac.sandbox.tls.SandboxTls;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Sends one management request to the running sandbox of a state directory (found through its
 * endpoints.json and a live pid), or, when none runs, applies it to the persisted state in process.
 */
public final class ConsoleExecutor {
  private ConsoleExecutor() {}

  /** The answer's status and body text. */
  public record Result(int status, String body) {}

  public static Result execute(Path stateDir, String method, String path, String body) {
    Optional<JsonNode> running = running(stateDir);
    if (running.isPresent()) {
      return remote(running.get(), method, path, body);
    }
    SandboxCore core = SandboxCore.open(SandboxOptions.defaults(stateDir));
    ManagementApi api = new ManagementApi(core.console(), new RequestCounters(), new FaultInjector(Faults.NONE), new WriteTap());
    Response r = api.handler().handle(Request.of(method, path,
        Map.of("Authorization", "Bearer " + core.console().state().managementToken()), body, "in-process"));
    return new Result(r.status(), r.bodyText());
  }

  /**
   * endpoints.json of a serve that still runs: in another live process, or in this one while that
   * sandbox is open (a file naming this pid is otherwise left over from a serve that stopped).
   */
  public static Optional<JsonNode> running(Path stateDir) {
    Path file = stateDir.resolve("endpoints.json");
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      JsonNode endpoints = Json.parse(Files.readString(file));
      long pid = endpoints.path("pid").asLong(-1);
      boolean alive = pid == ProcessHandle.current().pid()
          ? Sandbox.isOpenHere(endpoints.path("management").path("url").asString(""))
          : ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
      return alive ? Optional.of(endpoints) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Result remote(JsonNode endpoints, String method, String path, String body) {
    HttpClient http = HttpClient.newBuilder().sslContext(SandboxTls.clientContext(Path.of(endpoints.path("caFile").asString()))).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(endpoints.path("management").path("url").asString() + path))
        .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Authorization", "Bearer " + endpoints.path("management").path("token").asString())
        .header("Content-Type", "application/json; charset=utf-8").build();
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Result(r.statusCode(), r.body());
    } catch (IOException e) {
      return new Result(503, Json.object().put("msg", "the running sandbox did not answer: " + e.getMessage()).toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(503, Json.object().put("msg", "interrupted").toString());
    }
  }
}
