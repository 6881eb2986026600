package dev.tiac.providers.apexone;

import dev.tiac.contract.Value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetMatcherTest {
  private static final List<Endpoint> FLEET = List.of(
      new Endpoint("fin-lt-0042", "Desktop", "Windows 10", "10.20.1.42", "corp.acme.example", "ACME/Finance", true),
      new Endpoint("eng-lt-0007", "Desktop", "Windows 11", "10.30.1.7", "corp.acme.example", "ACME/Engineering", false),
      new Endpoint("dc01", "Server", "Windows Server 2019", "10.0.0.10", "corp.acme.example", "Servers", true),
      new Endpoint("kiosk-lobby-01", "Desktop", "Windows 10", "192.168.5.20", "", "Workgroup", true));

  @Test
  void filteredTargetsAndTheirCriteria() {
    var targets = TargetMatcher.Targets.of(Value.map(Map.of("adDomains", Value.set(List.of("corp.acme.example")), "operatingSystems", Value.set(List.of("WIN_10", "WIN_11")), "type", Value.text("filtered"))));
    assertEquals(List.of("fin-lt-0042", "eng-lt-0007"), TargetMatcher.match(targets, FLEET).stream().map(Endpoint::hostName).toList());
  }

  @Test
  void ipRangesBoundInclusively() {
    var targets = TargetMatcher.Targets.of(Value.map(Map.of("ipRanges", Value.set(List.of("10.20.0.0-10.20.255.255")), "type", Value.text("filtered"))));
    assertEquals(List.of("fin-lt-0042"), TargetMatcher.match(targets, FLEET).stream().map(Endpoint::hostName).toList());
  }

  @Test
  void severalRangesAnyOfWhichMatchesAndRangesThatAreNone() {
    var targets = TargetMatcher.Targets.of(Value.map(Map.of("ipRanges", Value.set(List.of("10.0.0.1-10.0.0.20", "192.168.5.0-192.168.5.255")), "type", Value.text("filtered"))));
    assertEquals(List.of("dc01", "kiosk-lobby-01"), TargetMatcher.match(targets, FLEET).stream().map(Endpoint::hostName).toList());
    var nothing = TargetMatcher.Targets.of(Value.map(Map.of("ipRanges", Value.set(List.of("10.20.1.42")), "type", Value.text("filtered"))));
    assertEquals(List.of(), TargetMatcher.match(nothing, FLEET));
  }

  @Test
  void addressesAreFourDecimalParts() {
    assertEquals(167_772_170L, TargetMatcher.toLong(" 10.0.0.10 "));
    assertEquals(4_294_967_295L, TargetMatcher.toLong("255.255.255.255"));
    for (String bad : List.of("", "10.0.0", "10.0.0.1.", "10.0.0.1.2", "10..0.1", "10.0.0.x", "+1.0.0.1", "10.0.0.1/24")) {
      assertEquals(-1, TargetMatcher.toLong(bad), bad);
    }
  }

  @Test
  void specifiedTargetsByHostAndFolder() {
    var targets = TargetMatcher.Targets.of(Value.map(Map.of("folders", Value.set(List.of("Servers")), "hosts", Value.set(List.of("kiosk-lobby-01")), "type", Value.text("specified"))));
    assertEquals(List.of("dc01", "kiosk-lobby-01"), TargetMatcher.match(targets, FLEET).stream().map(Endpoint::hostName).toList());
  }

  @Test
  void sensorEvidenceNamesTheEndpointsWhereItIsOff() {
    SensorEvidence evidence = SensorEvidence.of(FLEET);
    assertEquals(4, evidence.endpoints());
    assertEquals(1, evidence.desktopsOff());
    assertEquals(List.of("eng-lt-0007"), evidence.firstOff());
    // One desktop of several is off: the sensor runs, the servers' box shows, the desktops' box cannot.
    assertEquals(Map.of("windowsServer", Value.TRUE, "endpointSensor", Value.TRUE), evidence.attributes());
  }
}
