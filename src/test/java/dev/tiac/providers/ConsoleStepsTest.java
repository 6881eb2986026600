package dev.tiac.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.contract.Address;
import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.Direction;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each kind's steps name console controls in the console's words; the sync tool's download a new tool only
 * when the change needs one; a policy's priority is a step of its own.
 */
class ConsoleStepsTest {
  /** What each kind's definition says a person does for the change. */
  private static List<String> steps(Change change, Map<String, Value> desired) {
    return Kinds.registry().of(change.address().kind()).consoleSteps(change, desired);
  }

  private static List<String> steps(Change change) {
    return steps(change, Map.of());
  }

  private static Change tool(AttributeChange... attributes) {
    return new Change(Address.of(ResourceKind.AD_SYNC_TOOL, "dc01.corp.acme.example"), ChangeKind.MANUAL, List.of(attributes), Direction.NEUTRAL,
        Optional.empty(), true, Optional.empty(), List.of(), Optional.empty(), Optional.empty());
  }

  @Test
  void aNewScheduleIsChangedOnTheServerWithoutANewTool() {
    List<String> steps = steps(tool(AttributeChange.plain("scheduleHours", Optional.of(Value.number(24)), Optional.of(Value.number(12)))));
    assertEquals(List.of("On dc01.corp.acme.example, change the scheduled task that runs ADSyncAgentTool.exe -s in Windows Task Scheduler to every 12 hours."),
        steps);
  }

  @Test
  void aFirstToolIsDownloadedWithoutSayingItDeactivatesAnything() {
    List<String> steps = steps(tool(AttributeChange.plain("server", Optional.empty(), Optional.of(Value.text("dc01.corp.acme.example"))),
        AttributeChange.plain("scheduleHours", Optional.empty(), Optional.of(Value.number(24)))));
    assertEquals(4, steps.size(), steps.toString());
    assertEquals("In Active Directory Settings, click Download the Active Directory synchronization tool.", steps.get(1));
    assertEquals("Schedule ADSyncAgentTool.exe -s in Windows Task Scheduler every 24 hours.", steps.get(3));
  }

  @Test
  void movingTheToolToAnotherServerSaysItDeactivatesTheEarlierOneAndStopsItsSchedule() {
    List<String> steps = steps(tool(AttributeChange.plain("server", Optional.of(Value.text("dc02.corp.acme.example")), Optional.of(Value.text("dc01.corp.acme.example")))),
        java.util.Map.of("server", Value.text("dc01.corp.acme.example"), "scheduleHours", Value.number(4)));
    assertTrue(steps.get(1).endsWith("(this deactivates the tool on dc02.corp.acme.example and every earlier one)."), steps.toString());
    assertEquals("Schedule ADSyncAgentTool.exe -s in Windows Task Scheduler every 4 hours.", steps.get(3), "the schedule moves too, though its value did not change");
    assertEquals("On dc02.corp.acme.example, delete the scheduled task that runs ADSyncAgentTool.exe -s: its tool no longer works.", steps.get(4));
  }

  @Test
  void aPolicysPriorityIsAStepOfItsOwnWhenItChanges() {
    Change policy = new Change(Address.of(ResourceKind.APEXONE_POLICY, "Endpoint Sensor - Servers"), ChangeKind.MANUAL,
        List.of(AttributeChange.plain("priority", Optional.of(Value.number(1)), Optional.of(Value.number(2)))), Direction.NEUTRAL,
        Optional.empty(), true, Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    List<String> steps = steps(policy);
    assertEquals("In the list of deployed filtered policies, move \"Endpoint Sensor - Servers\" to priority 2"
        + " (the first policy whose targets match an endpoint is the one it runs).", steps.get(steps.size() - 1), steps.toString());
    assertTrue(steps(tool(AttributeChange.plain("scheduleHours", Optional.of(Value.number(24)), Optional.of(Value.number(12))))).stream()
        .noneMatch(step -> step.contains("priority")));
  }

  @Test
  void aPolicysStepsSayTheTargetsAndCheckBoxesAsThePolicyScreenShowsThem() {
    Value targets = Value.map(Map.of("type", Value.text("filtered"), "operatingSystems", Value.set(List.of("WIN_2019", "WIN_2022"))));
    Change create = new Change(Address.of(ResourceKind.APEXONE_POLICY, "Endpoint Sensor - Servers"), ChangeKind.MANUAL,
        List.of(AttributeChange.plain("targets", Optional.empty(), Optional.of(targets)),
            AttributeChange.plain("windowsDesktop", Optional.empty(), Optional.of(Value.TRUE)),
            AttributeChange.plain("windowsServer", Optional.empty(), Optional.of(Value.FALSE)),
            AttributeChange.plain("endpointSensor", Optional.empty(), Optional.of(Value.TRUE))),
        Direction.STRENGTHENING, Optional.empty(), true, Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    List<String> steps = steps(create);
    assertEquals(List.of("In the Apex Central console, go to Policies > Policy Management and choose the product Apex One Security Agent.",
        "Create or open the policy \"Endpoint Sensor - Servers\" and under Specify targets choose Target: Filtered — Operating system is"
            + " Windows Server 2019 or Windows Server 2022.",
        "Expand Additional Service Settings and select Windows desktop and clear Windows Server platforms.",
        "Expand Endpoint Sensor Settings and select Enable Endpoint Sensor.",
        "Click Deploy."), steps);
  }

  @Test
  void aTokensStepNamesItsTargetAndApiTypesAsTheAddDialogDoes() {
    Change token = new Change(Address.of(ResourceKind.CAS_TOKEN, "apex-central-correlation"), ChangeKind.MANUAL,
        List.of(AttributeChange.plain("target", Optional.empty(), Optional.of(Value.text("apexOneAsAService"))),
            AttributeChange.plain("apiTypes", Optional.empty(), Optional.of(Value.set(List.of("threatInvestigation.emailMessage"))))),
        Direction.NEUTRAL, Optional.empty(), true, Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    assertEquals("Name the token \"apex-central-correlation\", choose the target Apex One as a Service and tick the API types"
        + " Threat Investigation: Email message.", steps(token).get(1));
  }
}
