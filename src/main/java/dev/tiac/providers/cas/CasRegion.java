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

  public URI baseUrl() {
    return URI.create("https://" + host);
  }
}
