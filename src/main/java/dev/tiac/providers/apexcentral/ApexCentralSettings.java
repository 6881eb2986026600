package dev.tiac.providers.apexcentral;

import dev.tiac.http.Secret;
import java.net.URI;
import java.util.Objects;

/**
 * One Apex Central connection. {@code baseUrl} is the console origin without {@code /WebApp}
 * (e.g. {@code https://tenant.manage.trendmicro.com}); the client adds the API paths.
 */
public record ApexCentralSettings(URI baseUrl, String applicationId, Secret apiKey) {
  public ApexCentralSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(apiKey, "apiKey");
    if (applicationId == null || applicationId.isBlank()) {
      throw new IllegalArgumentException("an Apex Central application ID is required");
    }
  }
}
