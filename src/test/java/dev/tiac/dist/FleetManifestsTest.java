package dev.tiac.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The fleet sample is consistent and deployable: its Kubernetes manifests pass the Kubernetes
 * API's schemas (kubernetes-models' compiled validators), the CronJob runs one pod per tenant as a
 * non-root user with its tenant's secrets and state, every scheduler lists the same tenants, and
 * every tenant's files validate.
 */
class FleetManifestsTest {
  private static final Path FLEET = Path.of("samples/fleet").toAbsolutePath();
  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final Duration LIMIT = Duration.ofMinutes(2);

  private static Distribution.Result validate(Path... files) throws IOException, InterruptedException {
    Path modules = CiTools.module("kubernetes-models").getParent();
    CiTools.module("yaml");
    List<String> command = new ArrayList<>(List.of(CiTools.node().toString(),
        Path.of("src/test/resources/dev/tiac/fleet/k8s-validate.mjs").toAbsolutePath().toString(), modules.toString()));
    for (Path f : files) {
      command.add(f.toString());
    }
    return Distribution.run(FLEET, Map.of("PATH", "/usr/local/bin:/usr/bin:/bin"), LIMIT, command);
  }

  @Test
  void theKubernetesManifestsPassTheKubernetesSchemas() throws IOException, InterruptedException {
    List<Path> manifests;
    try (Stream<Path> files = Files.list(FLEET.resolve("kubernetes"))) {
      manifests = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    Distribution.Result result = validate(manifests.toArray(Path[]::new));
    assertEquals(0, result.code(), result.toString());
    assertTrue(result.out().contains(manifests.size() + " documents, 0 invalid"), result.toString());
  }

  @Test
  void theSchemaCheckRefusesABrokenCronJob(@TempDir Path temp) throws IOException, InterruptedException {
    Path broken = temp.resolve("broken.yaml");
    Files.writeString(broken, Files.readString(FLEET.resolve("kubernetes/cronjob.yaml")).replace("completions: 3", "completions: three"));
    Distribution.Result result = validate(broken);
    assertEquals(1, result.code(), result.toString());
    assertTrue(result.out().contains("completions"), result.toString());
  }

  @Test
  void theCronJobRunsOneNonRootPodPerTenantWithItsOwnSecretsAndState() throws IOException {
    List<String> tenants = Files.readAllLines(FLEET.resolve("tenants.txt")).stream().filter(l -> !l.isBlank()).toList();
    try (Stream<Path> dirs = Files.list(FLEET.resolve("tenants"))) {
      assertEquals(tenants, dirs.map(p -> p.getFileName().toString()).sorted().toList(), "tenants.txt lists the tenant directories");
    }
    JsonNode cron = YAML.readTree(FLEET.resolve("kubernetes/cronjob.yaml").toFile());
    JsonNode job = cron.path("spec").path("jobTemplate").path("spec");
    assertEquals("Forbid", cron.path("spec").path("concurrencyPolicy").asString(), "a night never overlaps the last");
    assertEquals("Indexed", job.path("completionMode").asString());
    assertEquals(tenants.size(), job.path("completions").asInt(), "one completion per tenant");
    JsonNode pod = job.path("template").path("spec");
    assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean());
    JsonNode container = pod.path("containers").get(0);
    String script = container.path("args").get(0).asString();
    assertTrue(script.contains("JOB_COMPLETION_INDEX") && script.contains("--backend-url \"$TIAC_BACKEND_BASE/$tenant\""),
        "the pod picks its tenant by index and keys the state by tenant");
    List<String> secrets = new ArrayList<>();
    for (JsonNode volume : pod.path("volumes")) {
      volume.path("projected").path("sources").forEach(s -> secrets.add(s.path("secret").path("name").asString()));
    }
    assertEquals(tenants.stream().map(t -> "tiac-tenant-" + t).toList(), secrets, "each tenant's secret, projected under its name");
    JsonNode configMap = YAML.readTree(FLEET.resolve("kubernetes/configmap.yaml").toFile());
    assertEquals(tenants, configMap.path("data").path("tenants.txt").asString().lines().toList());

    JsonNode gitlab = YAML.readTree(FLEET.resolve(".gitlab-ci.yml").toFile());
    List<String> matrix = new ArrayList<>();
    gitlab.path("drift").path("parallel").path("matrix").get(0).path("TENANT").forEach(t -> matrix.add(t.asString()));
    assertEquals(tenants, matrix, "GitLab's matrix lists the same tenants");
  }

  @Test
  void everyTenantsFilesValidate() throws IOException {
    for (String tenant : Files.readAllLines(FLEET.resolve("tenants.txt"))) {
      StringWriter out = new StringWriter();
      int code = Main.run(new String[] {"validate", FLEET.resolve("base.yaml").toString(),
          FLEET.resolve("tenants").resolve(tenant).resolve("tenant.yaml").toString()}, new PrintWriter(out), new PrintWriter(out));
      assertEquals(0, code, tenant + ": " + out);
    }
  }
}
