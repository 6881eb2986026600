package dev.tiac.sandbox.http;

/** Answers one request; routes, routers and filtered chains are all handlers. */
@FunctionalInterface
public interface Handler {
  Response handle(Request request);
}
