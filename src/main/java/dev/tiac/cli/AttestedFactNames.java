package dev.tiac.cli;

import dev.tiac.contract.ResourceKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The facts {@code tiac attest --fact} accepts for each check, their shapes, and how an operator is asked for them. */
final class AttestedFactNames {
  private AttestedFactNames() {}

  /** In the order an operator is asked for them. */
  static List<String> of(ResourceKind kind) {
    return switch (kind) {
      case LICENCE -> List.of("seats", "expires");
      case DOTNET -> List.of("dotNetVersion");
      default -> List.of();
    };
  }

  static String example(ResourceKind kind) {
    return switch (kind) {
      case LICENCE -> "--fact seats=4000 --fact expires=2027-06-30";
      case DOTNET -> "--fact dotNetVersion=4.8";
      default -> "(this check takes no attested facts)";
    };
  }

  /** Refuses unknown names and malformed values before anything is recorded. */
  static void validate(ResourceKind kind, Map<String, String> facts) {
    for (Map.Entry<String, String> fact : facts.entrySet()) {
      if (!of(kind).contains(fact.getKey())) {
        throw new IllegalArgumentException("--fact " + fact.getKey() + " is not a fact of " + kind.type() + "; it takes " + example(kind));
      }
      if (!valid(fact.getKey(), fact.getValue().trim())) {
        throw new IllegalArgumentException("--fact " + fact.getKey() + "=" + fact.getValue().trim() + " is not valid: expected " + example(kind));
      }
    }
  }

  /**
   * Asks the operator for each fact of {@code kind} in turn, again after an answer of the wrong
   * shape; empty when the input ends first (nobody there to answer).
   */
  static Optional<Map<String, String>> ask(ResourceKind kind, BufferedReader in, PrintWriter err) {
    Map<String, String> facts = new LinkedHashMap<>();
    try {
      for (String name : of(kind)) {
        while (!facts.containsKey(name)) {
          err.print(question(name) + ": ");
          err.flush();
          String answer = in.readLine();
          if (answer == null) {
            err.println();
            return Optional.empty();
          }
          if (valid(name, answer.trim())) {
            facts.put(name, answer.trim());
          } else {
            err.println("  not " + shape(name) + "; try again");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the answer: " + e.getMessage(), e);
    }
    return Optional.of(facts);
  }

  private static String question(String name) {
    return switch (name) {
      case "seats" -> "Seats, as the Customer Licensing Portal shows them";
      case "expires" -> "Expiry date, as " + shape(name);
      case "dotNetVersion" -> ".NET Framework version, as " + shape(name);
      default -> name;
    };
  }

  private static String shape(String name) {
    return switch (name) {
      case "seats" -> "a whole number such as 4000";
      case "expires" -> "a date such as 2027-06-30";
      case "dotNetVersion" -> "a version such as 4.8";
      default -> "valid";
    };
  }

  private static boolean valid(String name, String value) {
    return switch (name) {
      case "seats" -> value.matches("[0-9]{1,9}");
      case "expires" -> isDate(value);
      case "dotNetVersion" -> value.matches("[0-9]+(\\.[0-9]+){1,3}");
      default -> false;
    };
  }

  private static boolean isDate(String value) {
    try {
      LocalDate.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
