package dev.tiac.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Paces every attempt (retries too) per credential. Sits after the auth interceptor, keys on a
 * digest of the Authorization header so the pacer's map never holds a token.
 *
 * <p>A 429 is the pacer's own miss, so it is handled here: the pacer learns from it. A 429 without
 * Retry-After (CAS documents none) is sent again once the pacer has room, which is the documented
 * reopening of the window; the request was refused before it was served, so sending it again is
 * safe for any method and spends no retry budget. A 429 with Retry-After goes on to
 * {@link RetryInterceptor}, which honours it.
 */
public final class PacingInterceptor implements Interceptor {
  private final SlidingWindowPacer pacer;
  private final DebugLog log;
  private final int maxRefusals;

  public PacingInterceptor(SlidingWindowPacer pacer, DebugLog log) {
    this(pacer, log, 5);
  }

  /** @param maxRefusals bare 429s one call may meet before the 429 is handed back */
  public PacingInterceptor(SlidingWindowPacer pacer, DebugLog log, int maxRefusals) {
    this.pacer = pacer;
    this.log = log;
    this.maxRefusals = maxRefusals;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    String key = digest(Optional.ofNullable(chain.request().header("Authorization")).orElse(""));
    for (int refusals = 0; ; ) {
      SlidingWindowPacer.Permit permit = take(chain, key);
      Response response;
      try {
        response = chain.proceed(chain.request());
      } catch (IOException | RuntimeException e) {
        permit.settle();
        throw e;
      }
      if (response.code() != 429) {
        permit.settle();
        return response;
      }
      boolean serverSaidWhen = response.header("Retry-After") != null;
      boolean shared = pacer.refused(permit, serverSaidWhen);
      log.debug("HTTP 429 for " + chain.request().method() + " " + chain.request().url()
          + (shared ? ": another client shares this token's budget; keeping to " + pacer.allowed(key) + " calls per window" : ""));
      if (serverSaidWhen || ++refusals >= maxRefusals) {
        return response;
      }
      response.close();
    }
  }

  private SlidingWindowPacer.Permit take(Chain chain, String key) throws IOException {
    try {
      SlidingWindowPacer.Permit permit = pacer.take(key);
      if (!permit.waited().isZero()) {
        log.debug("paced " + chain.request().method() + " " + chain.request().url() + " by "
            + permit.waited().toMillis() + " ms to stay within " + pacer.allowed(key) + " requests per window");
      }
      return permit;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while pacing");
    }
  }

  private static String digest(String value) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
