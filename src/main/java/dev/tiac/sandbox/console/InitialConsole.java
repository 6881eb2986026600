package dev.tiac.sandbox.console;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A tenant before the Threat Investigations setup: licences bought, nothing configured. One CAS
 * token for external applications exists so tiac can read evidence; the Apex One token, the
 * service account, the policies, the registration and AD sync are left for the setup to do.
 */
public final class InitialConsole {
  private InitialConsole() {}

  public static ConsoleState create(Instant now, int communicationTimeoutSeconds) {
    SecureRandom random = new SecureRandom();
    String expires = now.atOffset(ZoneOffset.UTC).toLocalDate().plusYears(1).toString();
    ClpAccount clp = new ClpAccount("admin@example.com", secret(random, 12),
        List.of(new Licence(Licence.CLOUD_APP_SECURITY, expires), new Licence(Licence.ENDPOINT_SENSOR, expires)));
    CasToken reader = new CasToken(UUID.randomUUID().toString(), "tiac", "Evidence reads and blocked lists for tiac",
        CasToken.TokenTarget.EXTERNAL_APPLICATION, List.of(CasApiType.values()), secret(random, 20), now);
    CasConsole cas = new CasConsole("us", List.of(),
        List.of(new CasPolicy(CasPolicy.ATP, false), new CasPolicy(CasPolicy.DLP, false)), List.of(reader));
    AutomationApp app = new AutomationApp(UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT),
        UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT), communicationTimeoutSeconds);
    return new ConsoleState("apex-central-" + secret(random, 4), clp, cas, CloudServiceSettings.NONE,
        new AdSync(false, List.of()), List.of(), Map.of(), List.of(app), secret(random, 24));
  }

  static String secret(SecureRandom random, int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
