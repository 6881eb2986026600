package dev.tiac.sandbox.console;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A licence on the Customer Licensing Portal account: the product, the day it expires (ISO date,
 * the last day it is valid) and the seats bought. Only the portal shows seats and expiry.
 */
public record Licence(String product, String expires, int seats) {
  public static final String CLOUD_APP_SECURITY = "Cloud App Security";
  public static final String ENDPOINT_SENSOR = "Apex One as a Service: Endpoint Sensor";
  /** What a tenant has bought when nobody said otherwise: more than the largest sandbox world. */
  public static final int DEFAULT_SEATS = 5000;

  public Licence(String product, String expires) {
    this(product, expires, DEFAULT_SEATS);
  }

  /** Whether the licence still unlocks its service on {@code today}; an unreadable date has expired. */
  public boolean activeOn(LocalDate today) {
    try {
      return !LocalDate.parse(expires).isBefore(today);
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  /** The product's full name from the short keys the file uses (cloudAppSecurity, endpointSensor). */
  public static Optional<String> product(String name) {
    String key = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    if (key.equals("cloudappsecurity") || key.equals("cas")) {
      return Optional.of(CLOUD_APP_SECURITY);
    }
    if (key.equals("endpointsensor") || key.equals("apexoneasaserviceendpointsensor")) {
      return Optional.of(ENDPOINT_SENSOR);
    }
    return Optional.empty();
  }
}
