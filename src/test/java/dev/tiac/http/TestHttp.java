package dev.tiac.http;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;

/** Small factories for tests: short timeouts, fast backoff, captured debug output. */
final class TestHttp {
  private TestHttp() {}

  static HttpSettings fastSettings() {
    return HttpSettings.defaults()
        .withCallTimeout(Duration.ofSeconds(20))
        .withReadTimeout(Duration.ofSeconds(5))
        .withBackoff(Duration.ofMillis(5), Duration.ofMillis(50));
  }

  static HttpClients clients(HttpSettings settings, StringWriter out, Redactor redactor) {
    return new HttpClients(settings, DebugLog.to(new PrintWriter(out, true), redactor),
        Clock.systemUTC(), Sleeper.system());
  }

  static HttpClients clients(HttpSettings settings) {
    return new HttpClients(settings, DebugLog.off(new Redactor()), Clock.systemUTC(),
        Sleeper.system());
  }
}
