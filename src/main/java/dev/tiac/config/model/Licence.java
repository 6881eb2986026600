package dev.tiac.config.model;

import java.util.Optional;

/** A licence the Customer Licensing Portal account must hold: checked, never changed. */
public record Licence(Product product, Optional<Integer> minimumSeats, Optional<Integer> warnDaysBeforeExpiry) {
  public enum Product {
    cloudAppSecurity,
    endpointSensor
  }
}
