package dev.tiac.config.check;

import dev.tiac.config.diagnostics.Diagnostic;
import dev.tiac.config.interpolate.Expression;
import dev.tiac.config.interpolate.Expressions;
import dev.tiac.config.load.MergedDocument;
import dev.tiac.config.load.StringLeaves;
import dev.tiac.config.schema.SecretFields;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every {@code ${…}} must parse, and every {@code ${ref:…}} must name a declared resource and one of
 * its outputs. A secret output may only flow into a secret field, where it is never shown.
 */
final class ExpressionCheck implements Check {
  @Override
  public void run(MergedDocument document, List<Declared> declared, List<Diagnostic> out) {
    Map<String, Declared> byAddress = declared.stream().collect(Collectors.toMap(Declared::address, Function.identity(), (a, b) -> a));
    StringLeaves.visit(document.tree(), text -> text.contains("${"), (pointer, text) -> check(text, pointer, document, byAddress, out));
  }

  private void check(String text, String pointer, MergedDocument document, Map<String, Declared> byAddress, List<Diagnostic> out) {
    Expressions.Parsed parsed = Expressions.parse(text);
    boolean secretField = SecretFields.isSecret(pointer);
    if (parsed.problem().isPresent()) {
      out.add(Diagnostic.error(document.valueAt(pointer), pointer, parsed.problem().get()));
      return;
    }
    for (Expression e : parsed.expressions()) {
      if (e.kind() != Expression.Kind.REF) {
        continue;
      }
      Expressions.RefAddress ref = Expressions.RefAddress.parse(e.argument()).orElseThrow();
      Optional<Declared> target = Optional.ofNullable(byAddress.get(ref.address()));
      if (target.isEmpty()) {
        out.add(Diagnostic.error(document.valueAt(pointer), pointer,
            e + ": no resource " + ref.address() + " is declared" + nearest(ref.address(), byAddress)));
      } else if (!target.get().outputs().contains(ref.attribute())) {
        out.add(Diagnostic.error(document.valueAt(pointer), pointer,
            e + ": " + ref.address() + " has no output \"" + ref.attribute() + "\"; expected one of " + String.join(", ", target.get().outputs().stream().sorted().toList())));
      } else if (target.get().secretOutputs().contains(ref.attribute()) && !secretField) {
        out.add(Diagnostic.error(document.valueAt(pointer), pointer,
            e + " is a secret and may only be used in a secret field (apiKey, token, password), where it is never shown"));
      }
    }
  }

  private static String nearest(String address, Map<String, Declared> byAddress) {
    String type = address.contains("[") ? address.substring(0, address.indexOf('[')) : address;
    List<String> sameType = byAddress.keySet().stream().filter(a -> a.startsWith(type)).sorted().toList();
    return sameType.isEmpty() ? "" : "; declared: " + String.join(", ", sameType);
  }
}
