package dev.tiac.sandbox.world;

/** Endpoint Sensor's machineType values. */
public enum MachineType {
  DESKTOP("Desktop"),
  SERVER("Server");

  private final String wire;

  MachineType(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static MachineType fromWire(String s) {
    return s.equalsIgnoreCase("server") ? SERVER : DESKTOP;
  }
}
