package dev.tiac.cli;

import dev.tiac.http.TrustMaterial;
import dev.tiac.sandbox.SandboxEndpoints;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A proxy in front of one of a sandbox's services that answers a share of the reads (GET, and the
 * PUTs Endpoint Sensor reads with) with HTTP 500 in that service's own error shape, from a seeded
 * generator shared by every proxy of a run, and forwards everything else untouched. Writes (POST)
 * are never faulted: a 500 on a create says nothing about whether it landed, which is
 * CreateGuard's matter.
 */
final class FaultyProxy extends Dispatcher {
  private final HttpUrl target;
  private final boolean apexShape;
  private final double rate;
  private final SplittableRandom random;
  private final OkHttpClient forward;
  private final AtomicInteger reads;
  private final AtomicInteger injected;
  /** Time parameters seen, each checked against the documented format. */
  final java.util.List<String> times = new java.util.concurrent.CopyOnWriteArrayList<>();

  FaultyProxy(String target, String caFile, boolean apexShape, double rate, SplittableRandom random,
      AtomicInteger reads, AtomicInteger injected) {
    this.target = HttpUrl.get(target);
    this.apexShape = apexShape;
    this.rate = rate;
    this.random = random;
    this.reads = reads;
    this.injected = injected;
    TrustMaterial trust = TrustMaterial.load(Optional.of(Path.of(caFile)));
    this.forward = new OkHttpClient.Builder().sslSocketFactory(trust.socketFactory(), trust.trustManager())
        .retryOnConnectionFailure(false).followRedirects(false).build();
  }

  /**
   * {@code target}'s endpoints with Apex Central and the home CAS region behind the proxies. The
   * management API stays direct: it is how {@code --sandbox} knows the sandbox is open here.
   */
  static String endpointsJson(SandboxEndpoints target, MockWebServer apex, MockWebServer cas) {
    JsonMapper json = JsonMapper.builder().build();
    ObjectNode tree = json.valueToTree(target);
    tree.withObject("/apexCentral").put("url", base(apex));
    tree.withObject("/cas").withObject("/urls").put(target.cas().homeRegion(), base(cas));
    tree.put("pid", ProcessHandle.current().pid());
    return tree.toString();
  }

  private static String base(MockWebServer server) {
    return server.url("/").toString().replaceAll("/$", "");
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    String path = request.getUrl().encodedPath();
    for (String name : java.util.List.of("start", "end")) {
      Optional.ofNullable(request.getUrl().queryParameter(name)).ifPresent(times::add);
    }
    boolean read = request.getMethod().equals("GET") || request.getMethod().equals("PUT");
    if (read) {
      reads.incrementAndGet();
      if (draw()) {
        injected.incrementAndGet();
        return new MockResponse.Builder().code(500).addHeader("Content-Type", "application/json")
            .body(apexShape ? "{\"Data\":null,\"Meta\":{\"Result\":0,\"ErrorCode\":99,\"ErrorMsg\":\"Internal server error\"}}"
                : "{\"code\":500,\"traceId\":\"proxy-" + injected.get() + "\",\"msg\":\"Internal server error\"}").build();
      }
    }
    HttpUrl.Builder url = target.newBuilder().encodedPath(path);
    Optional.ofNullable(request.getUrl().encodedQuery()).ifPresent(url::encodedQuery);
    RequestBody body = request.getBody() == null || (request.getMethod().equals("GET") || request.getMethod().equals("DELETE"))
        ? null : RequestBody.create(request.getBody().toByteArray(),
            Optional.ofNullable(request.getHeaders().get("Content-Type")).map(MediaType::get).orElse(null));
    Request.Builder out = new Request.Builder().url(url.build()).method(request.getMethod(), body);
    for (String name : request.getHeaders().names()) {
      if (!Map.of("host", 1, "content-length", 1, "connection", 1, "accept-encoding", 1).containsKey(name.toLowerCase(java.util.Locale.ROOT))) {
        request.getHeaders().values(name).forEach(v -> out.addHeader(name, v));
      }
    }
    try (Response answer = forward.newCall(out.build()).execute()) {
      MockResponse.Builder back = new MockResponse.Builder().code(answer.code()).body(answer.body().string());
      Map<String, String> keep = new HashMap<>();
      for (String name : new String[] {"Content-Type", "Retry-After", "Location"}) {
        Optional.ofNullable(answer.header(name)).ifPresent(v -> keep.put(name, v));
      }
      keep.forEach(back::addHeader);
      return back.build();
    } catch (IOException e) {
      return new MockResponse.Builder().code(502).body("proxy: " + e.getMessage()).build();
    }
  }

  private boolean draw() {
    synchronized (random) {
      return random.nextDouble() < rate;
    }
  }
}
