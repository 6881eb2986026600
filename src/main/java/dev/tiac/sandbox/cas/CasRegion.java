package dev.tiac.sandbox.cas;

import java.util.Locale;

/** The eight CAS sites and the host names the real service uses for them. */
public enum CasRegion {
  US("api.tmcas.trendmicro.com"),
  EU("api-eu.tmcas.trendmicro.com"),
  JP("api.tmcas.trendmicro.co.jp"),
  AU("api-au.tmcas.trendmicro.com"),
  UK("api.tmcas.trendmicro.co.uk"),
  CA("api-ca.tmcas.trendmicro.com"),
  SG("api.tmcas.trendmicro.com.sg"),
  IN("api-in.tmcas.trendmicro.com");

  private final String realHost;

  CasRegion(String realHost) {
    this.realHost = realHost;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String realHost() {
    return realHost;
  }

  public static CasRegion fromKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
