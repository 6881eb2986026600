package dev.tiac.http;

import java.io.IOException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One line per attempt out and one per answer back, with timing. Innermost, so it sees the
 * signed request as sent; {@link DebugLog} scrubs headers, tokens and query secrets.
 */
public final class LoggingInterceptor implements Interceptor {
  private final DebugLog log;

  public LoggingInterceptor(DebugLog log) {
    this.log = log;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!log.enabled()) {
      return chain.proceed(request);
    }
    String what = request.method() + " " + request.url();
    StringBuilder headers = new StringBuilder();
    for (String name : request.headers().names()) {
      for (String value : request.headers(name)) {
        headers.append(" [").append(name).append(": ").append(value).append(']');
      }
    }
    log.debug("--> " + what + headers);
    long start = System.nanoTime();
    try {
      Response response = chain.proceed(request);
      log.debug("<-- " + response.code() + " " + what + " (" + millis(start) + " ms)"
          + retryAfter(response));
      return response;
    } catch (IOException e) {
      log.debug("<-- failed " + what + " (" + millis(start) + " ms): " + e);
      throw e;
    }
  }

  private static String retryAfter(Response response) {
    String value = response.header("Retry-After");
    return value == null ? "" : " Retry-After: " + value;
  }

  private static long millis(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
  }
}
