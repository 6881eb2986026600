package dev.tiac.plan.diff;

import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.ConsoleWords;
import dev.tiac.contract.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The console steps a person takes for a setting that has no API, worded for the exact change
 * planned. The runbook driver prints them, waits for a confirmation or {@code tiac attest}, then
 * verifies the effect through evidence.
 */
public final class ConsoleSteps {
  private ConsoleSteps() {}

  public static Change withSteps(Change change) {
    return withSteps(change, Map.of());
  }

  /** {@code desired}: the file's attributes, which a replacement sets again even where they did not change. */
  public static Change withSteps(Change change, Map<String, Value> desired) {
    if (change.kind() != ChangeKind.MANUAL && change.kind() != ChangeKind.DELETE) {
      return change;
    }
    List<String> steps = steps(change, desired);
    return steps.isEmpty() ? change : change.withSteps(steps);
  }

  static List<String> steps(Change change) {
    return steps(change, Map.of());
  }

  static List<String> steps(Change change, Map<String, Value> desired) {
    String key = change.address().key();
    List<String> s = new ArrayList<>();
    switch (change.address().kind()) {
      case CAS_SERVICE_ACCOUNT -> {
        s.add("Open the Cloud App Security console (from the Products/Services screen of the Customer Licensing Portal).");
        s.add("Go to Administration > Service Account, click Add and choose Exchange Online.");
        s.add("Sign in as the Microsoft 365 global administrator" + after(change, "administrator").map(a -> " " + ConsoleWords.plain(a)).orElse("") + " and grant the consent Cloud App Security asks for.");
      }
      case CAS_POLICY -> {
        boolean atp = key.endsWith("ATP");
        s.add("In the Cloud App Security console, go to " + (atp ? "Advanced Threat Protection" : "Data Loss Prevention") + " > Exchange Online Policies.");
        s.add("Open \"" + key + "\" and set its status to " + after(change, "status").map(ConsoleWords::plain).orElse("ON") + ".");
        s.add("Save the policy.");
      }
      case CAS_TOKEN -> {
        s.add("In the Cloud App Security console, go to Administration > Automation and Integration APIs and click Add.");
        s.add("Name the token \"" + key + "\", choose the target " + after(change, "target").map(ConsoleWords::tokenTarget).orElse("the old token had")
            + " and tick the API types " + after(change, "apiTypes").map(ConsoleWords::apiTypes).orElse("the old token had") + ".");
        s.add("Click Create Token, copy the token once, and store it " + after(change, "deliverTo").map(ConsoleSteps::delivery).orElse("where the file says") + "; never paste it into the desired-state file.");
      }
      case CLOUD_SERVICE_SETTINGS -> {
        s.add("In the Apex Central console, go to Directories > Product Servers and click Cloud Service Settings.");
        s.add("Enter the licensing-portal account " + key + " and its password (the value of the file's password reference), then click OK.");
        s.add("Confirm that Apex Central lists Cloud App Security among the registered cloud services.");
      }
      case AD_SYNC -> {
        s.add("In the Apex Central console, go to Administration > Settings > Active Directory and Compliance Settings, tab Active Directory Settings.");
        s.add(after(change, "enabled").map(ConsoleWords::tick).orElse("Select") + " Enable Active Directory synchronization and click Save.");
      }
      case AD_SYNC_TOOL -> {
        // Only a tool for a server that has none needs a download, and only replacing an issued tool deactivates one
        // (which SecurityRules makes wait for allowReissue); a new schedule or .NET minimum is done on the server.
        Optional<AttributeChange> server = change.attributes().stream().filter(a -> a.name().equals("server")).findFirst();
        boolean newTool = change.kind() == ChangeKind.CREATE || server.isPresent();
        if (newTool || after(change, "minimumDotNetVersion").isPresent()) {
          s.add("Check that .NET Framework " + after(change, "minimumDotNetVersion").map(ConsoleWords::plain).orElse("4.6.1") + " or later is installed on " + key + ".");
        }
        Optional<String> previous = server.flatMap(AttributeChange::before).map(ConsoleWords::plain);
        if (newTool) {
          s.add("In Active Directory Settings, click Download the Active Directory synchronization tool"
              + previous.map(p -> " (this deactivates the tool on " + p + " and every earlier one).").orElse("."));
          s.add("On " + key + ", unpack the tool to a path with ASCII characters only, run ADSyncAgentTool.exe -i to configure the AD servers, then ADSyncAgentTool.exe -s to synchronize.");
        }
        // A moved tool's schedule is not on the new server yet, even where the file's value did not change.
        Optional<String> hours = after(change, "scheduleHours").or(() -> previous.isPresent() ? Optional.ofNullable(desired.get("scheduleHours")) : Optional.empty())
            .map(ConsoleWords::plain);
        hours.ifPresent(h -> s.add((newTool ? "Schedule" : "On " + key + ", change the scheduled task that runs")
            + " ADSyncAgentTool.exe -s in Windows Task Scheduler " + (newTool ? "every " : "to every ") + h + " hours."));
        previous.ifPresent(p -> s.add("On " + p + ", delete the scheduled task that runs ADSyncAgentTool.exe -s: its tool no longer works."));
      }
      case APEXONE_POLICY -> {
        s.add("In the Apex Central console, go to Policies > Policy Management and choose the product Apex One Security Agent.");
        s.add(change.kind() == ChangeKind.DELETE ? "Select the policy \"" + key + "\" and delete it." : after(change, "targets")
            .map(t -> "Create or open the policy \"" + key + "\" and under Specify targets choose " + ConsoleWords.targets(t) + ".")
            .orElse("Open the policy \"" + key + "\"."));
        if (change.kind() != ChangeKind.DELETE) {
          platforms(change).ifPresent(s::add);
          after(change, "endpointSensor").ifPresent(on -> s.add("Expand Endpoint Sensor Settings and " + ConsoleWords.tick(on).toLowerCase(Locale.ROOT) + " Enable Endpoint Sensor."));
          s.add("Click " + (after(change, "deploy").flatMap(Value::asBoolean).orElse(true) ? "Deploy" : "Save (as a draft)") + ".");
          // Only a deployed filtered policy is ranked; specified policies always come first.
          after(change, "priority").map(ConsoleWords::plain).ifPresent(p -> s.add("In the list of deployed filtered policies, move \"" + key
              + "\" to priority " + p + " (the first policy whose targets match an endpoint is the one it runs)."));
        }
      }
      default -> {}
    }
    return s;
  }

  /** Under Additional Service Settings, the platform check boxes the change sets: "select Windows desktop and Windows Server platforms". */
  private static Optional<String> platforms(Change change) {
    Optional<String> desktop = after(change, "windowsDesktop").map(ConsoleWords::tick);
    Optional<String> server = after(change, "windowsServer").map(ConsoleWords::tick);
    List<String> boxes = new ArrayList<>();
    desktop.ifPresent(tick -> boxes.add(tick.toLowerCase(Locale.ROOT) + " Windows desktop"));
    server.ifPresent(tick -> boxes.add((desktop.equals(server) ? "" : tick.toLowerCase(Locale.ROOT) + " ") + "Windows Server platforms"));
    return boxes.isEmpty() ? Optional.empty() : Optional.of("Expand Additional Service Settings and " + String.join(" and ", boxes) + ".");
  }

  /** Where a new token goes: {@code file:PATH} or {@code refs}, as the file's deliverTo says. */
  private static String delivery(Value deliverTo) {
    String target = deliverTo.asText().orElse("refs");
    return target.startsWith("file:") ? "in " + target.substring("file:".length()) + " (the file's deliverTo.file)"
        : "where the file's secret references read it (deliverTo.refsOnly)";
  }

  /** The value the change sets. */
  private static Optional<Value> after(Change change, String attribute) {
    return change.attributes().stream().filter(a -> a.name().equals(attribute)).findFirst().flatMap(AttributeChange::after);
  }
}
