package dev.tiac.contract.spi;

import java.util.function.Predicate;

/**
 * A fact no public API shows that an operator may attest for a check ({@code tiac attest --fact
 * name=value}), with the shape its value must have.
 *
 * @param example a valid {@code --fact} argument, e.g. {@code seats=4000}
 */
public record AttestedFact(String name, String example, Predicate<String> valid) {}
