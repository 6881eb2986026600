package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.sandbox.Sandbox;
import dev.tiac.sandbox.SandboxOptions;
import dev.tiac.sandbox.console.CasConsole;
import dev.tiac.sandbox.console.CasPolicy;
import dev.tiac.sandbox.world.AttackStory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each investigation of the sample finds something in the sandbox's seeded world, the world a new
 * user meets with {@code tiac query --sandbox samples/acme.yaml}, or says in its description why not.
 */
class SampleInvestigationsTest {
  @TempDir Path dir;

  @Test
  void everyInvestigationOfTheSampleFindsThePlantedStory() throws Exception {
    AttackStory story;
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults(dir.resolve("sandbox")))) {
      sandbox.console().cas().addServiceAccount(CasConsole.EXCHANGE_ONLINE);
      sandbox.console().cas().setPolicy(CasPolicy.ATP, true);
      story = sandbox.world().stories().get(0);
    }
    CliRun run = MainTest.run("query", "--sandbox", "--state-dir", dir.toString(), "--format", "json", "samples/acme.yaml");
    JsonNode result = JsonMapper.builder().build().readTree(run.out());
    JsonNode sample = new dev.tiac.config.ConfigLoader(dev.tiac.providers.Kinds.registry().declarations()).load(List.of(Path.of("samples/acme.yaml"))).document().tree().path("investigations");
    assertEquals(sample.size(), result.path("investigations").size(), run.out());
    for (JsonNode investigation : result.path("investigations")) {
      String name = investigation.path("name").asString();
      String description = "";
      for (JsonNode declared : sample) {
        if (declared.path("name").asString().equals(name)) {
          description = declared.path("description").asString();
        }
      }
      if (description.contains("finds nothing in the sandbox")) {
        continue;
      }
      assertEquals("matched", investigation.path("status").asString(), name + " (story host " + story.hostName() + ", user " + story.recipientSam()
          + ", look-alike " + story.lookAlikeDomain() + "):\n" + investigation);
      String found = investigation.path("findings").toString();
      assertTrue(found.contains(story.hostName()) || found.contains(story.lookAlikeDomain()), name + " found something else:\n" + investigation);
    }
    assertTrue(Files.exists(dir.resolve("sandbox")));
  }
}
