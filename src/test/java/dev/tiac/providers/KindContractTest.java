package dev.tiac.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.config.ConfigLoader;
import dev.tiac.config.LoadedConfig;
import dev.tiac.config.check.Declarations;
import dev.tiac.config.check.Declared;
import dev.tiac.config.schema.TiacSchema;
import dev.tiac.contract.Address;
import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.Direction;
import dev.tiac.contract.Reconciliation;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.spi.AttestedFact;
import dev.tiac.contract.spi.KindDefinition;
import dev.tiac.contract.spi.KindRegistry;
import dev.tiac.plan.desired.DesiredResources;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The same checks for every registered kind: a kind that forgets part of its definition fails
 * here, not in a user's run. The sample setup is the corpus: it declares every kind a file can.
 */
class KindContractTest {
  private static final KindRegistry KINDS = Kinds.registry();
  private static final LoadedConfig SAMPLE = new ConfigLoader(KINDS.declarations()).load(List.of(Path.of("samples/acme.yaml")));
  private static final List<DesiredResource> DESIRED = DesiredResources.of(SAMPLE, KINDS);

  static Stream<KindDefinition> definitions() {
    return KINDS.all().stream();
  }

  @Test
  void theRegistryDefinesEveryKindOnce() {
    assertEquals(Arrays.asList(ResourceKind.values()), KINDS.all().stream().map(KindDefinition::kind).toList());
  }

  @ParameterizedTest
  @MethodSource("definitions")
  void everyKindHasAStepAndAService(KindDefinition kind) {
    assertTrue(kind.step() != null && kind.service() != null, kind.kind().type());
  }

  /** A kind a file can declare is declared in the sample; one concluded from the others never is. */
  @ParameterizedTest
  @MethodSource("definitions")
  void theSampleDeclaresEveryDeclarableKindUnderItsOwnAddresses(KindDefinition kind) {
    List<Declared> declared = kind.declarations().in(SAMPLE.document().tree());
    if (kind.declarations() == Declarations.NONE) {
      assertTrue(SAMPLE.resources().stream().noneMatch(d -> d.address().startsWith(kind.kind().type() + "[")), kind.kind().type());
      return;
    }
    assertFalse(declared.isEmpty(), "samples/acme.yaml declares no " + kind.kind().type());
    for (Declared d : declared) {
      assertEquals(Optional.of(kind.kind()), Address.parse(d.address()).map(Address::kind), d.address());
      assertFalse(SAMPLE.document().tree().at(d.pointer()).isMissingNode(), d.pointer());
    }
  }

  /** The opt-in a definition names is a key the schema allows where the kind is declared. */
  @ParameterizedTest
  @MethodSource("definitions")
  void theOptInIsAKeyOfTheKindsDeclaration(KindDefinition kind) {
    if (kind.optIn().isEmpty()) {
      return;
    }
    for (Declared d : kind.declarations().in(SAMPLE.document().tree())) {
      JsonNode schema = schemaAt(d.pointer());
      assertTrue(schema.path("properties").has(kind.optIn().get().key()),
          kind.kind().type() + " is guarded by " + kind.optIn().get().key() + ", which " + d.pointer() + " cannot hold");
    }
  }

  @ParameterizedTest
  @MethodSource("definitions")
  void aCheckIsNeverChangedNorDeletedAndOnlyAChecksFactsAreAttested(KindDefinition kind) {
    boolean check = kind.kind().reconciliation() == Reconciliation.CHECK;
    if (check) {
      assertTrue(kind.optIn().isEmpty() && kind.neverDeleted().isPresent(), kind.kind().type());
      assertEquals(0, kind.applyCalls(change(kind, ChangeKind.CHECK)));
    } else {
      assertTrue(kind.facts().isEmpty(), kind.kind().type() + " is changed, not attested with facts");
    }
    for (AttestedFact fact : kind.facts()) {
      String value = fact.example().substring(fact.name().length() + 1);
      assertTrue(fact.example().startsWith(fact.name() + "=") && fact.valid().test(value), fact.example());
      assertFalse(fact.valid().test("not a " + fact.name()), fact.name());
    }
  }

  /** Whatever tiac changes by calls, creating the sample's resource makes at least one; deleting one it may delete, too. */
  @ParameterizedTest
  @MethodSource("definitions")
  void everyChangeMadeByCallsCostsItsCalls(KindDefinition kind) {
    if (kind.kind().reconciliation() == Reconciliation.CHECK) {
      return;
    }
    for (DesiredResource d : declared(kind)) {
      List<AttributeChange> all = d.attributes().entrySet().stream()
          .map(e -> AttributeChange.plain(e.getKey(), Optional.empty(), Optional.of(e.getValue()))).toList();
      assertTrue(kind.applyCalls(change(d.address(), ChangeKind.CREATE, all)) > 0, d.address() + " is created without a call");
      if (kind.neverDeleted().isEmpty()) {
        assertTrue(kind.applyCalls(change(d.address(), ChangeKind.DELETE, List.of())) > 0, d.address() + " is deleted without a call");
      }
    }
  }

  /** Each kind follows one that comes before it in the procedure, and nothing follows a kind never declared. */
  @ParameterizedTest
  @MethodSource("definitions")
  void theProcedureOrderRunsForward(KindDefinition kind) {
    kind.after().ifPresent(before -> {
      assertTrue(before.compareTo(kind.kind()) < 0, kind.kind().type() + " follows " + before.type() + ", listed after it");
      assertNotEquals(Declarations.NONE, KINDS.of(before).declarations(), kind.kind().type() + " follows a kind no file declares");
    });
  }

  private static Change change(KindDefinition kind, ChangeKind changeKind) {
    return change(Address.of(kind.kind(), "k"), changeKind, List.of());
  }

  private static Change change(Address address, ChangeKind changeKind, List<AttributeChange> attributes) {
    return new Change(address, changeKind, attributes, Direction.NEUTRAL, Optional.empty(), false, Optional.empty(),
        List.of(), Optional.empty(), Optional.empty());
  }

  private static List<DesiredResource> declared(KindDefinition kind) {
    return DESIRED.stream().filter(d -> d.address().kind() == kind.kind()).toList();
  }

  /** The schema of the value at a document pointer, following properties, items and $ref. */
  static JsonNode schemaAt(String pointer) {
    TiacSchema schema = TiacSchema.get();
    JsonNode node = schema.tree();
    for (String segment : dev.tiac.config.load.Pointers.segments(pointer)) {
      node = schema.deref(node);
      node = segment.matches("[0-9]+") ? node.path("items") : node.path("properties").path(segment);
    }
    return schema.deref(node);
  }
}
