package dev.tiac.config.schema;

import com.networknt.schema.Error;
import dev.tiac.config.diagnostics.Diagnostic;
import dev.tiac.config.load.MergedDocument;
import dev.tiac.config.load.NodeKinds;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Validates the merged tree against the JSON Schema and words each failure for a person: where,
 * what was expected (taken from the schema itself) and what was found — except for secrets, whose
 * value is never repeated.
 */
public final class SchemaValidator {
  private static final int MAX_ERRORS = 100;
  private static final String SECRET_DEF = "/$defs/secret";

  private final TiacSchema schema = TiacSchema.get();

  public List<Diagnostic> validate(MergedDocument document) {
    List<Error> errors = schema.compiled().validate(document.tree());
    // A failed oneOf also reports why each branch failed; the oneOf message says it better alone.
    Set<String> oneOfFailures = new LinkedHashSet<>();
    for (Error error : errors) {
      if ("oneOf".equals(error.getKeyword())) {
        oneOfFailures.add(pointerOf(error));
      }
    }
    errors = errors.stream().filter(e -> "oneOf".equals(e.getKeyword()) || !insideFailedOneOf(e, oneOfFailures)).toList();
    Set<String> seen = new LinkedHashSet<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Error error : errors) {
      Diagnostic diagnostic = toDiagnostic(document, error);
      if (seen.add(diagnostic.format()) && diagnostics.size() < MAX_ERRORS) {
        diagnostics.add(diagnostic);
      }
    }
    return diagnostics;
  }

  private Diagnostic toDiagnostic(MergedDocument document, Error error) {
    String pointer = pointerOf(error);
    String fragment = fragmentOf(error);
    String keyword = error.getKeyword() == null ? "" : error.getKeyword();
    JsonNode found = document.tree().at(pointer);
    boolean secret = fragment.startsWith(SECRET_DEF);
    String foundText = secret ? "(sensitive)" : NodeKinds.describe(found);
    JsonNode rule = error.getSchemaNode();
    String message;
    switch (keyword) {
      case "required" -> {
        String property = error.getProperty() != null ? error.getProperty() : String.valueOf(first(error));
        String child = pointer + "/" + property;
        return Diagnostic.error(document.valueAt(pointer), child, "missing required property \"" + property + "\"" + describeProperty(fragment, property));
      }
      case "additionalProperties" -> {
        String property = error.getProperty() != null ? error.getProperty() : String.valueOf(first(error));
        String child = pointer + "/" + property;
        return Diagnostic.error(document.keyAt(child), child, unknownProperty(fragment, property));
      }
      case "type" -> message = "expected " + typeWords(rule) + " but found " + foundText;
      case "enum" -> message = "expected one of " + listOf(rule) + " but found " + foundText + hintForCase(found, rule);
      case "const" -> message = "expected " + rule + " but found " + foundText;
      case "pattern" -> message = secret
          ? "a secret must come from ${env:NAME}, ${file:PATH} or ${ref:ADDRESS.attribute}; a literal value is refused so that no secret is ever committed (found (sensitive))"
          : "found " + foundText + ", which does not have the expected form: " + expectation(fragment);
      case "format" -> message = "found " + foundText + ", which does not have the expected form: " + expectation(fragment);
      case "minLength" -> message = "expected at least " + rule + " character(s) but found " + (secret ? "(sensitive)" : found.asString().length());
      case "maxLength" -> message = "expected at most " + rule + " character(s) but found " + (secret ? "(sensitive)" : found.asString().length());
      case "minimum" -> message = "expected a value of at least " + rule + " but found " + foundText;
      case "maximum" -> message = "expected a value of at most " + rule + " but found " + foundText;
      case "minItems" -> message = "expected at least " + rule + " item(s) but found " + found.size();
      case "maxItems" -> message = "expected at most " + rule + " item(s) but found " + found.size();
      case "uniqueItems" -> message = "expected every item to be different but found duplicates";
      case "minProperties" -> message = "expected at least " + rule + " propert(ies): " + propertyNames(fragment) + " but found " + found.size();
      case "maxProperties" -> message = "expected at most " + rule + " of " + propertyNames(fragment) + " but found " + found.size() + ": " + namesOf(found);
      case "oneOf" -> message = "expected exactly one of: " + alternatives(fragment) + " (" + expectation(fragment) + ")";
      default -> message = secret ? "invalid secret reference" : error.getMessage();
    }
    return Diagnostic.error(document.valueAt(pointer), pointer, message);
  }

  private static boolean insideFailedOneOf(Error error, Set<String> oneOfFailures) {
    String pointer = pointerOf(error);
    String fragment = fragmentOf(error);
    boolean branch = fragment.contains("/oneOf/");
    return branch && oneOfFailures.stream().anyMatch(p -> pointer.equals(p) || pointer.startsWith(p + "/"));
  }

  /** The property sets a oneOf chooses between, e.g. "region, url". */
  private String alternatives(String fragment) {
    JsonNode branches = schema.at(fragment).orElse(schema.tree());
    List<String> names = new ArrayList<>();
    for (JsonNode branch : branches) {
      List<String> required = new ArrayList<>();
      branch.path("required").forEach(r -> required.add(r.asString()));
      names.add(String.join(" and ", required));
    }
    return String.join(", or ", names);
  }

  private static String pointerOf(Error error) {
    List<Object> segments = new ArrayList<>();
    var path = error.getInstanceLocation();
    for (int i = 0; i < path.getNameCount(); i++) {
      segments.add(path.getElement(i));
    }
    return dev.tiac.config.load.Pointers.of(segments);
  }

  private static String fragmentOf(Error error) {
    if (error.getSchemaLocation() == null) {
      return "";
    }
    var fragment = error.getSchemaLocation().getFragment();
    List<Object> segments = new ArrayList<>();
    for (int i = 0; i < fragment.getNameCount(); i++) {
      segments.add(fragment.getElement(i));
    }
    return dev.tiac.config.load.Pointers.of(segments);
  }

  private static Object first(Error error) {
    Object[] args = error.getArguments();
    return args == null || args.length == 0 ? "?" : args[0];
  }

  /** The schema object that holds the failing keyword, after following its $ref. */
  private JsonNode owner(String fragment) {
    int slash = fragment.lastIndexOf('/');
    String parent = slash <= 0 ? "" : fragment.substring(0, slash);
    return schema.deref(schema.at(parent).orElse(schema.tree()));
  }

  private String expectation(String fragment) {
    JsonNode owner = owner(fragment);
    JsonNode description = owner.get("description");
    return description == null ? "the documented form" : stripPeriod(description.asString());
  }

  private String describeProperty(String fragment, String property) {
    JsonNode definition = owner(fragment).path("properties").path(property);
    JsonNode description = schema.deref(definition).get("description");
    if (description == null) {
      description = definition.get("description");
    }
    return description == null ? "" : " (" + stripPeriod(description.asString()) + ")";
  }

  private String unknownProperty(String fragment, String property) {
    Set<String> allowed = new LinkedHashSet<>();
    owner(fragment).path("properties").propertyNames().forEach(allowed::add);
    String suggestion = Suggestions.closest(property, allowed).map(s -> "; did you mean \"" + s + "\"?").orElse("");
    return "unknown property \"" + property + "\"" + suggestion + " Allowed here: " + String.join(", ", allowed);
  }

  private String propertyNames(String fragment) {
    Set<String> names = new LinkedHashSet<>();
    owner(fragment).path("properties").propertyNames().forEach(names::add);
    return String.join(", ", names);
  }

  private static String namesOf(JsonNode found) {
    return String.join(", ", found.propertyNames());
  }

  private static String typeWords(JsonNode rule) {
    if (rule == null) {
      return "another type";
    }
    List<String> types = new ArrayList<>();
    if (rule.isArray()) {
      rule.forEach(t -> types.add(article(t.asString())));
    } else {
      types.add(article(rule.asString()));
    }
    return String.join(" or ", types);
  }

  private static String article(String type) {
    return switch (type) {
      case "object" -> "a mapping";
      case "array" -> "a list";
      case "integer" -> "an integer";
      case "string" -> "a string";
      case "boolean" -> "true or false";
      case "number" -> "a number";
      default -> type;
    };
  }

  private static String listOf(JsonNode rule) {
    if (rule == null || !rule.isArray()) {
      return String.valueOf(rule);
    }
    List<String> values = new ArrayList<>();
    rule.forEach(v -> values.add(v.toString()));
    return values.stream().collect(Collectors.joining(", "));
  }

  private static String hintForCase(JsonNode found, JsonNode rule) {
    if (found == null || !found.isString() || rule == null) {
      return "";
    }
    for (JsonNode allowed : rule) {
      if (allowed.isString() && allowed.asString().equalsIgnoreCase(found.asString())) {
        return "; values are case-sensitive: write " + allowed;
      }
    }
    if (found.isBoolean()) {
      return "; quote the value";
    }
    return "";
  }

  private static String stripPeriod(String text) {
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }
}
