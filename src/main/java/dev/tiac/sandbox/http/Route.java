package dev.tiac.sandbox.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One served route: a method, a path template with {@code {name}} segments, its handler, the
 * documented rules its requests must satisfy and the captured real responses (file names under
 * the reference's {@code wire/}) its answers are shaped after. The templates double as the route
 * table the OpenAPI documents and docs/sandbox-routes.md are checked against.
 */
public record Route(String method, String template, Handler handler, List<Constraint> constraints, List<String> wire) {

  public Route {
    constraints = List.copyOf(constraints);
    wire = List.copyOf(wire);
  }

  public Route(String method, String template, Handler handler) {
    this(method, template, handler, List.of(), List.of());
  }

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

  /** This route with more rules, checked in order after the ones it has. */
  public Route with(List<Constraint> more) {
    List<Constraint> all = new ArrayList<>(constraints);
    all.addAll(more);
    return new Route(method, template, handler, all, wire);
  }

  public Route with(Constraint... more) {
    return with(List.of(more));
  }

  /** This route with its captured real responses. */
  public Route wire(String... files) {
    return new Route(method, template, handler, constraints, List.of(files));
  }

  /** This route with {@code handler} in place of its own (same rules). */
  public Route handledBy(Handler other) {
    return new Route(method, template, other, constraints, wire);
  }

  /** The first rule {@code request} breaks, as the refusal's message. */
  public Optional<String> violation(Request request) {
    for (Constraint c : constraints) {
      Optional<String> v = c.violation(request);
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
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
