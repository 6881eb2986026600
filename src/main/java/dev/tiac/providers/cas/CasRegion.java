package dev.tiac.providers.cas;

import java.net.URI;

/** CAS service sites; pick the one matching the CAS console URL. */
public enum CasRegion {
  US("api.tmcas.trendmicro.com"),
  EU("api-eu.tmcas.trendmicro.com"),
  JAPAN("api.tmcas.trendmicro.co.jp"),
  AUSTRALIA("api-au.tmcas.trendmicro.com"),
  UK("api.tmcas.trendmicro.co.uk"),
  CANADA("api-ca.tmcas.trendmicro.com"),
  SINGAPORE("api.tmcas.trendmicro.com.sg"),
  INDIA("api-in.tmcas.trendmicro.com");

  private final String host;

  CasRegion(String host) {
    this.host = host;
  }

  public String host() {
    return host;
  }

  /** The short key the desired-state file and the sandbox use: us, eu, jp, au, uk, ca, sg, in. */
  public String key() {
    return switch (this) {
      case US -> "us";
      case EU -> "eu";
      case JAPAN -> "jp";
      case AUSTRALIA -> "au";
      case UK -> "uk";
      case CANADA -> "ca";
      case SINGAPORE -> "sg";
      case INDIA -> "in";
    };
  }

  public static java.util.Optional<CasRegion> byKey(String key) {
    return java.util.Arrays.stream(values()).filter(r -> r.key().equals(key)).findFirst();
  }

  public URI baseUrl() {
    return URI.create("https://" + host);
  }
}
