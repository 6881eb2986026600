package dev.tiac.providers.cas;

import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.spi.Outcomes;
import java.util.List;

/** Mail seen in a sweep shows the account and an enabled policy at work, whatever was attested. */
final class Swept {
  private Swept() {}

  /**
   * @param declared the declared settings, each judged
   * @param anyOne whether one of them serves (a policy ON) rather than all
   * @param undeclared why there is nothing to judge, when the file declares none
   */
  static CheckOutcome orSwept(CheckOutcome mail, List<CheckOutcome> declared, boolean anyOne, String undeclared) {
    if (mail.status() == CheckOutcome.Status.PASS) {
      return Outcomes.pass(mail.evidence());
    }
    if (declared.isEmpty()) {
      return new CheckOutcome(CheckOutcome.Status.UNKNOWN, undeclared + ", and " + mail.evidence(), mail.remedy());
    }
    return anyOne ? Outcomes.any(declared) : Outcomes.all(declared);
  }
}
