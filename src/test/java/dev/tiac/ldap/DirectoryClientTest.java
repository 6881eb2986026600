package dev.tiac.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import dev.tiac.http.Secret;
import dev.tiac.http.TestCertificates;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryClientTest {
  static final String BASE = "dc=example,dc=com";
  static final String BIND = "cn=tiac,dc=example,dc=com";
  static final String PASSWORD = "bind-canary-password-31415";

  @TempDir Path dir;
  InMemoryDirectoryServer server;

  InMemoryDirectoryServer start(SSLContext tls) throws Exception {
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
    config.setSchema(null);
    config.addAdditionalBindCredentials(BIND, PASSWORD);
    InetAddress loopback = InetAddress.getLoopbackAddress();
    config.setListenerConfigs(
        InMemoryListenerConfig.createLDAPSConfig("ldaps", loopback, 0,
            tls.getServerSocketFactory(), null),
        InMemoryListenerConfig.createLDAPConfig("ldap", loopback, 0, tls.getSocketFactory()));
    server = new InMemoryDirectoryServer(config);
    server.add("dn: " + BASE, "objectClass: domain", "dc: example");
    server.add("dn: ou=people," + BASE, "objectClass: organizationalUnit", "ou: people");
    for (int i = 0; i < 120; i++) {
      server.add("dn: cn=user" + i + ",ou=people," + BASE, "objectClass: user", "cn: user" + i,
          "sAMAccountName: user" + i, "mail: user" + i + "@example.com",
          "userPrincipalName: user" + i + "@corp.example.com", "department: Sales",
          "memberOf: cn=es-pilot,ou=groups," + BASE);
    }
    server.add("dn: cn=star,ou=people," + BASE, "objectClass: user", "cn: star", "mail: *",
        "sAMAccountName: star");
    server.add("dn: cn=PC01,ou=people," + BASE, "objectClass: computer", "cn: PC01",
        "dNSHostName: pc01.corp.example.com", "operatingSystem: Windows 10 Enterprise");
    server.startListening();
    return server;
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.shutDown(true);
    }
  }

  LdapSettings settings(LdapSettings.Security security, Path ca) {
    int port = server.getListenPort(security == LdapSettings.Security.LDAPS ? "ldaps" : "ldap");
    return new LdapSettings("localhost", port, security, BIND, Secret.of(PASSWORD), BASE,
        Optional.of(ca), false);
  }

  @Test
  void looksUpManyAddressesInBatchesOverLdaps() throws Exception {
    TestCertificates ca = TestCertificates.newAuthority("ldap CA");
    start(ca.issue("localhost", "127.0.0.1").serverContext());
    List<String> mails = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      mails.add((i % 2 == 0 ? "user" + i + "@example.com" : "user" + i + "@corp.example.com"));
    }

    try (DirectoryClient ad = DirectoryClient.connect(settings(LdapSettings.Security.LDAPS,
        ca.writeCaPem(dir)))) {
      List<DirectoryUser> users = ad.findUsersByMail(mails);
      assertEquals(120, users.size());
      assertEquals("Sales", users.get(0).department());
      assertEquals(120, ad.groupMembers("cn=es-pilot,ou=groups," + BASE).size());
      assertEquals("pc01.corp.example.com", ad.computers().get(0).dnsHostName());
    }
  }

  @Test
  void connectsWithStartTls() throws Exception {
    TestCertificates ca = TestCertificates.newAuthority("ldap CA");
    start(ca.issue("localhost", "127.0.0.1").serverContext());
    try (DirectoryClient ad = DirectoryClient.connect(settings(LdapSettings.Security.STARTTLS,
        ca.writeCaPem(dir)))) {
      assertEquals(1, ad.findUsersByMail(List.of("user7@example.com")).size());
    }
  }

  @Test
  void refusesExpiredSelfSignedAndWrongHostCertificatesOverLdapsAndStartTls() throws Exception {
    TestCertificates ca = TestCertificates.newAuthority("ldap CA");
    Path pem = ca.writeCaPem(dir);
    List<SSLContext> bad = List.of(ca.issueExpired("localhost", "127.0.0.1").serverContext(),
        TestCertificates.selfSigned("localhost", "127.0.0.1").serverContext(),
        ca.issue("wrong.example.test").serverContext());
    int refused = 0;
    for (SSLContext tls : bad) {
      start(tls);
      for (LdapSettings.Security security :
          List.of(LdapSettings.Security.LDAPS, LdapSettings.Security.STARTTLS)) {
        LdapSettings s = settings(security, pem);
        assertThrows(LDAPException.class, () -> DirectoryClient.connect(s).close(),
            security + " with a bad certificate");
        refused++;
      }
      stop();
      server = null;
    }
    assertEquals(6, refused);
  }

  @Test
  void refusesPlaintextUnlessExplicitlyAllowed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new LdapSettings("localhost", 389, LdapSettings.Security.PLAINTEXT, BIND,
            Secret.of(PASSWORD), BASE, Optional.empty(), false));
    assertTrue(e.getMessage().contains("in the clear"));
    assertTrue(!e.getMessage().contains(PASSWORD));
  }

  @Test
  void filterValuesNeverChangeTheFiltersMeaning() throws Exception {
    Random random = new Random(42);
    String alphabet = "*()\\\u0000aé漢=|&!<>~ ";
    for (int n = 0; n < 10_000; n++) {
      StringBuilder value = new StringBuilder();
      for (int i = random.nextInt(12); i >= 0; i--) {
        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      Filter built = LdapFilters.usersByMail(List.of(value.toString()));
      Filter reparsed = Filter.create(built.toString());
      Filter equality = reparsed.getComponents()[1].getComponents()[0];
      assertEquals(Filter.FILTER_TYPE_EQUALITY, equality.getFilterType());
      assertEquals(value.toString(), equality.getAssertionValue());
    }
  }

  @Test
  void aStarValueMatchesOnlyALiteralStar() throws Exception {
    TestCertificates ca = TestCertificates.newAuthority("ldap CA");
    start(ca.issue("localhost", "127.0.0.1").serverContext());
    try (DirectoryClient ad = DirectoryClient.connect(settings(LdapSettings.Security.LDAPS,
        ca.writeCaPem(dir)))) {
      List<DirectoryUser> found = ad.findUsersByMail(List.of("*", "user1*", "*)(objectClass=*"));
      assertEquals(List.of("star"), found.stream().map(DirectoryUser::samAccountName).toList());
    }
  }
}
