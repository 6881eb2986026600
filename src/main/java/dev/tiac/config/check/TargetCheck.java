package dev.tiac.config.check;

import dev.tiac.config.diagnostics.Diagnostic;
import dev.tiac.config.load.MergedDocument;
import dev.tiac.config.load.Pointers;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Policy targets, email-client scope and suspicious objects must be well-formed and consistent. */
final class TargetCheck implements Check {
  private static final Pattern IPV4 = Pattern.compile("^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$");
  private static final Pattern SHA1 = Pattern.compile("^[A-Fa-f0-9]{40}$");
  // Possessive: a label cannot hold a dot, so nothing a label or a label's dot took is ever given
  // back, and thousands of domains match without backtracking.
  private static final Pattern DOMAIN = Pattern.compile("^(?=.{1,253}$)(?:[A-Za-z0-9][A-Za-z0-9-]{0,62}+\\.)++[A-Za-z]{2,63}$");
  private static final Pattern URL = Pattern.compile("^https?://[^\\s]+$");

  @Override
  public void run(MergedDocument document, List<Declared> declared, List<Diagnostic> out) {
    JsonNode policies = document.tree().at("/apexOne/policies");
    Set<String> names = new HashSet<>();
    for (int i = 0; i < policies.size(); i++) {
      names.add(policies.get(i).path("name").asString());
      targets(document, Pointers.child(Pointers.child("/apexOne/policies", i), "targets"), out);
    }
    JsonNode scope = document.tree().at("/apexOne/emailClient/scope/policies");
    for (int i = 0; i < scope.size(); i++) {
      String name = scope.get(i).asString();
      if (!names.contains(name)) {
        String pointer = Pointers.child("/apexOne/emailClient/scope/policies", i);
        out.add(Diagnostic.error(document.valueAt(pointer), pointer, "no Apex One policy named \"" + name + "\" is declared in apexOne.policies"));
      }
    }
    suspiciousObjects(document, out);
  }

  private void targets(MergedDocument document, String pointer, List<Diagnostic> out) {
    JsonNode targets = document.tree().at(pointer);
    boolean specified = "specified".equals(targets.path("type").asString());
    boolean explicit = targets.path("hosts").size() + targets.path("folders").size() > 0;
    boolean criteria = targets.path("operatingSystems").size() + targets.path("ipRanges").size() + targets.path("adDomains").size() > 0;
    if (specified && !explicit) {
      out.add(Diagnostic.error(document.valueAt(pointer), pointer, "specified targets need hosts or folders"));
    }
    if (specified && criteria) {
      out.add(Diagnostic.error(document.valueAt(pointer), pointer, "specified targets take hosts and folders only; operatingSystems, ipRanges and adDomains belong to filtered targets"));
    }
    if (!specified && !criteria) {
      out.add(Diagnostic.error(document.valueAt(pointer), pointer, "filtered targets need at least one of operatingSystems, ipRanges or adDomains"));
    }
    if (!specified && explicit) {
      out.add(Diagnostic.error(document.valueAt(pointer), pointer, "filtered targets take criteria only; hosts and folders belong to specified targets"));
    }
    JsonNode ranges = targets.path("ipRanges");
    for (int i = 0; i < ranges.size(); i++) {
      String range = ranges.get(i).asString();
      String at = Pointers.child(pointer + "/ipRanges", i);
      String[] ends = range.split("-", 2);
      if (ends.length != 2 || !IPV4.matcher(ends[0]).matches() || !IPV4.matcher(ends[1]).matches()) {
        out.add(Diagnostic.error(document.valueAt(at), at, "expected an IPv4 range START-END such as 10.0.0.1-10.0.255.254 but found \"" + range + "\""));
      } else if (toLong(ends[0]) > toLong(ends[1])) {
        out.add(Diagnostic.error(document.valueAt(at), at, "the range starts after it ends: \"" + range + "\""));
      }
    }
  }

  private void suspiciousObjects(MergedDocument document, List<Diagnostic> out) {
    JsonNode objects = document.tree().at("/apexCentral/suspiciousObjects");
    for (int i = 0; i < objects.size(); i++) {
      JsonNode object = objects.get(i);
      String type = object.path("type").asString();
      String value = object.path("value").asString();
      Pattern expected = switch (type) {
        case "ip" -> IPV4;
        case "file_sha1" -> SHA1;
        case "domain" -> DOMAIN;
        default -> URL;
      };
      if (!expected.matcher(value).matches()) {
        String pointer = Pointers.child("/apexCentral/suspiciousObjects", i);
        out.add(Diagnostic.error(document.valueAt(pointer + "/value"), pointer + "/value",
            "a suspicious object of type " + type + " needs " + describe(type) + " but found \"" + value + "\""));
      }
      if (object.has("expires")) {
        try {
          LocalDate.parse(object.path("expires").asString());
        } catch (DateTimeParseException e) {
          String pointer = Pointers.child("/apexCentral/suspiciousObjects", i);
          out.add(Diagnostic.error(document.valueAt(pointer + "/expires"), pointer + "/expires", "expected a calendar date YYYY-MM-DD but found \"" + object.path("expires").asString() + "\""));
        }
      }
    }
  }

  private static String describe(String type) {
    return switch (type) {
      case "ip" -> "an IPv4 address";
      case "file_sha1" -> "a SHA-1 of 40 hexadecimal characters";
      case "domain" -> "a domain name";
      default -> "an http:// or https:// URL";
    };
  }

  private static long toLong(String ip) {
    long value = 0;
    for (String part : ip.split("\\.")) {
      value = value * 256 + Integer.parseInt(part);
    }
    return value;
  }
}
