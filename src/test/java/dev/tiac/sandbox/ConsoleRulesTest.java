package dev.tiac.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.sandbox.console.ConsoleException;
import dev.tiac.sandbox.console.SyncTool;
import dev.tiac.sandbox.world.Scale;
import dev.tiac.sandbox.world.WorldGenerator;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleRulesTest {
  @TempDir Path dir;

  @Test
  void registeringFromAnotherApexCentralCutsThisOneOff() {
    try (Sandbox s = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false))) {
      var clp = s.console().state().clp();
      s.console().apexCentral().registerCloudServices(Optional.empty(), clp.account(), clp.password());
      assertTrue(s.console().apexCentral().ownsCloudServices());
      s.console().apexCentral().registerCloudServices(Optional.of("other-apex-central"), clp.account(), clp.password());
      assertFalse(s.console().apexCentral().ownsCloudServices());
      assertEquals(Optional.of("other-apex-central"), s.console().state().cloudServices().owner());
      assertThrows(ConsoleException.class, () -> s.console().apexCentral().registerCloudServices(Optional.empty(), clp.account(), "wrong"));
    }
  }

  @Test
  void issuingASyncToolDeactivatesEveryEarlierOne() {
    try (Sandbox s = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false))) {
      var ops = s.console().apexCentral();
      assertThrows(ConsoleException.class, () -> ops.issueSyncTool("DC01"));
      ops.setAdSync(true);
      SyncTool first = ops.issueSyncTool("DC01");
      SyncTool second = ops.issueSyncTool("DC01");
      assertEquals(2, second.generation());
      ConsoleException refused = assertThrows(ConsoleException.class, () -> ops.runSyncTool(first.generation()));
      assertTrue(refused.getMessage().contains("deactivated"));
      assertEquals(Optional.of("4.8"), ops.runSyncTool(2).dotNetVersion());
    }
  }

  @Test
  void consoleStateAndApiChangesSurviveARestart() {
    SandboxOptions options = SandboxOptions.defaults(dir);
    String token;
    try (Sandbox s = Sandbox.start(options)) {
      s.console().cas().addServiceAccount("Exchange Online");
      token = s.endpoints().cas().tokens().get(0).token();
      new Client(s).cas("us", token, "POST", "/v1/remediation/mails", "{\"action_type\":\"create\",\"rules\":{\"urls\":[\"evil.test\"]}}");
    }
    try (Sandbox s = Sandbox.start(options)) {
      assertEquals(java.util.List.of("Exchange Online"), s.console().state().cas().serviceAccounts());
      assertEquals(token, s.endpoints().cas().tokens().get(0).token());
      assertEquals("evil.test", new Client(s).cas("us", token, "GET", "/v1/remediation/mails", "").body().path("rules").path("urls").path(0).asString());
    }
  }

  @Test
  void theSameSeedBuildsTheSameWorld() {
    Instant anchor = Instant.parse("2026-01-15T10:00:00Z");
    Scale scale = new Scale(60, 40, 10, 500, 2000);
    assertEquals(WorldGenerator.generate(7, scale, anchor).fingerprint(), WorldGenerator.generate(7, scale, anchor).fingerprint());
    assertNotEquals(WorldGenerator.generate(7, scale, anchor).fingerprint(), WorldGenerator.generate(8, scale, anchor).fingerprint());
  }

  @Test
  void theDirectoryServesAdShapedEntriesToTheReadOnlyBindAccount() throws Exception {
    try (Sandbox s = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false))) {
      var ldap = s.endpoints().ldap();
      java.net.URI uri = java.net.URI.create(ldap.ldapUrl());
      try (var conn = new com.unboundid.ldap.sdk.LDAPConnection(uri.getHost(), uri.getPort(), ldap.bindDn(), ldap.bindPassword())) {
        var story = s.world().stories().get(0);
        var entry = conn.searchForEntry(ldap.baseDn(), com.unboundid.ldap.sdk.SearchScope.SUB,
            com.unboundid.ldap.sdk.Filter.createEqualityFilter("sAMAccountName", story.recipientSam()));
        assertEquals(story.recipientUpn(), entry.getAttributeValue("userPrincipalName"));
        assertTrue(entry.hasAttribute("memberOf") && entry.hasAttribute("manager") && entry.hasAttribute("department"));
        var host = conn.searchForEntry(ldap.baseDn(), com.unboundid.ldap.sdk.SearchScope.SUB,
            com.unboundid.ldap.sdk.Filter.createEqualityFilter("cn", story.hostName()));
        assertTrue(host.getAttributeValue("dNSHostName").startsWith(story.hostName().toLowerCase(java.util.Locale.ROOT)));
        assertThrows(com.unboundid.ldap.sdk.LDAPException.class, () -> conn.delete(host.getDN()));
      }
    }
  }
}
