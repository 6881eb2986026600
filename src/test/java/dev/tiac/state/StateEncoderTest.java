package dev.tiac.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StateEncoderTest {
  private static ResourceState domain(int i, String action) {
    return ResourceState.of("apexcentral.suspiciousObject[\"domain:d" + i + ".example\"]", "apexcentral.suspiciousObject",
        Optional.of("so-" + i), true, Attributes.of(Map.of("value", "d" + i + ".example", "scanAction", action)), Fixtures.T0);
  }

  @Test
  void successiveStatesEncodeAsIfEachWereEncodedAfresh() {
    StateEncoder encoder = new StateEncoder();
    State state = Fixtures.stateWith();
    assertArrayEquals(StateCodec.encode(state), encoder.encode(state));
    for (int i = 0; i < 30; i++) {
      state = state.with(domain(i, "block")).withSerial(state.serial() + 1);
      assertArrayEquals(StateCodec.encode(state), encoder.encode(state), "after adding " + i);
    }
    // An entry replaced at the same address, one removed and put back, and a state read back from
    // its own file (all entries new objects) must each come out as their content says.
    state = state.with(domain(7, "log")).withSerial(state.serial() + 1);
    assertArrayEquals(StateCodec.encode(state), encoder.encode(state));
    state = state.without(domain(3, "block").address()).withSerial(state.serial() + 1);
    assertArrayEquals(StateCodec.encode(state), encoder.encode(state));
    state = state.with(domain(3, "quarantine")).withSerial(state.serial() + 1);
    assertArrayEquals(StateCodec.encode(state), encoder.encode(state));
    State reread = StateCodec.decode(encoder.encode(state), "test");
    assertArrayEquals(StateCodec.encode(reread), encoder.encode(reread));
  }
}
