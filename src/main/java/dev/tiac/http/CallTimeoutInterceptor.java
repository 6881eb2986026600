package dev.tiac.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Bounds the time one attempt spends with the server, answer body included: the call timeout, or
 * what is left of the run's deadline if that is sooner. It sits inside pacing and retries, so a
 * wait for the rate limit (announced, bounded by the run deadline) never counts as the server's
 * silence, and a server that accepts and never answers costs one call timeout. OkHttp's own call
 * timeout cannot do this: it spans every interceptor, waits included.
 */
public final class CallTimeoutInterceptor implements Interceptor {
  private final Duration callTimeout;
  private final RunDeadline deadline;
  private final ScheduledExecutorService watchdog;

  public CallTimeoutInterceptor(Duration callTimeout, RunDeadline deadline, ScheduledExecutorService watchdog) {
    this.callTimeout = callTimeout;
    this.deadline = deadline;
    this.watchdog = watchdog;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    String what = chain.request().method() + " " + chain.request().url();
    deadline.checkBeforeCall(what);
    Duration bound = deadline.remaining().filter(left -> left.compareTo(callTimeout) < 0).orElse(callTimeout);
    boolean byDeadline = bound.compareTo(callTimeout) < 0;
    AtomicBoolean fired = new AtomicBoolean();
    ScheduledFuture<?> alarm = watchdog.schedule(() -> {
      fired.set(true);
      chain.call().cancel();
    }, bound.toNanos(), TimeUnit.NANOSECONDS);
    try {
      Response response = chain.proceed(chain.request());
      // Read the whole answer while the alarm is armed: a server that drips its body is as
      // silent as one that sends nothing. Answers here are JSON pages, small enough to hold.
      response.body().source().request(Long.MAX_VALUE);
      return response;
    } catch (IOException e) {
      if (fired.get()) {
        InterruptedIOException timeout = new InterruptedIOException(byDeadline
            ? "cut off: " + deadline.describe() + " passed while waiting for the answer"
            : "no complete answer within the call timeout of " + callTimeout.toSeconds() + " s");
        timeout.initCause(e);
        throw timeout;
      }
      throw e;
    } finally {
      alarm.cancel(false);
    }
  }
}
