package dev.tiac.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.sandbox.http.DocumentedRoute;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/sandbox-routes.md is what the routes declare; regenerate it with -Dtiac.regenerate=true. */
class SandboxRouteTableTest {
  private static final Path TABLE = Path.of("docs/sandbox-routes.md");
  @TempDir Path dir;

  @Test
  void theCheckedInRouteTableIsGeneratedFromTheRouteDeclarations() throws IOException {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false))) {
      String generated = RouteTable.markdown(sandbox.documentedRoutes(), SandboxRouteTableTest::replayedBy);
      if (Boolean.getBoolean("tiac.regenerate")) {
        Files.writeString(TABLE, generated);
      }
      assertEquals(generated, Files.readString(TABLE),
          "regenerate: ./mvnw -B -q -o test -Dtest=SandboxRouteTableTest -Dtiac.regenerate=true");
    }
  }

  @Test
  void everyServedRouteDeclaresItsRulesAndEveryCaptureIsReplayedSomewhere() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false))) {
      List<DocumentedRoute> routes = sandbox.documentedRoutes();
      assertEquals(25, routes.size(), routes.toString());
      assertEquals(5, routes.stream().filter(r -> !r.served() && r.path().endsWith("ApiEntry")).count());
      for (DocumentedRoute r : routes) {
        if (r.served() && !r.path().equals("/v1/remediation/mails")) {
          assertTrue(!r.constraints().isEmpty(), r + " declares no rule");
        }
        r.wire().forEach(file -> assertTrue(!replayedBy(file).isEmpty(), file + " is not replayed against a client parser"));
      }
    }
  }

  /** The client test classes that load {@code wireFile}: the sandbox's own tests compare it with the sandbox, not a parser. */
  static List<String> replayedBy(String wireFile) {
    Path sandboxTests = Path.of("src/test/java/dev/tiac/sandbox");
    try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
      return files.filter(p -> p.toString().endsWith("Test.java") && !p.startsWith(sandboxTests))
          .filter(p -> read(p).contains("\"" + wireFile + "\""))
          .map(p -> p.getFileName().toString().replace(".java", "")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
