package dev.tiac.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Proxies by the usual conventions: the JVM's {@code https.proxyHost} / {@code
 * java.net.useSystemProxies} first, then {@code HTTPS_PROXY} / {@code https_proxy} with {@code
 * NO_PROXY}. Loopback is always reached directly.
 */
public final class ProxyConfig {
  private ProxyConfig() {}

  public static ProxySelector fromEnvironment() {
    return select(System.getenv());
  }

  static ProxySelector select(Map<String, String> env) {
    ProxySelector jvm = ProxySelector.getDefault();
    if (System.getProperty("https.proxyHost") != null
        || Boolean.getBoolean("java.net.useSystemProxies")) {
      return jvm;
    }
    Optional<String> url = first(env, "HTTPS_PROXY", "https_proxy");
    if (url.isEmpty() || url.get().isBlank()) {
      return jvm;
    }
    URI uri = URI.create(url.get().contains("://") ? url.get() : "http://" + url.get());
    Proxy proxy = new Proxy(Proxy.Type.HTTP,
        InetSocketAddress.createUnresolved(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 8080));
    List<String> noProxy = List.of(first(env, "NO_PROXY", "no_proxy").orElse("")
        .toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
    return new ProxySelector() {
      @Override
      public List<Proxy> select(URI target) {
        String host = Optional.ofNullable(target.getHost()).orElse("").toLowerCase(Locale.ROOT);
        return bypass(host, noProxy) ? List.of(Proxy.NO_PROXY) : List.of(proxy);
      }

      @Override
      public void connectFailed(URI target, SocketAddress address, IOException e) {
        // Nothing to learn: the retry layer decides what happens next.
      }
    };
  }

  static boolean bypass(String host, List<String> noProxy) {
    if (host.equals("localhost") || host.startsWith("127.") || host.equals("::1")
        || host.equals("[::1]")) {
      return true;
    }
    for (String entry : noProxy) {
      String suffix = entry.startsWith("*") ? entry.substring(1) : entry;
      if (suffix.isEmpty()) {
        continue;
      }
      if (host.equals(suffix.startsWith(".") ? suffix.substring(1) : suffix)
          || host.endsWith(suffix.startsWith(".") ? suffix : "." + suffix)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> first(Map<String, String> env, String... names) {
    for (String name : names) {
      if (env.get(name) != null) {
        return Optional.of(env.get(name));
      }
    }
    return Optional.empty();
  }
}
