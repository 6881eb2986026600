package dev.tiac.report;

import dev.tiac.plan.Change;
import dev.tiac.plan.CheckOutcome;

/** The SARIF rules tiac reports against: one per kind of drift, one per check outcome that is not a pass. */
enum SarifRule {
  CREATE("tiac/create", "ResourceMissing", "A declared resource does not exist in the live service.", "warning"),
  UPDATE("tiac/update", "SettingDrifted", "A live setting differs from the desired state.", "warning"),
  DELETE("tiac/delete", "ResourceNotDeclared", "A live object tiac manages is no longer declared and would be deleted.", "warning"),
  REPLACE("tiac/replace", "ResourceMustBeReplaced", "A live object can only reach the desired state by being replaced.", "warning"),
  MANUAL("tiac/manual", "ConsoleStepPending", "A console setting differs and needs the runbook steps to be taken.", "warning"),
  CHECK_FAIL("tiac/check-fail", "CheckFailed", "A check of the setup's preconditions or endpoints fails.", "error"),
  CHECK_UNKNOWN("tiac/check-unknown", "CheckUnknown", "A check could not be evaluated: its evidence could not be read.", "warning");

  final String id;
  final String ruleName;
  final String description;
  final String defaultLevel;

  SarifRule(String id, String ruleName, String description, String defaultLevel) {
    this.id = id;
    this.ruleName = ruleName;
    this.description = description;
    this.defaultLevel = defaultLevel;
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
      case UPDATE, NO_CHANGE, CHECK -> UPDATE;
    };
  }
}
