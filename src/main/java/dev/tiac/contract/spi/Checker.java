package dev.tiac.contract.spi;

import dev.tiac.contract.Address;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.ResourceKind;
import java.util.List;
import java.util.Map;

/** A kind that is never changed, only checked against evidence from the real APIs. */
public interface Checker {
  ResourceKind kind();

  Map<Address, CheckOutcome> check(List<DesiredResource> desired);

  /** As {@link #check(List)}, for checks that weigh what an operator attested (facts no API shows). */
  default Map<Address, CheckOutcome> check(List<DesiredResource> desired, ReadContext context) {
    return check(desired);
  }
}
