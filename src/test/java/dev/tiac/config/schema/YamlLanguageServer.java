package dev.tiac.config.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tiac.config.load.TreeReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * yaml-language-server (installed by .ci/run under target/node), driven as an editor drives it:
 * the problems it publishes for each file opened, by file.
 */
final class YamlLanguageServer {
  private static final Path SERVER = Path.of("target/node/node_modules/yaml-language-server/bin/yaml-language-server");
  private static final Path DRIVER = Path.of("src/test/node/yaml-problems.mjs");

  private YamlLanguageServer() {}

  /** The problems per file; {@code environment} configures the driver (SCHEMA_STORE: a catalog's URL). */
  static JsonNode problems(Map<String, String> environment, String... files) throws Exception {
    assumeTrue(Files.exists(SERVER), "yaml-language-server is not installed: .ci/run installs it (npm install --prefix target/node)");
    List<String> command = new ArrayList<>(List.of("node", DRIVER.toString(), SERVER.toString()));
    command.addAll(List.of(files));
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().putAll(environment);
    Process node = builder.start();
    String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(node.waitFor(90, TimeUnit.SECONDS), "the language server answered in time");
    assertEquals(0, node.exitValue(), out);
    return TreeReader.readJson(out);
  }
}
