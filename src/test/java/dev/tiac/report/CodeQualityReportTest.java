package dev.tiac.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.plan.SamplePlans;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GitLab's Code Quality artifact: what the merge-request widget needs to put drift on a YAML line. */
class CodeQualityReportTest {
  private static final Set<String> GITLAB_SEVERITIES = Set.of("info", "minor", "major", "critical", "blocker");

  private static JsonNode issues(ReportContext context) {
    return JsonMapper.shared().readTree(Reports.render(ReportFormat.CODEQUALITY, SamplePlans.mixed(), context));
  }

  @Test
  void oneIssuePerDriftedResourceWithWhatGitLabRequires() {
    JsonNode issues = issues(Reports.CONTEXT);
    assertTrue(issues.isArray());
    assertEquals(DriftSummary.of(SamplePlans.mixed()).drifted(), issues.size());
    Set<String> fingerprints = new HashSet<>();
    for (JsonNode issue : issues) {
      assertTrue(GITLAB_SEVERITIES.contains(issue.path("severity").asString()), issue.toString());
      assertTrue(issue.path("location").path("lines").path("begin").asInt() >= 1, issue.toString());
      assertTrue(!issue.path("description").asString().isBlank() && !issue.path("check_name").asString().isBlank());
      assertTrue(fingerprints.add(issue.path("fingerprint").asString()), "fingerprints are unique");
    }
  }

  @Test
  void putsEachIssueOnTheDeclaringLineAndRanksMissingProtectionCritical() {
    JsonNode atp = find(issues(Reports.CONTEXT), "cas.policy[\"Default Exchange Policy ATP\"]");
    assertEquals("tiac.yaml", atp.path("location").path("path").asString());
    assertEquals(14, atp.path("location").path("lines").path("begin").asInt());
    assertEquals("major", atp.path("severity").asString(), "a weakening the file refuses exposes nothing");
    assertEquals("critical", find(issues(Reports.CONTEXT), "apexone.emailClient[\"all\"]").path("severity").asString());
  }

  @Test
  void namesPathsFromTheRepositoryRootLikeSarif() {
    ReportContext context = Reports.CONTEXT.withPaths(new ArtifactPaths(Optional.of(Path.of("/repo")), Path.of("/repo/tenants/eu")));
    for (JsonNode issue : issues(context)) {
      assertEquals("tenants/eu/tiac.yaml", issue.path("location").path("path").asString());
    }
    List<String> sarif = JsonMapper.shared().readTree(Reports.render(ReportFormat.SARIF, SamplePlans.mixed(), context))
        .path("runs").get(0).path("results").valueStream().map(r -> r.path("fingerprints").path("tiac/v1").asString()).toList();
    assertEquals(sarif, issues(context).valueStream().map(i -> i.path("fingerprint").asString()).toList(),
        "the same finding has the same identity in both views");
  }

  private static JsonNode find(JsonNode issues, String address) {
    return issues.valueStream().filter(i -> i.path("description").asString().startsWith(address + ":")).findFirst()
        .orElseThrow(() -> new AssertionError("no issue for " + address));
  }
}
