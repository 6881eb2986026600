package dev.tiac.report;

import dev.tiac.contract.Change;
import dev.tiac.contract.CheckOutcome;

/**
 * The SARIF rules tiac reports against: one per kind of drift, one per check outcome that is not a
 * pass. Each carries the {@code security-severity} code scanning ranks alerts by (0.1–10; 7 and
 * above is "high") and the help a reviewer reads beside the alert: what the finding means, why it
 * matters for correlating mail, directory users and endpoint activity, and how to fix it.
 */
enum SarifRule {
  CREATE("tiac/create", "ResourceMissing", "A declared resource does not exist in the live service.", "warning", "7.5",
      "The file declares a resource (a Default Exchange policy, an API token, a suspicious object, a blocked entry, a sync "
          + "setting) that the live service does not have.",
      "Each resource in the setup feeds one link of the investigation chain: without it, mail, the directory user and "
          + "the endpoint activity cannot be joined, or a known threat is not blocked.",
      "Run `tiac apply` with the same files (through the pipeline on the main branch), or take the console steps the "
          + "plan prints and confirm them with `tiac attest`."),
  UPDATE("tiac/update", "SettingDrifted", "A live setting differs from the desired state.", "warning", "6.0",
      "A setting of an existing resource was changed outside Git: the live value no longer matches the file.",
      "Correlation relies on every setting the procedure asks for (policies ON, Endpoint Sensor collecting, the directory "
          + "synchronized); a changed one can silently break the join between mail and endpoints.",
      "If the live change was intended, change the file to match and merge it; otherwise run `tiac apply` to restore "
          + "the file's value. A change that weakens protection needs `allowWeakening` on the resource."),
  DELETE("tiac/delete", "ResourceNotDeclared", "A live object tiac manages is no longer declared and would be deleted.", "warning", "3.0",
      "An object tiac created earlier is still live but no longer in the file.",
      "Leftover objects (blocked entries, suspicious objects, tokens) are rarely harmful to correlation but hide what the "
          + "setup really is; a forgotten API token is a credential nobody owns.",
      "Declare it again if it is still wanted; otherwise let `tiac apply` delete it (`allowDelete` where the resource asks)."),
  REPLACE("tiac/replace", "ResourceMustBeReplaced", "A live object can only reach the desired state by being replaced.", "warning", "5.0",
      "The live object differs in an attribute that cannot be changed in place (for example the AD sync tool's server).",
      "Until it is replaced, the service keeps using the old object, so what the file says about it is not what runs.",
      "Review the replacement in the plan and run `tiac apply`; irreversible replacements need `allowReissue` or "
          + "`allowRotation` on the resource."),
  MANUAL("tiac/manual", "ConsoleStepPending", "A console setting differs and needs the runbook steps to be taken.", "warning", "6.0",
      "A console-only setting (no public API) is not in the state the file declares, or its runbook step was never confirmed.",
      "Console-only settings (the Exchange service account, cloud service settings, Active Directory synchronization) are "
          + "the prerequisites of every investigation that joins mail with users and endpoints.",
      "Run `tiac apply` under the runbook driver: it prints the exact console steps; take them, then confirm with "
          + "`done` or `tiac attest`. The next plan verifies the effect from evidence."),
  CHECK_FAIL("tiac/check-fail", "CheckFailed", "A check of the setup's preconditions or endpoints fails.", "error", "8.0",
      "A precondition tiac checks but never changes fails: a licence, .NET Framework on the sync server, Outlook on the "
          + "endpoints in scope, or the correlation readiness as a whole.",
      "A failing precondition means investigations cannot see part of the chain: they return nothing where they should "
          + "find a threat.",
      "Follow the remediation the check's evidence names (the report lists it); tiac cannot fix it, and the next drift "
          + "run closes the alert once the check passes."),
  CHECK_UNKNOWN("tiac/check-unknown", "CheckUnknown", "A check could not be evaluated: its evidence could not be read.", "note", "4.0",
      "A check could not be decided because the evidence it reads (an API answer, the directory, Endpoint Sensor) was "
          + "unavailable or empty.",
      "An unknown precondition may be failing unseen: correlation may be partial without anyone noticing.",
      "Check the connection and permissions named in the message, or supply the evidence (e.g. endpoints reporting to "
          + "Endpoint Sensor, or `tiac attest --fact` for a fact only a person can read); the alert closes on the first "
          + "run that can decide the check."),
  UNVERIFIED("tiac/unverified", "NotVerifiableByApi", "A console setting stands only on an attestation: no API can show it.", "note", "2.0",
      "Under the runbook driver no API reads this console setting; the attributes named were not shown by any evidence in "
          + "this run, so they stand as an operator attested them on the day named.",
      "A console change made since that day is invisible to tiac: the setting may no longer be what correlation needs.",
      "Check the setting in the console and attest it again (`tiac attest`); the alert stays while no API can show it, "
          + "and records how old the attestation is.");

  final String id;
  final String ruleName;
  final String description;
  final String defaultLevel;
  /** Code scanning's numeric severity, a decimal between 0.1 and 10.0 written as a string. */
  final String securitySeverity;
  final String meaning;
  final String whyItMatters;
  final String howToFix;

  SarifRule(String id, String ruleName, String description, String defaultLevel, String securitySeverity,
      String meaning, String whyItMatters, String howToFix) {
    this.id = id;
    this.ruleName = ruleName;
    this.description = description;
    this.defaultLevel = defaultLevel;
    this.securitySeverity = securitySeverity;
    this.meaning = meaning;
    this.whyItMatters = whyItMatters;
    this.howToFix = howToFix;
  }

  String helpText() {
    return meaning + "\n\nWhy it matters: " + whyItMatters + "\n\nHow to fix: " + howToFix;
  }

  String helpMarkdown() {
    return meaning + "\n\n**Why it matters for correlation.** " + whyItMatters + "\n\n**How to fix.** " + howToFix;
  }

  static SarifRule of(Change change) {
    if (change.check().isPresent() && !change.isAction()) {
      return change.check().get().status() == CheckOutcome.Status.FAIL ? CHECK_FAIL : CHECK_UNKNOWN;
    }
    return switch (change.kind()) {
      case CREATE -> CREATE;
      case DELETE -> DELETE;
      case REPLACE -> REPLACE;
      case MANUAL -> MANUAL;
      case NO_CHANGE -> change.unverified().isPresent() ? UNVERIFIED : UPDATE;
      case UPDATE, CHECK -> UPDATE;
    };
  }
}
