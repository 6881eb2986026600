package dev.tiac.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tiac.config.schema.TiacSchema;
import dev.tiac.contract.Reconciliation;
import dev.tiac.contract.SetupStep;
import dev.tiac.contract.spi.KindDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schemas name the kinds the registry defines, no more and no fewer: the resource types of the
 * JSON plan and drift report, the drift report's step ids, and the kinds prune.allow may name.
 */
class KindSchemasTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @ParameterizedTest
  @ValueSource(strings = {"schemas/plan-v1.schema.json", "schemas/drift-report-v1.schema.json"})
  void theOutputSchemasListEveryRegisteredResourceType(String file) throws IOException {
    assertEquals(Kinds.registry().all().stream().map(k -> k.kind().type()).toList(),
        strings(read(file).at("/$defs/change/properties/type/enum")), file + ": the type enum, in the registry's order");
  }

  @org.junit.jupiter.api.Test
  void theDriftReportListsEveryProcedureStep() throws IOException {
    JsonNode report = read("schemas/drift-report-v1.schema.json");
    List<String> ids = Arrays.stream(SetupStep.values()).map(SetupStep::id).toList();
    assertEquals(ids, strings(report.at("/properties/steps/items/properties/step/enum")));
    assertEquals(ids, strings(report.at("/properties/resources/items/properties/step/enum")));
  }

  /** prune.allow names exactly the kinds a driver may delete: every kind but the checks. */
  @ParameterizedTest
  @ValueSource(strings = {"tiac", "overlay"})
  void pruneAllowNamesEveryKindTiacChanges(String which) throws IOException {
    JsonNode schema = which.equals("tiac") ? TiacSchema.get().tree() : read("schemas/tiac-v1-overlay.schema.json");
    String pattern = schema.at("/properties/prune/properties/allow/items/pattern").asString();
    String kinds = pattern.substring(pattern.indexOf('(') + 1, pattern.indexOf(')'));
    assertEquals(Kinds.registry().all().stream().filter(k -> k.kind().reconciliation() != Reconciliation.CHECK)
        .map(KindDefinition::kind).map(k -> k.type().replace(".", "\\.")).toList(), List.of(kinds.split("\\|")));
  }

  private static JsonNode read(String file) throws IOException {
    return JSON.readTree(Files.readString(Path.of(file)));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }
}
