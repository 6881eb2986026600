package dev.tiac.app;

import dev.tiac.config.LoadedConfig;
import dev.tiac.config.interpolate.Interpolator;
import dev.tiac.config.model.Connections;
import dev.tiac.providers.Endpoints;
import dev.tiac.providers.cas.CasSettings;
import dev.tiac.state.StateBinding;
import dev.tiac.state.StateBinding.TenantField;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The binding of one run: the file's setup name and the identifiers of the tenant its resolved
 * endpoints reach. Hosts are kept without their port: a sandbox listens on a new port at every
 * start, while a tenant's host and application ID stay.
 */
final class TenantBindings {
  private TenantBindings() {}

  static StateBinding of(LoadedConfig config, Endpoints endpoints, Interpolator values) {
    Map<TenantField, String> tenant = new EnumMap<>(TenantField.class);
    endpoints.apexCentral().ifPresent(apex -> {
      host(apex.baseUrl()).ifPresent(host -> tenant.put(TenantField.APEX_CENTRAL_HOST, host));
      tenant.put(TenantField.APEX_CENTRAL_APPLICATION_ID, apex.applicationId());
    });
    endpoints.cas().ifPresent(cas -> tenant.put(TenantField.CAS_SITE, site(cas)));
    licensingAccount(config, values).ifPresent(account -> tenant.put(TenantField.LICENSING_ACCOUNT, account));
    return new StateBinding(Optional.of(config.state().metadata().name()), tenant);
  }

  /** A documented region by its key; any other address (a proxy, a sandbox) by its host. */
  private static String site(CasSettings cas) {
    boolean documented = cas.baseUrl().equals(cas.region().baseUrl());
    return documented ? cas.region().key() : host(cas.baseUrl()).orElse(cas.region().key());
  }

  private static Optional<String> licensingAccount(LoadedConfig config, Interpolator values) {
    Optional<String> account = config.state().connections().flatMap(Connections::licensingPortal).map(Connections.LicensingPortal::account);
    try {
      return account.map(values::resolve);
    } catch (Interpolator.UnresolvedException e) {
      // Nothing to bind yet: a run that needs the account reports the missing value where it uses it.
      return Optional.empty();
    }
  }

  private static Optional<String> host(URI url) {
    return Optional.ofNullable(url.getHost());
  }
}
