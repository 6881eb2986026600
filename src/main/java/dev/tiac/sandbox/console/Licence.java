package dev.tiac.sandbox.console;

/** A licence on the Customer Licensing Portal account; {@code expires} is an ISO date. */
public record Licence(String product, String expires) {
  public static final String CLOUD_APP_SECURITY = "Cloud App Security";
  public static final String ENDPOINT_SENSOR = "Apex One as a Service: Endpoint Sensor";
}
