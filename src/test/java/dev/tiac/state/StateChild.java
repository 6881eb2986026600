package dev.tiac.state;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Entry point of the child JVMs that the cross-process tests start, lock and kill. */
final class StateChild {
  private StateChild() {}

  public static void main(String[] args) throws IOException {
    LocalStateBackend backend = new LocalStateBackend(Path.of(args[1]));
    switch (args[0]) {
      case "hold-lock" -> holdLock(backend);
      case "save-loop" -> saveLoop(backend);
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  // Prints the lock ID, then holds the lock until its stdin closes or it is killed.
  private static void holdLock(LocalStateBackend backend) throws IOException {
    try (StateLock lock = backend.lock(new LockRequest("apply", "0.1.0-child"), Duration.ZERO)) {
      System.out.println("LOCKED " + lock.info().id());
      System.out.flush();
      while (System.in.read() != -1) {
        // wait
      }
    }
  }

  // Saves ever-growing and shrinking states as fast as it can, as an apply would per call.
  private static void saveLoop(LocalStateBackend backend) {
    try (StateLock lock = backend.lock(new LockRequest("apply", "0.1.0-child"), Duration.ofSeconds(30))) {
      State state = backend.read().orElseGet(() -> State.create("0.1.0-child", Optional.of("k1:00")));
      boolean announced = false;
      while (true) {
        long serial = state.serial() + 1;
        String address = "apexcentral.suspiciousObject[\"domain:d" + (serial % 40) + ".example\"]";
        ResourceState entry = ResourceState.of(address, "apexcentral.suspiciousObject",
            Optional.of("so-" + serial), true,
            Attributes.of(Map.of("value", "x".repeat((int) (serial % 997)), "serial", serial)), Instant.now());
        state = state.with(entry).withSerial(serial);
        backend.write(state);
        if (!announced) {
          System.out.println("SAVING " + lock.info().id());
          System.out.flush();
          announced = true;
        }
      }
    }
  }
}
