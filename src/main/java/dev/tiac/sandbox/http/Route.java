package dev.tiac.sandbox.http;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One served route: a method, a path template with {@code {name}} segments, and its handler. The
 * templates double as the route table the OpenAPI documents are checked against.
 */
public record Route(String method, String template, Handler handler) {

  public static Route get(String template, Handler handler) {
    return new Route("GET", template, handler);
  }

  public static Route put(String template, Handler handler) {
    return new Route("PUT", template, handler);
  }

  public static Route post(String template, Handler handler) {
    return new Route("POST", template, handler);
  }

  public static Route delete(String template, Handler handler) {
    return new Route("DELETE", template, handler);
  }

  /** The key used for counters and the OpenAPI comparison, e.g. {@code GET /v1/sweeping/mails}. */
  public String key() {
    return method + " " + template;
  }

  Optional<Map<String, String>> match(String path, boolean ignoreCase) {
    String[] want = strip(template).split("/", -1);
    String[] got = strip(path).split("/", -1);
    if (want.length != got.length) {
      return Optional.empty();
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < want.length; i++) {
      if (want[i].startsWith("{") && want[i].endsWith("}")) {
        if (got[i].isEmpty()) {
          return Optional.empty();
        }
        params.put(want[i].substring(1, want[i].length() - 1), java.net.URLDecoder.decode(got[i], java.nio.charset.StandardCharsets.UTF_8));
      } else if (ignoreCase ? !want[i].toLowerCase(Locale.ROOT).equals(got[i].toLowerCase(Locale.ROOT)) : !want[i].equals(got[i])) {
        return Optional.empty();
      }
    }
    return Optional.of(params);
  }

  /** A trailing slash is accepted on every route: real clients send both forms. */
  private static String strip(String p) {
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
