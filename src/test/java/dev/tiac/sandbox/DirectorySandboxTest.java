package dev.tiac.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.sdk.LDAPException;
import dev.tiac.http.Secret;
import dev.tiac.ldap.DirectoryClient;
import dev.tiac.ldap.DirectoryUser;
import dev.tiac.ldap.LdapSettings;
import dev.tiac.providers.SandboxClients;
import dev.tiac.sandbox.world.Scale;
import dev.tiac.sandbox.world.User;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real directory client over the sandbox's LDAPS listener, verifying chain and host name. */
class DirectorySandboxTest {
  @TempDir Path dir;

  private Sandbox start() {
    return Sandbox.start(SandboxOptions.defaults(dir).withPersist(false).withScale(new Scale(120, 20, 2, 40, 50)));
  }

  private static LdapSettings withHost(LdapSettings s, String host, Optional<Path> ca) {
    return new LdapSettings(host, s.port(), s.security(), s.bindDn(), s.password(), s.baseDn(), ca, false);
  }

  @Test
  void findsSixtyUsersByMailInBatchesOverLdapsTrustingOnlyTheSandboxCa() throws LDAPException {
    try (Sandbox sandbox = start()) {
      LdapSettings ldaps = new SandboxClients(sandbox.endpoints()).ldaps();
      List<User> wanted = sandbox.world().users().subList(10, 70);
      try (DirectoryClient directory = DirectoryClient.connect(ldaps)) {
        List<DirectoryUser> found = directory.findUsersByMail(wanted.stream().map(User::mail).toList());
        assertEquals(wanted.stream().map(User::sam).collect(Collectors.toSet()),
            found.stream().map(DirectoryUser::samAccountName).collect(Collectors.toSet()));
        assertTrue(found.stream().allMatch(u -> !u.memberOf().isEmpty()), "memberOf is served in one attribute");
        assertEquals(sandbox.world().endpoints().size(), directory.computers().size());
      }
      try (DirectoryClient byName = DirectoryClient.connect(withHost(ldaps, "localhost", ldaps.caPem()))) {
        assertEquals(1, byName.findUsersByMail(List.of(wanted.get(0).mail())).size());
      }
    }
  }

  @Test
  void refusesTheSandboxCertificateWithoutItsCaOrUnderANameItDoesNotCarry() throws Exception {
    try (Sandbox sandbox = start()) {
      LdapSettings ldaps = new SandboxClients(sandbox.endpoints()).ldaps();
      assertThrows(LDAPException.class, () -> DirectoryClient.connect(withHost(ldaps, "127.0.0.1", Optional.empty())));
      String hostName = InetAddress.getLocalHost().getHostName();
      Assumptions.assumeTrue(InetAddress.getByName(hostName).isLoopbackAddress() && !Set.of("localhost", "127.0.0.1").contains(hostName),
          "this machine's name does not resolve to loopback");
      assertThrows(LDAPException.class, () -> DirectoryClient.connect(withHost(ldaps, hostName, ldaps.caPem())));
    }
  }

  @Test
  void plaintextLdapIsRefusedUnlessALabAllowsIt() {
    try (Sandbox sandbox = start()) {
      SandboxEndpoints.Ldap l = sandbox.endpoints().ldap();
      URI plain = URI.create(l.ldapUrl());
      assertThrows(IllegalArgumentException.class, () -> new LdapSettings(plain.getHost(), plain.getPort(),
          LdapSettings.Security.PLAINTEXT, l.bindDn(), Secret.of(l.bindPassword()), l.baseDn(), Optional.empty(), false));
    }
  }
}
