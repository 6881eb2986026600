package dev.tiac.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WaitListenerTest {
  @Test
  void printsEveryWaitLongerThanASecondAndNothingShorter() {
    StringWriter out = new StringWriter();
    WaitListener printer = WaitListener.printingTo(new PrintWriter(out));

    printer.waiting(new Wait("Cloud App Security", Duration.ofMillis(1000), Wait.Reason.RETRY, "HTTP 503"));
    printer.waiting(new Wait("Cloud App Security", Duration.ofMillis(41_200), Wait.Reason.SHARED_RATE_LIMIT, ""));
    printer.waiting(new Wait("Apex Central", Duration.ofMillis(2_500), Wait.Reason.RETRY, "HTTP 500"));
    printer.waiting(new Wait("Cloud App Security", Duration.ofSeconds(30), Wait.Reason.SERVER_ASKED, "HTTP 429, Retry-After"));

    assertEquals(String.join(System.lineSeparator(),
        "Cloud App Security: waiting 42 s for the rate limit (another client is using this token's budget)",
        "Apex Central: waiting 3 s before trying again after HTTP 500",
        "Cloud App Security: waiting 30 s as the service asked (HTTP 429, Retry-After)", ""), out.toString());
  }
}
