package dev.tiac.cli;

import dev.tiac.contract.ResourceKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/** The facts {@code tiac attest --fact} accepts for each check, and their shapes. */
final class AttestedFactNames {
  private AttestedFactNames() {}

  static Set<String> of(ResourceKind kind) {
    return switch (kind) {
      case LICENCE -> Set.of("seats", "expires");
      case DOTNET -> Set.of("dotNetVersion");
      default -> Set.of();
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
      String value = fact.getValue().trim();
      boolean ok = switch (fact.getKey()) {
        case "seats" -> value.matches("[0-9]{1,9}");
        case "expires" -> isDate(value);
        case "dotNetVersion" -> value.matches("[0-9]+(\\.[0-9]+){1,3}");
        default -> false;
      };
      if (!ok) {
        throw new IllegalArgumentException("--fact " + fact.getKey() + "=" + value + " is not valid: expected " + example(kind));
      }
    }
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
