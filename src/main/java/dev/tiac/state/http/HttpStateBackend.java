package dev.tiac.state.http;

import dev.tiac.state.LockInfo;
import dev.tiac.state.LockRequest;
import dev.tiac.state.LockRetry;
import dev.tiac.state.Sleeper;
import dev.tiac.state.State;
import dev.tiac.state.StateBackend;
import dev.tiac.state.StateCodec;
import dev.tiac.state.StateEncoder;
import dev.tiac.state.StateLock;
import dev.tiac.state.StateLockedException;
import dev.tiac.state.StoredStateCache;
import dev.tiac.state.UnlockRefusedException;
import dev.tiac.state.WriteRules;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * State behind Terraform's HTTP backend protocol. GET address reads (404 or 204: none), POST
 * address stores (with {@code ?ID=} of the held lock), the lock and unlock methods carry the lock
 * info as body, and 409 or 423 answer a lock held by someone else, with the holder in the body.
 */
public final class HttpStateBackend implements StateBackend {
  private final HttpBackendSettings settings;
  private final HttpTransport transport;
  private final Clock clock;
  private final LockRetry retry;
  private final StoredStateCache cache = new StoredStateCache();
  private final StateEncoder encoder = new StateEncoder();
  private final AtomicReference<Optional<LockInfo>> held = new AtomicReference<>(Optional.empty());

  public HttpStateBackend(HttpBackendSettings settings) {
    this(settings, new JdkHttpTransport(settings.timeout()), Clock.systemUTC(), Sleeper.SYSTEM);
  }

  public HttpStateBackend(HttpBackendSettings settings, HttpTransport transport, Clock clock, Sleeper sleeper) {
    this.settings = settings;
    this.transport = RetryingTransport.around(transport,
        java.util.Set.of("GET", "POST", settings.unlockMethod()), sleeper);
    this.clock = clock;
    this.retry = new LockRetry(clock, sleeper);
  }

  @Override
  public String location() {
    return HttpBackendSettings.redact(settings.address());
  }

  @Override
  public Optional<State> read() {
    HttpReply reply = call("GET", settings.address(), Optional.empty());
    if (reply.status() != 404) {
      expectSuccess(reply, "read state");
    }
    Optional<State> stored = reply.status() == 404 || reply.status() == 204 || reply.body().length == 0
        ? Optional.empty()
        : Optional.of(StateCodec.decode(reply.body(), location()));
    cache.remember(stored);
    return stored;
  }

  @Override
  public void write(State state) {
    Optional<State> stored = cache.known().orElseGet(this::read);
    if (!WriteRules.needsWrite(stored, state, location())) {
      return;
    }
    post(state);
  }

  @Override
  public void overwrite(State state) {
    post(state);
  }

  private void post(State state) {
    URI target = held.get().map(lock -> withLockId(settings.address(), lock.id())).orElse(settings.address());
    byte[] body = encoder.encode(state);
    cache.forget();
    HttpReply reply = call("POST", target, Optional.of(body));
    if (reply.status() == 409 || reply.status() == 423) {
      throw new StateLockedException(location(), holderIn(reply));
    }
    expectSuccess(reply, "store state");
    cache.remember(Optional.of(state));
  }

  @Override
  public StateLock lock(LockRequest request, Duration timeout) {
    return retry.acquire(() -> tryLock(request), timeout);
  }

  private StateLock tryLock(LockRequest request) {
    LockInfo info = LockInfo.forThisProcess(request, location(), clock);
    HttpReply reply = call(settings.lockMethod(), settings.lockAddress(), Optional.of(info.toJson()));
    if (reply.status() == 409 || reply.status() == 423) {
      throw new StateLockedException(location(), holderIn(reply));
    }
    expectSuccess(reply, "lock state");
    held.set(Optional.of(info));
    return cache.whileHeld(new RemoteLock(info));
  }

  @Override
  public void forceUnlock(String id) {
    HttpReply reply = call(settings.unlockMethod(), settings.unlockAddress(), Optional.of(LockInfo.idOnlyJson(id)));
    if (reply.status() == 409 || reply.status() == 423) {
      throw new UnlockRefusedException("lock ID " + id + " does not match the lock on " + location()
          + holderIn(reply).map(h -> ", which is held by " + h.describe()).orElse("")
          + ". Nothing was unlocked.");
    }
    expectSuccess(reply, "force-unlock");
    held.updateAndGet(current -> current.filter(lock -> !lock.id().equals(id)));
  }

  private final class RemoteLock implements StateLock {
    private final LockInfo info;
    private boolean closed;

    RemoteLock(LockInfo info) {
      this.info = info;
    }

    @Override
    public LockInfo info() {
      return info;
    }

    @Override
    public synchronized void close() {
      if (closed) {
        return;
      }
      closed = true;
      held.set(Optional.empty());
      HttpReply reply = call(settings.unlockMethod(), settings.unlockAddress(), Optional.of(info.toJson()));
      expectSuccess(reply, "unlock state (lock ID " + info.id() + ")");
    }
  }

  private Optional<LockInfo> holderIn(HttpReply reply) {
    try {
      return Optional.of(LockInfo.parse(reply.body()));
    } catch (IllegalArgumentException unreadable) {
      return Optional.empty();
    }
  }

  private HttpReply call(String method, URI url, Optional<byte[]> body) {
    Map<String, String> headers = new LinkedHashMap<>();
    settings.username().ifPresent(user -> headers.put("Authorization",
        "Basic " + Base64.getEncoder().encodeToString(
            (user + ":" + settings.password().orElse("")).getBytes(StandardCharsets.UTF_8))));
    body.ifPresent(bytes -> {
      headers.put("Content-Type", "application/json");
      headers.put("Content-MD5", md5(bytes));
    });
    return transport.send(method, url, headers, body);
  }

  private void expectSuccess(HttpReply reply, String what) {
    if (reply.isSuccess()) {
      return;
    }
    String hint = switch (reply.status()) {
      case 401 -> "; check the backend username and password";
      case 403 -> "; the backend user may not " + what;
      default -> "";
    };
    throw new RemoteStateException("could not " + what + " at " + location() + ": HTTP " + reply.status() + hint);
  }

  private static URI withLockId(URI address, String id) {
    String separator = address.getRawQuery() == null ? "?" : "&";
    return URI.create(address + separator + "ID=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
  }

  private static String md5(byte[] body) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JDK lacks MD5", e);
    }
  }
}
