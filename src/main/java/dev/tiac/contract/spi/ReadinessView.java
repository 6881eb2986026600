package dev.tiac.contract.spi;

import dev.tiac.config.model.Investigation;
import dev.tiac.contract.Address;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a kind's readiness rules see of a plan: the file's resources and investigations, each
 * declared setting judged by its live value (and what that value rests on), the plan's check
 * outcomes, and whether sweeps see mail at all.
 */
public interface ReadinessView {
  /** The file's investigations, whose chain the readiness is about. */
  List<Investigation> investigations();

  /** The declared resources of a kind that {@code which} accepts. */
  List<DesiredResource> declared(ResourceKind kind, Predicate<DesiredResource> which);

  /**
   * A declared setting judged by its live value for correlation's sake, not by the file: a policy
   * the file keeps OFF is no blocker while another is ON.
   *
   * @param reliedOn the attribute correlation relies on: where only an attestation shows it (no API
   *     vouched for it in this run), the setting does not count as holding
   * @param good what correlation needs of the live attributes
   * @param describe the live attributes in a few words, e.g. "is ON"
   */
  CheckOutcome judge(DesiredResource desired, String reliedOn, Predicate<Map<String, Value>> good, Function<Map<String, Value>, String> describe);

  /** Every declared resource of the kind {@code which} accepts, judged; empty when there is none. */
  default Optional<CheckOutcome> judgeAll(ResourceKind kind, Predicate<DesiredResource> which, String reliedOn, Predicate<Map<String, Value>> good,
      Function<Map<String, Value>, String> describe) {
    List<DesiredResource> declared = declared(kind, which);
    return declared.isEmpty() ? Optional.empty() : Optional.of(Outcomes.all(declared.stream().map(d -> judge(d, reliedOn, good, describe)).toList()));
  }

  /** A resource's live attributes, as far as the console, an API or an attestation shows them. */
  Optional<Map<String, Value>> live(Address address);

  /** What a live value rests on, e.g. "as the console shows it" or "attested by ana on 2026-12-01". */
  String basis(Address address);

  /**
   * What to do about a declared setting that does not hold: change the file when it declares the
   * setting so ({@code fileWantsIt} false), else apply it (or take its console steps and attest).
   */
  List<String> remedy(DesiredResource desired, boolean fileWantsIt);

  /** The plan's outcomes of every check of the kind, as one; empty when the file declares none. */
  Optional<CheckOutcome> check(ResourceKind kind);

  /** The plan's outcome of one check. */
  Optional<CheckOutcome> check(Address address);

  /** Whether sweeps through the connection's token see mail; an unanswered sweep is unknown. */
  CheckOutcome sweeps();
}
