package dev.tiac.plan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.plan.SamplePlans;
import dev.tiac.state.DocumentMac;
import dev.tiac.state.StateKey;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The MAC binds what a saved plan says, not how it is laid out. */
class SealedPlanTest {
  private final StateKey key = StateKey.random();
  private final DocumentMac mac = new DocumentMac(key, "tiac saved plan v1");
  private final String written = SealedPlan.write(SamplePlans.mixed(), PlanJsonTest.STAMP, mac::sign);

  private String edit(java.util.function.Consumer<ObjectNode> change) {
    ObjectNode root = (ObjectNode) PlanJson.tree(written);
    change.accept(root);
    return PlanJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  @Test
  void theWrittenPlanVerifiesAndReadsBackEqual() {
    SealedPlan sealed = SealedPlan.parse(written);
    assertEquals(List.of(Path.of("tiac.yaml")), sealed.files());
    assertEquals(SamplePlans.mixed(), sealed.verify(mac::verify));
  }

  @Test
  void layoutDoesNotMatterButOrderAndContentDo() {
    String compact = PlanJson.JSON.writeValueAsString(PlanJson.tree(written));
    assertEquals(SamplePlans.mixed(), SealedPlan.parse(compact).verify(mac::verify));
    String reordered = edit(root -> {
      ArrayNode changes = (ArrayNode) root.path("changes");
      changes.add(changes.remove(0));
    });
    InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> SealedPlan.parse(reordered).verify(mac::verify));
    assertTrue(e.getMessage().startsWith("the saved plan was modified after it was written"), e.getMessage());
    String relabelled = edit(root -> root.put("setup", "other"));
    assertThrows(InvalidPlanException.class, () -> SealedPlan.parse(relabelled).verify(mac::verify));
  }

  @Test
  void aMacForAnotherPurposeOrKeyDoesNotPass() {
    DocumentMac otherPurpose = new DocumentMac(key, "tiac something else v1");
    assertThrows(InvalidPlanException.class, () -> SealedPlan.parse(written).verify(otherPurpose::verify));
    DocumentMac otherKey = new DocumentMac(StateKey.random(), "tiac saved plan v1");
    assertThrows(InvalidPlanException.class, () -> SealedPlan.parse(written).verify(otherKey::verify));
    String unsigned = edit(root -> root.remove("mac"));
    InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> SealedPlan.parse(unsigned));
    assertTrue(e.getMessage().contains("carries no MAC"), e.getMessage());
  }
}
