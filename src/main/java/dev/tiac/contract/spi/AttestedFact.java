package dev.tiac.contract.spi;

import java.util.function.Predicate;

/**
 * A fact no public API shows that an operator may attest for a check ({@code tiac attest --fact
 * name=value}, or answered when asked), with the shape its value must have.
 *
 * @param question what the operator is asked, e.g. "Seats, as the Customer Licensing Portal shows them"
 * @param shape the value's shape in words, e.g. "a whole number such as 4000"
 * @param example a valid {@code --fact} argument, e.g. {@code seats=4000}
 */
public record AttestedFact(String name, String question, String shape, String example, Predicate<String> valid) {}
