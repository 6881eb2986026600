package dev.tiac.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleWordsTest {
  @Test
  void filteredTargetsNameTheOperatingSystemsAsTheConsoleDoes() {
    Value targets = Value.map(Map.of("type", Value.text("filtered"), "operatingSystems", Value.set(List.of("WIN_2019", "WIN_2022"))));
    assertEquals("Target: Filtered — Operating system is Windows Server 2019 or Windows Server 2022", ConsoleWords.targets(targets));
  }

  @Test
  void everyCriterionOfAFilteredPolicyIsSaid() {
    Value targets = Value.map(Map.of("type", Value.text("filtered"), "operatingSystems", Value.set(List.of("WIN_10", "WIN_11", "WIN")),
        "ipRanges", Value.set(List.of("10.20.0.1-10.20.255.254")), "adDomains", Value.set(List.of("corp.acme.example"))));
    assertEquals("Target: Filtered — Operating system is Windows, Windows 10 or Windows 11, and IP address range is 10.20.0.1-10.20.255.254,"
        + " and Active Directory domain is corp.acme.example", ConsoleWords.targets(targets));
  }

  @Test
  void specifiedFoldersAreSetApartBySemicolonsSinceTheirNamesHoldCommas() {
    Value targets = Value.map(Map.of("type", Value.text("specified"), "folders", Value.set(List.of("ACME, Inc/Legal", "Workgroup")),
        "hosts", Value.set(List.of("FIN-LT-0042"))));
    assertEquals("Target: Specified — ACME, Inc/Legal; Workgroup; endpoint FIN-LT-0042", ConsoleWords.targets(targets));
  }

  @Test
  void tokenChoicesAreTheAddDialogsWords() {
    assertEquals("Remediation: Blocked lists and Threat Investigation: Email message",
        ConsoleWords.apiTypes(Value.set(List.of("threatInvestigation.emailMessage", "remediation.blockedLists"))));
    assertEquals("Apex One as a Service", ConsoleWords.tokenTarget(Value.text("apexOneAsAService")));
  }

  @Test
  void plainValuesReadAsTyped() {
    assertEquals("4", ConsoleWords.plain(Value.number(4)));
    assertEquals("4.6.1", ConsoleWords.plain(Value.text("4.6.1")));
    assertEquals("Clear", ConsoleWords.tick(Value.FALSE));
    assertEquals("Select", ConsoleWords.tick(Value.TRUE));
  }
}
