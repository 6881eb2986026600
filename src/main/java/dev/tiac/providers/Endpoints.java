package dev.tiac.providers;

import dev.tiac.http.Secret;
import dev.tiac.ldap.LdapSettings;
import dev.tiac.providers.apexcentral.ApexCentralSettings;
import dev.tiac.providers.cas.CasSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Every service connection of one run, resolved: secrets read, URLs final. Built from the file's
 * connections or from a sandbox's endpoints; the rest of the run never knows which.
 */
public record Endpoints(
    Optional<ApexCentralSettings> apexCentral,
    Optional<CasSettings> cas,
    Optional<LdapSettings> directory,
    Optional<Management> management,
    Optional<Path> extraCa) {

  /** The management API the {@code api} console driver uses (the sandbox serves one). */
  public record Management(URI url, Secret token) {}
}
