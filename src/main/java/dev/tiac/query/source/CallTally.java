package dev.tiac.query.source;

import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts HTTP attempts per service from the HTTP stack's debug lines ("--> METHOD URL", one per
 * attempt, retries included), the one place every request of every client passes; lines are
 * forwarded to the user's {@code --debug} sink when there is one.
 */
public final class CallTally implements CallCounter {
  private final Map<String, Service> byOrigin;
  private final Map<Service, AtomicInteger> counts = new EnumMap<>(Service.class);
  private final Optional<PrintWriter> forward;

  public CallTally(Map<Service, URI> origins, Optional<PrintWriter> forward) {
    this.byOrigin = new java.util.HashMap<>();
    origins.forEach((service, uri) -> byOrigin.put(origin(uri), service));
    for (Service s : Service.values()) {
      counts.put(s, new AtomicInteger());
    }
    this.forward = forward;
  }

  /** The sink to give {@code DebugLog.to}. */
  public PrintWriter writer() {
    return new PrintWriter(new LineWriter(), true);
  }

  /** For sources that are not HTTP (LDAP): they report their own requests. */
  public void add(Service service, int requests) {
    counts.get(service).addAndGet(requests);
  }

  @Override
  public int count(Service service) {
    return counts.get(service).get();
  }

  private void line(String line) {
    forward.ifPresent(out -> out.println(line));
    int at = line.indexOf("--> ");
    if (at < 0) {
      return;
    }
    String[] parts = line.substring(at + 4).split(" ", 3);
    if (parts.length >= 2) {
      Service service = byOrigin.get(origin(URI.create(parts[1])));
      if (service != null) {
        counts.get(service).incrementAndGet();
      }
    }
  }

  private static String origin(URI uri) {
    int port = uri.getPort() >= 0 ? uri.getPort() : "http".equals(uri.getScheme()) ? 80 : 443;
    return String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT) + ":" + port;
  }

  private final class LineWriter extends Writer {
    private final StringBuilder pending = new StringBuilder();

    @Override
    public synchronized void write(char[] buffer, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        char c = buffer[i];
        if (c == '\n') {
          line(pending.toString().stripTrailing());
          pending.setLength(0);
        } else {
          pending.append(c);
        }
      }
    }

    @Override
    public void flush() {
      forward.ifPresent(PrintWriter::flush);
    }

    @Override
    public void close() {
      flush();
    }
  }
}
