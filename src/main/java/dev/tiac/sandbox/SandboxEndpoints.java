package dev.tiac.sandbox;

import java.util.List;
import java.util.Map;

/**
 * Where the sandbox listens and the credentials it accepts: the in-process mirror of
 * {@code .tiac/sandbox/endpoints.json}. toString() never shows a secret.
 */
public record SandboxEndpoints(String caFile, ApexCentral apexCentral, Cas cas, Ldap ldap, Management management, long pid) {

  /** Apex Central base URL (without /WebApp) and the Automation API application. */
  public record ApexCentral(String url, String applicationId, String apiKey, int communicationTimeoutSeconds) {
    @Override
    public String toString() {
      return "ApexCentral[" + url + ", " + applicationId + "]";
    }
  }

  /** CAS URL per region key (us, eu, jp, au, uk, ca, sg, in), the tenant's home region and its tokens. */
  public record Cas(String homeRegion, Map<String, String> urls, List<CasToken> tokens) {
    public Cas {
      urls = Map.copyOf(urls);
      tokens = List.copyOf(tokens);
    }

    public String homeUrl() {
      return urls.get(homeRegion);
    }
  }

  /** One CAS token with its API types and expiry (ISO instant). */
  public record CasToken(String id, String name, String target, List<String> apiTypes, String token, String expires) {
    public CasToken {
      apiTypes = List.copyOf(apiTypes);
    }

    @Override
    public String toString() {
      return "CasToken[" + name + ", " + apiTypes + "]";
    }
  }

  /** The directory: LDAP and LDAPS URLs and the read-only bind account. */
  public record Ldap(String ldapUrl, String ldapsUrl, String bindDn, String bindPassword, String baseDn) {
    @Override
    public String toString() {
      return "Ldap[" + ldapUrl + ", " + bindDn + "]";
    }
  }

  /** The management API (console state, admin counters and faults) and its bearer token. */
  public record Management(String url, String token) {
    @Override
    public String toString() {
      return "Management[" + url + "]";
    }
  }
}
