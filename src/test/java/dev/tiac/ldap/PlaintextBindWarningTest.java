package dev.tiac.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.http.Secret;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** allowPlaintextBind lets a lab bind in clear, but never silently (issue 12, item 7). */
class PlaintextBindWarningTest {
  private static final String PASSWORD = "bind-pw-canary-9e41";

  @Test
  void aPlaintextBindIsWarnedAboutWithoutItsPassword() {
    LdapSettings plain = new LdapSettings("dc01.lab.example", 389, LdapSettings.Security.PLAINTEXT, "CN=svc,DC=lab",
        Secret.of(PASSWORD), "DC=lab", Optional.empty(), true);
    String warning = plain.plaintextWarning().orElseThrow();
    assertEquals("tiac: warning: allowPlaintextBind is set: the bind password of CN=svc,DC=lab goes to ldap://dc01.lab.example:389"
        + " unencrypted, readable by anyone on the network path; use LDAPS or StartTLS outside a lab", warning);
    assertFalse(warning.contains(PASSWORD));
  }

  @Test
  void encryptedBindsAreNotWarnedAbout() {
    for (LdapSettings.Security security : new LdapSettings.Security[] {LdapSettings.Security.LDAPS, LdapSettings.Security.STARTTLS}) {
      LdapSettings settings = new LdapSettings("dc01.lab.example", 636, security, "CN=svc,DC=lab", Secret.of(PASSWORD), "DC=lab",
          Optional.empty(), true);
      assertTrue(settings.plaintextWarning().isEmpty(), security.name());
    }
  }
}
