package dev.tiac.providers.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.Evidence;
import dev.tiac.http.Secret;
import dev.tiac.ldap.DirectoryClient;
import dev.tiac.ldap.LdapSettings;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What LDAP shows for Active Directory synchronization, and what it cannot: whether Apex Central syncs. */
class DirectoryEvidenceTest {
  static final String BASE = "dc=corp,dc=example,dc=com";
  static final String BIND = "cn=tiac,dc=corp,dc=example,dc=com";
  static final String PASSWORD = "bind-canary-evidence-2718";

  InMemoryDirectoryServer server;

  @BeforeEach
  void start() throws Exception {
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE, "dc=empty,dc=com");
    config.setSchema(null);
    config.addAdditionalBindCredentials(BIND, PASSWORD);
    config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0, null));
    server = new InMemoryDirectoryServer(config);
    server.add("dn: " + BASE, "objectClass: domain", "dc: corp");
    server.add("dn: dc=empty,dc=com", "objectClass: domain", "dc: empty");
    for (int i = 0; i < 3; i++) {
      server.add("dn: cn=user" + i + "," + BASE, "objectClass: user", "cn: user" + i, "sAMAccountName: user" + i, "mail: user" + i + "@example.com");
    }
    server.add("dn: cn=nomail," + BASE, "objectClass: user", "cn: nomail", "sAMAccountName: nomail");
    server.add("dn: cn=DC01," + BASE, "objectClass: computer", "cn: DC01", "dNSHostName: dc01.corp.example.com");
    server.startListening();
  }

  @AfterEach
  void stop() {
    server.shutDown(true);
  }

  LdapSettings settings(String baseDn, String password, int port) {
    return new LdapSettings("127.0.0.1", port, LdapSettings.Security.PLAINTEXT, BIND, Secret.of(password), baseDn, Optional.empty(), true);
  }

  DirectoryEvidence over(String baseDn, List<String> servers) {
    return new DirectoryEvidence(Optional.of(settings(baseDn, PASSWORD, server.getListenPort())), servers,
        s -> DirectoryClient.over(server.getConnection(), s.baseDn()));
  }

  @Test
  void aDirectoryHoldingMailUsersPassesAndNamesTheSyncServerItKnows() {
    DirectoryEvidence evidence = over(BASE, List.of("DC01.corp.example.com", "dc02.corp.example.com"));
    CheckOutcome directory = evidence.directory();
    assertEquals(CheckOutcome.Status.PASS, directory.status(), directory.evidence());
    assertTrue(directory.evidence().contains("holds 3 user accounts with a mail address under " + BASE), directory.evidence());
    assertTrue(evidence.syncTool("dc01.corp.example.com").seen().get(0).contains("holds the computer account of"));
    assertTrue(evidence.syncTool("dc02.corp.example.com").seen().get(0).contains("no computer account"));
  }

  @Test
  void ldapNeverVouchesThatApexCentralSynchronizes() {
    Evidence adSync = over(BASE, List.of()).adSync();
    assertEquals(Evidence.Presence.SILENT, adSync.presence());
    assertTrue(adSync.vouched().isEmpty());
    assertTrue(adSync.seen().contains("no LDAP read shows whether Apex Central synchronizes the directory"), adSync.seen().toString());
  }

  @Test
  void aBaseDnWithoutMailUsersFails() {
    CheckOutcome directory = over("dc=empty,dc=com", List.of()).directory();
    assertEquals(CheckOutcome.Status.FAIL, directory.status());
    assertTrue(directory.remedy().get(0).contains("baseDn"), directory.remedy().toString());
  }

  @Test
  void aBaseDnTheDirectoryLacksFails() {
    CheckOutcome directory = over("dc=nowhere,dc=com", List.of()).directory();
    assertEquals(CheckOutcome.Status.FAIL, directory.status(), directory.evidence());
    assertTrue(directory.evidence().contains("has no entry dc=nowhere,dc=com"), directory.evidence());
  }

  @Test
  void aRefusedBindFailsWithoutPrintingThePassword() {
    CheckOutcome directory = new DirectoryEvidence(Optional.of(settings(BASE, "wrong-" + PASSWORD, server.getListenPort())), List.of()).directory();
    assertEquals(CheckOutcome.Status.FAIL, directory.status(), directory.evidence());
    assertTrue(directory.evidence().contains("refused tiac's bind"), directory.evidence());
    assertTrue(!directory.evidence().contains(PASSWORD) && !String.join(" ", directory.remedy()).contains(PASSWORD));
  }

  @Test
  void anUnreachableOrUnconfiguredDirectoryIsUnknown() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    CheckOutcome unreachable = new DirectoryEvidence(Optional.of(settings(BASE, PASSWORD, closed)), List.of("dc01")).directory();
    assertEquals(CheckOutcome.Status.UNKNOWN, unreachable.status(), unreachable.evidence());
    assertTrue(unreachable.evidence().contains("could not be read"), unreachable.evidence());
    DirectoryEvidence none = new DirectoryEvidence(Optional.empty(), List.of("dc01"));
    assertEquals(CheckOutcome.Status.UNKNOWN, none.directory().status());
    assertEquals(Evidence.Presence.SILENT, none.syncTool("dc01").presence());
  }
}
