package dev.tiac.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.config.ConfigLoader;
import dev.tiac.config.LoadedConfig;
import dev.tiac.config.check.Declarations;
import dev.tiac.config.check.Declared;
import dev.tiac.config.load.Pointers;
import dev.tiac.config.schema.TiacSchema;
import dev.tiac.contract.Address;
import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.Direction;
import dev.tiac.contract.KindHandling;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.Reconciliation;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.AttestedFact;
import dev.tiac.contract.spi.Desired;
import dev.tiac.contract.spi.Exported;
import dev.tiac.contract.spi.KindDefinition;
import dev.tiac.contract.spi.KindRegistry;
import dev.tiac.plan.desired.DesiredResources;
import dev.tiac.plan.diff.DiffInput;
import dev.tiac.plan.diff.Differ;
import dev.tiac.plan.diff.RemovalPolicy;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

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

  /**
   * What export writes for the sample's resources, live as the file wants them, reads back as the
   * same resources: file → desired → export → file. A check is not exported, and a kind with a
   * write-only secret is left commented for a person to confirm.
   */
  @ParameterizedTest
  @MethodSource("definitions")
  void theSampleRoundTripsThroughExport(KindDefinition kind) {
    List<DesiredResource> declared = declared(kind);
    List<Exported> exported = kind.export(declared.stream().map(d -> LiveResource.of(d.address(), d.attributes())).toList(), false);
    boolean byHand = kind.kind().reconciliation() == Reconciliation.CHECK || declared.stream().anyMatch(d -> !d.secrets().isEmpty());
    if (declared.isEmpty() || byHand) {
      assertTrue(exported.stream().allMatch(e -> e instanceof Exported.Commented), kind.kind().type() + " exports what only a person can confirm");
      return;
    }
    ObjectNode file = JsonNodeFactory.instance.objectNode();
    for (Exported e : exported) {
      ObjectNode parent = file;
      List<String> path = Pointers.segments(e.pointer());
      for (String segment : path.subList(0, path.size() - 1)) {
        parent = parent.has(segment) ? (ObjectNode) parent.get(segment) : parent.putObject(segment);
      }
      String key = path.get(path.size() - 1);
      if (e instanceof Exported.One one) {
        parent.set(key, one.entry().toJson());
      } else if (e instanceof Exported.Each each) {
        ArrayNode items = parent.putArray(key);
        each.entries().forEach(entry -> items.add(entry.toJson()));
      }
    }
    Map<Address, Map<String, Value>> back = new java.util.HashMap<>();
    for (Declared d : kind.declarations().in(file)) {
      Desired read = new Desired();
      kind.read(file.at(d.pointer()), read);
      back.put(Address.parse(d.address()).orElseThrow(), read.attributes());
    }
    Map<Address, Map<String, Value>> sample = new java.util.HashMap<>();
    declared.forEach(d -> sample.put(d.address(), d.attributes()));
    assertEquals(sample, back, kind.kind().type() + " exported as " + file);
  }

  /** A resource compared with itself, live exactly as the file wants it, has no change. */
  @ParameterizedTest
  @MethodSource("definitions")
  void comparingAResourceWithItselfFindsNoChange(KindDefinition kind) {
    for (DesiredResource d : declared(kind)) {
      for (KindHandling handling : List.of(KindHandling.API_CALLS, KindHandling.RUNBOOK_STEPS)) {
        Change c = plan(d, Optional.of(LiveResource.of(d.address(), d.attributes())), handling);
        assertEquals(kind.kind().reconciliation() == Reconciliation.CHECK ? ChangeKind.CHECK : ChangeKind.NO_CHANGE, c.kind(), d.address() + ": " + c);
      }
    }
  }

  /** A console setting done by hand gets its steps, whether it is created or any one attribute changes. */
  @ParameterizedTest
  @MethodSource("definitions")
  void everyChangeDoneByHandHasItsConsoleSteps(KindDefinition kind) {
    if (kind.kind().reconciliation() != Reconciliation.CONSOLE) {
      return;
    }
    for (DesiredResource d : declared(kind)) {
      assertFalse(plan(d, Optional.empty(), KindHandling.RUNBOOK_STEPS).steps().isEmpty(), d.address() + " is created without steps");
      for (String name : d.attributes().keySet()) {
        Map<String, Value> before = new java.util.HashMap<>(d.attributes());
        before.put(name, other(d.attributes().get(name)));
        Change c = plan(d, Optional.of(LiveResource.of(d.address(), before)), KindHandling.RUNBOOK_STEPS);
        assertEquals(ChangeKind.MANUAL, c.kind(), d.address() + " " + name);
        assertFalse(c.steps().isEmpty(), d.address() + ": a change of " + name + " has no steps");
      }
    }
  }

  /**
   * Every guarded change can be opted into: whatever an attribute moves from the file's value to,
   * a change that needs an opt-in names the kind's, and that opt-in allows it.
   */
  @ParameterizedTest
  @MethodSource("definitions")
  void everyGuardedChangeCanBeOptedInto(KindDefinition kind) {
    for (DesiredResource d : declared(kind)) {
      for (String name : d.attributes().keySet()) {
        AttributeChange moved = AttributeChange.plain(name, Optional.of(d.attributes().get(name)), Optional.of(other(d.attributes().get(name))));
        Change update = change(d.address(), kind.remakes(List.of(moved)) ? ChangeKind.REPLACE : ChangeKind.UPDATE, List.of(moved));
        Optional<LiveResource> live = Optional.of(LiveResource.of(d.address(), d.attributes()));
        Change judged = kind.judge(update, Set.of(), live);
        if (judged.needsOptIn()) {
          assertTrue(kind.optIn().isPresent(), d.address() + ": changing " + name + " needs an opt-in the kind does not name");
          assertTrue(kind.judge(update, Set.of(kind.optIn().get()), live).optedIn(), d.address() + ": " + kind.optIn().get().key() + " does not allow it");
        }
      }
    }
  }

  /** Deleting what tiac may delete states what is lost: the removal rule's opt-in then guards it. */
  @ParameterizedTest
  @MethodSource("definitions")
  void everyDeleteSaysWhatItTakesAway(KindDefinition kind) {
    if (kind.neverDeleted().isPresent()) {
      return;
    }
    for (DesiredResource d : declared(kind)) {
      assertTrue(kind.deleted(d.address(), Optional.of(LiveResource.of(d.address(), d.attributes()))).isPresent(), d.address().toString());
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

  /** The one change a plan makes for the resource against {@code live}, handled as {@code handling} handles its kind. */
  private static Change plan(DesiredResource d, Optional<LiveResource> live, KindHandling handling) {
    DiffInput input = new DiffInput(List.of(d), live.map(l -> Map.of(d.address(), l)).orElse(Map.of()), Set.of(), Set.of(ResourceKind.values()),
        a -> secrets(d), k -> handling, d.address().kind().reconciliation() == Reconciliation.CHECK
            ? Map.of(d.address(), new CheckOutcome(CheckOutcome.Status.PASS, "read", List.of())) : Map.of(), RemovalPolicy.none());
    return new Differ(KINDS).diff(input).get(0);
  }

  private static Map<String, DiffInput.SecretComparison> secrets(DesiredResource d) {
    Map<String, DiffInput.SecretComparison> same = new java.util.HashMap<>();
    d.secrets().keySet().forEach(k -> same.put(k, DiffInput.SecretComparison.SAME));
    return same;
  }

  /** A value other than {@code v}: a flipped switch, the other word, a list without its entries. */
  private static Value other(Value v) {
    if (v instanceof Value.Bool b) {
      return Value.bool(!b.value());
    }
    if (v.equals(Value.text("ON"))) {
      return Value.text("OFF");
    }
    if (v instanceof Value.Items items) {
      return items.items().isEmpty() ? Value.set(List.of("added.example")) : Value.list(List.of());
    }
    if (v instanceof Value.Num n) {
      return Value.number(n.value().add(java.math.BigDecimal.ONE));
    }
    if (v instanceof Value.Fields f) {
      return Value.map(Map.of("changed", Value.TRUE));
    }
    return Value.text(v.asText().orElse("") + "-other");
  }

  private static List<DesiredResource> declared(KindDefinition kind) {
    return DESIRED.stream().filter(d -> d.address().kind() == kind.kind()).toList();
  }

  /** The schema of the value at a document pointer, following properties, items and $ref. */
  static JsonNode schemaAt(String pointer) {
    TiacSchema schema = TiacSchema.get();
    JsonNode node = schema.tree();
    for (String segment : Pointers.segments(pointer)) {
      node = schema.deref(node);
      node = segment.matches("[0-9]+") ? node.path("items") : node.path("properties").path(segment);
    }
    return schema.deref(node);
  }
}
