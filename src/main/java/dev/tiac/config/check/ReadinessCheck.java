package dev.tiac.config.check;

import dev.tiac.config.diagnostics.Diagnostic;
import dev.tiac.config.load.MergedDocument;
import dev.tiac.config.load.Pointers;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Settings that are each valid but together cannot give email correlation: the file is refused
 * where the services would refuse it, and warned about where it would silently find nothing.
 */
final class ReadinessCheck implements Check {
  @Override
  public void run(MergedDocument document, List<Declared> declared, List<Diagnostic> out) {
    JsonNode tree = document.tree();
    JsonNode tokens = tree.at("/cloudAppSecurity/tokens");
    String firstApexOne = null;
    for (int i = 0; i < tokens.size(); i++) {
      JsonNode token = tokens.get(i);
      String pointer = Pointers.child("/cloudAppSecurity/tokens", i);
      if (!"apexOneAsAService".equals(token.path("target").asString())) {
        continue;
      }
      if (firstApexOne != null) {
        out.add(Diagnostic.error(document.valueAt(pointer + "/target"), pointer + "/target",
            "Cloud App Security allows one token for Apex One as a Service; another is declared at " + document.valueAt(firstApexOne)));
      } else {
        firstApexOne = pointer;
      }
      boolean emailMessage = false;
      for (JsonNode type : token.path("apiTypes")) {
        emailMessage |= "threatInvestigation.emailMessage".equals(type.asString());
      }
      if (!emailMessage) {
        out.add(Diagnostic.warning(document.valueAt(pointer + "/apiTypes"), pointer + "/apiTypes",
            "email correlation needs the Threat Investigation \"Email message\" API type (threatInvestigation.emailMessage)"));
      }
    }
    JsonNode policies = tree.at("/cloudAppSecurity/policies");
    if (tree.at("/investigations").size() > 0 && policies.size() > 0) {
      boolean anyOn = false;
      for (JsonNode policy : policies) {
        anyOn |= "ON".equals(policy.path("status").asString());
      }
      if (!anyOn) {
        out.add(Diagnostic.warning(document.valueAt("/cloudAppSecurity/policies"), "/cloudAppSecurity/policies",
            "every Default Exchange policy is OFF: Cloud App Security sweeps return no mail, so the investigations in this file find nothing"));
      }
    }
  }
}
