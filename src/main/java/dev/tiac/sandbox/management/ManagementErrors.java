package dev.tiac.sandbox.management;

import dev.tiac.sandbox.console.ConsoleException;
import dev.tiac.sandbox.http.Handler;
import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.http.Response;
import java.util.UUID;

/** Errors in the CAS style, {@code {"code","traceId","msg"}}, for every refused console operation. */
final class ManagementErrors {
  private ManagementErrors() {}

  static Response error(int status, String msg) {
    return Response.json(status, Json.object().put("code", status).put("traceId", UUID.randomUUID().toString()).put("msg", msg));
  }

  static Handler guarded(Handler h) {
    return request -> {
      try {
        return h.handle(request);
      } catch (ConsoleException e) {
        return error(e.kind().status(), e.getMessage());
      } catch (IllegalArgumentException e) {
        return error(400, e.getMessage());
      }
    };
  }
}
