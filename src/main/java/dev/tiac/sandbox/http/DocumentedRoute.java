package dev.tiac.sandbox.http;

import java.util.List;

/**
 * One route (or, behind Apex Central's single Endpoint Sensor path, one operation) the vendor
 * documents, as docs/sandbox-routes.md lists it: whether the sandbox serves it, the rules it
 * enforces and the captured real responses its answers follow.
 */
public record DocumentedRoute(String service, String method, String path, String operation, boolean served,
    List<String> constraints, List<String> wire) {
  public DocumentedRoute {
    constraints = List.copyOf(constraints);
    wire = List.copyOf(wire);
  }

  /** A served route, described by its own declaration. */
  public static DocumentedRoute of(String service, Route route) {
    return new DocumentedRoute(service, route.method(), route.template(), "", true,
        route.constraints().stream().map(Constraint::description).toList(), route.wire());
  }

  /** A documented route the sandbox does not serve (it answers 404, or "not OK" for an operation). */
  public static DocumentedRoute unserved(String service, String method, String path, String operation) {
    return new DocumentedRoute(service, method, path, operation, false, List.of(), List.of());
  }
}
