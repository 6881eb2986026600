package dev.tiac.sandbox.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Dispatches to the route whose template matches, after the route's documented rules. Unknown
 * paths and wrong methods are answered by the service's own error shape ({@code notFound} receives
 * the status, 404 or 405), and a broken rule by {@code refuse} (it receives the rule's message).
 */
public final class Router implements Handler {
  private final List<Route> routes;
  private final boolean ignoreCase;
  private final BiFunction<Request, Integer, Response> notFound;
  private final BiFunction<Request, String, Response> refuse;

  public Router(List<Route> routes, boolean ignoreCase, BiFunction<Request, Integer, Response> notFound,
      BiFunction<Request, String, Response> refuse) {
    this.routes = List.copyOf(routes);
    this.ignoreCase = ignoreCase;
    this.notFound = notFound;
    this.refuse = refuse;
  }

  public List<Route> routes() {
    return routes;
  }

  /** The route a request would reach, for filters that act per route (counters, API types). */
  public Optional<Route> find(Request request) {
    for (Route r : routes) {
      if (r.method().equals(request.method()) && r.match(request.rawPath(), ignoreCase).isPresent()) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  @Override
  public Response handle(Request request) {
    boolean pathKnown = false;
    for (Route r : routes) {
      Optional<Map<String, String>> params = r.match(request.rawPath(), ignoreCase);
      if (params.isPresent()) {
        pathKnown = true;
        if (r.method().equals(request.method())) {
          Request routed = request.withPathParams(params.get());
          Optional<String> violation = r.violation(routed);
          return violation.isPresent() ? refuse.apply(routed, violation.get()) : r.handler().handle(routed);
        }
      }
    }
    return notFound.apply(request, pathKnown ? 405 : 404);
  }
}
