package dev.tiac.contract.spi;

import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import java.util.List;

/**
 * The read side of one kind of resource: everything live of that kind in one list call, in the
 * canonical attribute text the desired side uses. Create, update and delete are separate small
 * capabilities a kind implements only when the service allows them.
 */
public interface ResourceType {
  ResourceKind kind();

  /** Lists every live object of this kind; a failure throws, and is never read as "none". */
  List<LiveResource> list(ReadContext context);
}
