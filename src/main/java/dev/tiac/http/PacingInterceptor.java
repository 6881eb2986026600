package dev.tiac.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Paces every attempt (retries too) per credential. Sits after the auth interceptor, keys on a
 * digest of the Authorization header so the pacer's map never holds a token.
 */
public final class PacingInterceptor implements Interceptor {
  private final SlidingWindowPacer pacer;
  private final DebugLog log;

  public PacingInterceptor(SlidingWindowPacer pacer, DebugLog log) {
    this.pacer = pacer;
    this.log = log;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    String key = digest(Optional.ofNullable(chain.request().header("Authorization")).orElse(""));
    SlidingWindowPacer.Permit permit;
    try {
      permit = pacer.take(key);
      if (!permit.waited().isZero()) {
        log.debug("paced " + chain.request().method() + " " + chain.request().url() + " by "
            + permit.waited().toMillis() + " ms to stay within " + pacer.limit() + " requests per window");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while pacing");
    }
    try {
      return chain.proceed(chain.request());
    } finally {
      permit.settle();
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
