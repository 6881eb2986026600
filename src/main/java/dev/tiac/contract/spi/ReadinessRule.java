package dev.tiac.contract.spi;

import dev.tiac.contract.CheckOutcome;
import java.util.Optional;
import java.util.function.Function;

/**
 * One thing correlation needs that a kind knows how to judge, as the kind's definition adds it to
 * the correlation readiness.
 *
 * @param leg the leg of the join it serves
 * @param rank where it stands among its leg's requirements, lowest first, in the order a person
 *     follows the chain (the readiness's own sweep stands at 30 of the mail leg, the directory's
 *     users at 0 of the user leg)
 * @param name e.g. "a Default Exchange policy ON"
 * @param judge its outcome; empty when the file declares nothing to judge
 * @param unchecked what the readiness lists as not checked when there is nothing to judge; empty
 *     when that needs no mention
 */
public record ReadinessRule(Leg leg, int rank, String name, Function<ReadinessView, Optional<CheckOutcome>> judge, Optional<String> unchecked) {}
