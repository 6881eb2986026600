package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.sandbox.SandboxCore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Step 7 tells the truth in the sandbox: the check covers every Security Agent endpoint by default,
 * a console change of an endpoint's default mail client makes it fail and naming it, changing it
 * back makes it pass, and endpoints with no mail client activity are unknown, never passed.
 */
class OutlookTruthTest {
  private static final String OUTLOOK = "apexone.emailClient[\"outlook\"]";

  @TempDir Path dir;
  private SampleSandbox sample;
  private Path file;

  @BeforeEach
  void copySample() throws IOException {
    sample = new SampleSandbox(dir, "canary-clp-3");
    file = sample.file;
  }

  private CliRun tiac(String... args) {
    return sample.tiac(args);
  }

  private void console(Consumer<SandboxCore> change) {
    sample.console(change);
  }

  private String outlook() {
    return SampleSandbox.check(tiac("plan", "--sandbox", file.toString()).out(), OUTLOOK);
  }

  @Test
  void everyEndpointIsInScopeAndSilenceIsUnknownNeverAPass() {
    String check = outlook();
    assertTrue(check.contains("is checked: unknown"), check);
    // Every agent, servers included; the sample's excepted kiosk is not among the sandbox's agents.
    assertTrue(check.contains("of 150 endpoints in scope, "), check);
    assertTrue(check.contains(", 0 ran another mail client, ") && check.contains(" ran no mail client in the last month"), check);
    // Servers run no mail client, so they leave no Outlook trace and stay unknown (as the sample's comment says), with the offline desktop.
    assertTrue(check.contains("No mail client activity, so not known: DC01, SRV0001,"), check);
    assertTrue(check.contains(", WS00019 ("), check);
    assertTrue(check.contains("source: API: Endpoint Sensor CreateQuickScan"), check);
    assertFalse(check.contains("is checked: pass"), check);
  }

  @Test
  void aDefaultMailClientChangedInTheConsoleFailsNamingTheEndpointAndChangingItBackClearsIt() {
    console(core -> core.console().apexCentral().setEmailClient("WS00003", "thunderbird.exe"));
    String check = outlook();
    assertTrue(check.contains("is checked: fail"), check);
    assertTrue(check.contains(", 1 ran another mail client, "), check);
    assertTrue(check.contains("Make Microsoft Outlook the default mail client on: WS00003 (thunderbird.exe)"), check);

    console(core -> core.console().apexCentral().setEmailClient("WS00003", "outlook.exe"));
    check = outlook();
    assertFalse(check.contains("is checked: fail"), check);
    assertTrue(check.contains(", 0 ran another mail client, "), check);
  }

  @Test
  void aNarrowedScopeOfOnlineDesktopsPasses() throws IOException {
    // Offline desktops leave no trace; narrowing to a specified policy of online desktops leaves only what was seen.
    Files.writeString(file, Files.readString(file).replace("    client: outlook\n",
        "    client: outlook\n    scope:\n      policies: [Endpoint Sensor - Windows]\n"));
    String check = outlook();
    assertTrue(check.contains(" ran only outlook.exe, 0 ran another mail client"), check);
    assertFalse(check.contains("is checked: fail"), check);
  }
}
