package dev.tiac.providers.apexcentral;

import dev.tiac.http.DebugLog;
import java.io.IOException;
import java.time.Clock;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * Signs every attempt with a fresh token. The body is read into bytes once and those same bytes
 * are both hashed and sent, so the checksum can never drift from what goes on the wire. A 401 is
 * answered with exactly one newly signed attempt (the old token may have aged past the
 * application's communication time-out while queued); a second 401 is final.
 */
final class ApexAuthInterceptor implements Interceptor {
  static final MediaType JSON = MediaType.get("application/json;charset=utf-8");

  private final ApexCentralSettings settings;
  private final Clock clock;
  private final DebugLog log;

  ApexAuthInterceptor(ApexCentralSettings settings, Clock clock, DebugLog log) {
    this.settings = settings;
    this.clock = clock;
    this.log = log;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request original = chain.request();
    byte[] body = bodyBytes(original);
    Response response = chain.proceed(sign(original, body));
    if (response.code() != 401) {
      return response;
    }
    response.close();
    log.debug("HTTP 401 from " + original.method() + " " + original.url()
        + "; retrying once with a freshly signed token");
    return chain.proceed(sign(original, body));
  }

  private Request sign(Request request, byte[] body) {
    String checksum = ApexJwt.checksum(request.method(), pathAndQuery(request.url()), body);
    String token = ApexJwt.token(settings.applicationId(), settings.apiKey(),
        clock.instant().getEpochSecond(), checksum);
    Request.Builder builder = request.newBuilder().header("Authorization", "Bearer " + token);
    if (request.body() != null) {
      builder.method(request.method(), RequestBody.create(body, JSON));
    }
    return builder.build();
  }

  static String pathAndQuery(HttpUrl url) {
    String query = url.encodedQuery();
    return url.encodedPath() + (query == null ? "" : "?" + query);
  }

  private static byte[] bodyBytes(Request request) throws IOException {
    if (request.body() == null) {
      return new byte[0];
    }
    Buffer buffer = new Buffer();
    request.body().writeTo(buffer);
    return buffer.readByteArray();
  }
}
