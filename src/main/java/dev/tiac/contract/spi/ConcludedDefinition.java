package dev.tiac.contract.spi;

import dev.tiac.config.check.Declarations;
import dev.tiac.contract.LiveResource;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The definition of a check concluded from the others: never declared, so never read nor exported. */
public interface ConcludedDefinition extends CheckDefinition {
  @Override
  default Declarations declarations() {
    return Declarations.NONE;
  }

  @Override
  default void read(JsonNode declaration, Desired into) {}

  @Override
  default List<Exported> export(List<LiveResource> live, boolean byHand) {
    return List.of();
  }
}
