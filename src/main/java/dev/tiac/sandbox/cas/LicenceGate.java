package dev.tiac.sandbox.cas;

import dev.tiac.sandbox.console.ClpAccount;
import dev.tiac.sandbox.console.Licence;
import dev.tiac.sandbox.http.Filter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * Every Cloud App Security route needs the tenant's Cloud App Security licence. The documentation
 * does not say how a tenant without one answers; the closest documented answer is 403, "no
 * permission", in the usual {@code {"code","traceId","msg"}} envelope (docs/evidence.md says so).
 * It runs after authentication: an unknown token is still 401, whatever the licence.
 */
final class LicenceGate {
  static final String NOT_LICENSED = "The Cloud App Security licence of this account is missing or expired";

  private final Supplier<ClpAccount> clp;
  private final Clock clock;

  LicenceGate(Supplier<ClpAccount> clp, Clock clock) {
    this.clp = clp;
    this.clock = clock;
  }

  Filter filter() {
    return next -> request -> clp.get().licensed(Licence.CLOUD_APP_SECURITY, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
        ? next.handle(request)
        : CasErrors.error(403, NOT_LICENSED);
  }
}
