package dev.tiac.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Set;
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
 *
 * <p>A host that let a call time out is not waited on again in the same run: later calls to it
 * fail at once, so a hung service costs a run one call timeout, not one per call it had planned.
 */
public final class CallTimeoutInterceptor implements Interceptor {
  private final Duration callTimeout;
  private final RunDeadline deadline;
  private final ScheduledExecutorService watchdog;
  private final Set<String> silentHosts;

  /** @param silentHosts hosts that timed out in this run, shared by every client of the run */
  public CallTimeoutInterceptor(Duration callTimeout, RunDeadline deadline, ScheduledExecutorService watchdog,
      Set<String> silentHosts) {
    this.callTimeout = callTimeout;
    this.deadline = deadline;
    this.watchdog = watchdog;
    this.silentHosts = silentHosts;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    String what = chain.request().method() + " " + chain.request().url();
    deadline.checkBeforeCall(what);
    String host = chain.request().url().host() + ":" + chain.request().url().port();
    if (silentHosts.contains(host)) {
      throw new InterruptedIOException("not sent: " + chain.request().url().host()
          + " let an earlier call of this run go unanswered for the call timeout of " + callTimeout.toSeconds() + " s");
    }
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
        if (!byDeadline) {
          silentHosts.add(host);
        }
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
