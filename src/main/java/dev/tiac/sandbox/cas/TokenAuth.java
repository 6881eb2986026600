package dev.tiac.sandbox.cas;

import dev.tiac.sandbox.console.CasApiType;
import dev.tiac.sandbox.console.CasConsole;
import dev.tiac.sandbox.console.CasToken;
import dev.tiac.sandbox.http.Filter;
import dev.tiac.sandbox.http.Request;
import dev.tiac.sandbox.http.Route;
import dev.tiac.sandbox.http.Router;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Bearer tokens from the CAS console: unknown, deleted, expired or other-region tokens get 401
 * "Authentication token not found"; a token without the route's API type gets 403.
 */
final class TokenAuth {
  private final Supplier<CasConsole> cas;
  private final Clock clock;
  private final Map<String, CasApiType> required;
  private final Router router;

  TokenAuth(Supplier<CasConsole> cas, Clock clock, Map<String, CasApiType> required, Router router) {
    this.cas = cas;
    this.clock = clock;
    this.required = Map.copyOf(required);
    this.router = router;
  }

  Filter filter(CasRegion region) {
    return next -> request -> {
      Optional<CasToken> token = token(request);
      CasConsole console = cas.get();
      if (token.isEmpty() || !console.region().equalsIgnoreCase(region.key()) || token.get().expires().isBefore(clock.instant())) {
        return CasErrors.error(401, CasErrors.TOKEN_NOT_FOUND);
      }
      Optional<CasApiType> needs = router.find(request).map(Route::key).map(required::get);
      if (needs.isPresent() && !token.get().apiTypes().contains(needs.get())) {
        return CasErrors.error(403, "The token does not have the API type " + needs.get().label());
      }
      return next.handle(request);
    };
  }

  Optional<CasToken> token(Request request) {
    String auth = request.header("Authorization").orElse("");
    if (!auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    byte[] given = auth.substring(7).trim().getBytes(StandardCharsets.UTF_8);
    return cas.get().tokens().stream()
        .filter(t -> MessageDigest.isEqual(t.secret().getBytes(StandardCharsets.UTF_8), given))
        .findFirst();
  }
}
