package dev.tiac.config.model;

import java.util.List;
import java.util.Optional;

/**
 * A correlation query: where it starts, how far it follows the chain mail ↔ user ↔ endpoint, what
 * makes a result a finding, and what may be done about it. Enum constants carry the file's
 * spelling, so the schema's enums bind without a naming strategy.
 */
public record Investigation(
    String name,
    Optional<String> description,
    Optional<Severity> severity,
    Optional<Window> window,
    From from,
    List<Link> follow,
    List<Activity> activity,
    Optional<AlertWhen> alertWhen,
    Optional<Integer> activityWithinHours,
    Optional<Respond> respond,
    List<TestCase> tests) {
  public Investigation {
    description = description == null ? Optional.empty() : description;
    severity = severity == null ? Optional.empty() : severity;
    window = window == null ? Optional.empty() : window;
    follow = Lists.of(follow);
    activity = Lists.of(activity);
    alertWhen = alertWhen == null ? Optional.empty() : alertWhen;
    activityWithinHours = activityWithinHours == null ? Optional.empty() : activityWithinHours;
    respond = respond == null ? Optional.empty() : respond;
    tests = Lists.of(tests);
  }

  /** The same investigation without test cases (what the services see). */
  public Investigation(String name, Optional<String> description, Optional<Severity> severity, Optional<Window> window,
      From from, List<Link> follow, List<Activity> activity, Optional<AlertWhen> alertWhen,
      Optional<Integer> activityWithinHours, Optional<Respond> respond) {
    this(name, description, severity, window, from, follow, activity, alertWhen, activityWithinHours, respond, List.of());
  }

  public enum Severity { info, low, medium, high, critical }

  public enum Link { recipients, directoryUser, endpoints, endpointActivity, mail }

  public enum Activity { attachmentWrittenOrRun, spawnedFromOutlook, commandLineHasMailUrl }

  public enum AlertWhen { chainComplete, anyMail, anyActivity }

  public enum ScanAction { log, block }

  public record Window(Optional<Integer> lastDays, Optional<String> start, Optional<String> end) {}

  /** Exactly one starting point is present; the schema guarantees it. */
  public record From(Optional<Email> email, Optional<User> user, Optional<Endpoint> endpoint,
      Optional<Indicator> indicator) {
    public From {
      email = email == null ? Optional.empty() : email;
      user = user == null ? Optional.empty() : user;
      endpoint = endpoint == null ? Optional.empty() : endpoint;
      indicator = indicator == null ? Optional.empty() : indicator;
    }
  }

  public record Email(
      Optional<String> sender,
      Optional<String> senderDomain,
      Optional<String> subject,
      Optional<String> attachmentSha1,
      Optional<String> attachmentSha256,
      Optional<String> attachmentName,
      Optional<String> attachmentExtension,
      Optional<String> url,
      Optional<String> messageId,
      Optional<String> sourceIp,
      Optional<String> sourceDomain,
      Optional<String> mailbox,
      Optional<String> recipient) {}

  public record User(Optional<String> samAccountName, Optional<String> mail, Optional<String> userPrincipalName) {}

  public record Endpoint(Optional<String> hostName, Optional<String> ip) {}

  public record Indicator(
      Optional<String> fileSha1,
      Optional<String> fileName,
      Optional<String> domain,
      Optional<String> url,
      Optional<String> ip) {}

  /** A test case: a fixture directory (relative to the file) in the sandbox fixture format, and what it must produce. */
  public record TestCase(String name, Optional<String> description, String fixture, Expect expect) {
    public TestCase {
      description = description == null ? Optional.empty() : description;
    }
  }

  /** Expected outcome; an absent field is not checked, a present list is compared as a set. */
  public record Expect(Optional<Integer> findings, Optional<ExpectedStatus> status, Optional<List<String>> hosts,
      Optional<List<String>> users, Optional<List<String>> messageIds) {
    public Expect {
      findings = findings == null ? Optional.empty() : findings;
      status = status == null ? Optional.empty() : status;
      hosts = hosts == null ? Optional.empty() : hosts.map(List::copyOf);
      users = users == null ? Optional.empty() : users.map(List::copyOf);
      messageIds = messageIds == null ? Optional.empty() : messageIds.map(List::copyOf);
    }
  }

  public enum ExpectedStatus { matched, clean, prerequisiteMissing }

  public record Respond(
      Optional<Boolean> isolateEndpoint, Optional<Boolean> quarantineMail, Optional<ScanAction> addSuspiciousObject) {}
}
