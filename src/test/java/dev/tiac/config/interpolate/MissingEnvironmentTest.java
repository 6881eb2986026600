package dev.tiac.config.interpolate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tiac.config.ConfigLoader;
import dev.tiac.config.diagnostics.Diagnostic;
import dev.tiac.config.diagnostics.InvalidConfigException;
import dev.tiac.config.load.MergedDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The first unset variable brings every other one with it, each at its line in the file. */
class MissingEnvironmentTest {
  private final MergedDocument sample = new ConfigLoader().load(List.of(Path.of("samples/acme.yaml"))).document();

  @Test
  void everyUnsetVariableIsReportedAtOnceWithFileAndLine() {
    Interpolator values = new Interpolator(Map.of("TIAC_CAS_TOKEN", "set", "TIAC_APEX_API_KEY", ""), sample.baseDirectory(),
        ref -> Optional.empty()).reportingAllMissingOf(sample);
    InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> values.resolve("${env:TIAC_CLP_PASSWORD}"));
    List<String> lines = e.diagnostics().stream().map(Diagnostic::format).toList();
    assertEquals(List.of(
        "samples/acme.yaml:15:20: error: ${env:TIAC_APEX_APPLICATION_ID}: the environment variable TIAC_APEX_APPLICATION_ID is not set (at /connections/apexCentral/applicationId)",
        "samples/acme.yaml:16:13: error: ${env:TIAC_APEX_API_KEY}: the environment variable TIAC_APEX_API_KEY is not set (at /connections/apexCentral/apiKey)",
        "samples/acme.yaml:24:15: error: ${env:TIAC_CLP_PASSWORD}: the environment variable TIAC_CLP_PASSWORD is not set (at /connections/licensingPortal/password)",
        "samples/acme.yaml:28:15: error: ${env:TIAC_AD_BIND_PASSWORD}: the environment variable TIAC_AD_BIND_PASSWORD is not set (at /connections/activeDirectory/password)"),
        lines.subList(0, 4));
    assertEquals(lines.size(), MissingEnvironment.of(sample, Map.of("TIAC_CAS_TOKEN", "set")).size());
  }

  @Test
  void nothingIsReportedWhenEveryVariableIsSet() {
    Map<String, String> all = new java.util.HashMap<>();
    MissingEnvironment.of(sample, Map.of()).forEach(d -> all.put(d.message().substring(6, d.message().indexOf('}')), "x"));
    assertEquals(List.of(), MissingEnvironment.of(sample, all));
    assertEquals("x", new Interpolator(all, sample.baseDirectory(), ref -> Optional.empty()).reportingAllMissingOf(sample)
        .resolve("${env:TIAC_CLP_PASSWORD}"));
  }
}
