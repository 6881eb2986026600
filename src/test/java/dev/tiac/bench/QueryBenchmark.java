package dev.tiac.bench;

import dev.tiac.config.model.Investigation;
import dev.tiac.http.HttpSettings;
import dev.tiac.http.Redactor;
import dev.tiac.http.Secret;
import dev.tiac.ldap.DirectoryClient;
import dev.tiac.ldap.LdapSettings;
import dev.tiac.providers.apexcentral.ApexCentralSettings;
import dev.tiac.providers.cas.CasRegion;
import dev.tiac.providers.cas.CasSettings;
import dev.tiac.query.Queries;
import dev.tiac.query.Query;
import dev.tiac.query.QueryEngine;
import dev.tiac.query.QueryResult;
import dev.tiac.query.Setup;
import dev.tiac.query.source.QuerySources;
import dev.tiac.query.source.ServiceConnections;
import dev.tiac.query.source.Service;
import dev.tiac.sandbox.SandboxEndpoints;
import dev.tiac.sandbox.world.AttackStory;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 6's benchmark: a sandbox of 200,000 mails, 1,000,000 Endpoint Sensor events and 10,000
 * endpoints ({@code Scale.BENCHMARK}), one email-started and one indicator-started query; wall time,
 * calls sent against the engine's minimum, and heap.
 *
 * <p>Three processes keep the heap honest: the sandbox ({@link BenchSandbox}, its world in its own
 * JVM), this orchestrator, and the query client, started with {@code -Xmx256m} so that finishing at
 * all proves the query fits in 256 MiB. The client resets the heap pools' peak usage after a full
 * GC, runs one query, and reports the summed pool peaks minus the post-GC baseline (a ceiling: it
 * includes garbage the collector had not yet reclaimed) and the query thread's allocated bytes.
 *
 * <p>Run with {@code bench/run QueryBenchmark}; prints a Markdown table.
 */
public final class QueryBenchmark {
  private QueryBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("--client")) {
      client(Path.of(args[1]));
      return;
    }
    Path dir = Files.createTempDirectory("tiac-query-bench");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("java.class.path");
    Process sandbox = new ProcessBuilder(java, "-Xmx6g", "-cp", cp, BenchSandbox.class.getName(), dir.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      Path ready = dir.resolve("endpoints.json");
      for (long deadline = System.nanoTime() + 600_000_000_000L; !Files.exists(ready); Thread.sleep(200)) {
        if (!sandbox.isAlive() || System.nanoTime() > deadline) {
          throw new IllegalStateException("the benchmark sandbox did not start");
        }
      }
      Process client = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp", cp, QueryBenchmark.class.getName(),
          "--client", dir.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      List<String> lines = new ArrayList<>();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8))) {
        out.lines().forEach(lines::add);
      }
      int code = client.waitFor();
      lines.forEach(System.out::println);
      System.out.println();
      System.out.println(code == 0 ? "The query client ran with -Xmx256m and finished: both queries fit in 256 MiB of heap."
          : "The query client FAILED (exit " + code + ") under -Xmx256m.");
    } finally {
      sandbox.getOutputStream().close();
      sandbox.waitFor();
    }
  }

  /** Runs in the -Xmx256m JVM: the two queries, one after the other, each measured alone. */
  private static void client(Path dir) throws Exception {
    JsonMapper json = JsonMapper.shared();
    SandboxEndpoints endpoints = json.readValue(Files.readString(dir.resolve("endpoints.json")), SandboxEndpoints.class);
    AttackStory story = json.readValue(Files.readString(dir.resolve("story.json")), AttackStory.class);
    Clock clock = Clock.systemUTC();
    try (DirectoryClient directory = directory(endpoints)) {
      QuerySources sources = ServiceConnections.open(cas(endpoints), apex(endpoints), directory,
          HttpSettings.defaults().withExtraCaPem(Path.of(endpoints.caFile())), new Redactor(), clock, Optional.empty());
      QueryEngine engine = new QueryEngine(sources, Setup.unknown());
      Optional<String> none = Optional.empty();
      Query email = query("email-started", new Investigation.From(Optional.of(new Investigation.Email(none, none,
          Optional.of("\"" + story.subject() + "\""), none, none, none, none, none, none, none, none, none, none)), none(), none(), none()), clock);
      Query indicator = query("indicator-started", new Investigation.From(none(), none(), none(), Optional.of(
          new Investigation.Indicator(none, none, Optional.of(story.urlDomain()), none, none))), clock);
      engine.run(query("warm-up", new Investigation.From(none(), Optional.of(new Investigation.User(Optional.of(story.recipientSam()),
          none, none)), none(), none()), clock));
      System.out.println("| query | result | wall time | calls sent / minimum (CAS, AD, Apex Central) | ratio | heap peak over baseline (ceiling) | allocated by the query thread |");
      System.out.println("|---|---|---|---|---|---|---|");
      for (Query q : List.of(email, indicator)) {
        measure(engine, q);
      }
    }
  }

  private static void measure(QueryEngine engine, Query q) {
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    System.gc();
    long baseline = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    long begin = System.nanoTime();
    QueryResult r = engine.run(q);
    double seconds = (System.nanoTime() - begin) / 1e9;
    long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    int sent = 0;
    int minimum = 0;
    StringBuilder per = new StringBuilder();
    for (Service s : List.of(Service.CLOUD_APP_SECURITY, Service.ACTIVE_DIRECTORY, Service.APEX_CENTRAL)) {
      sent += r.calls().sent(s);
      minimum += r.calls().minimum(s);
      per.append(per.isEmpty() ? "" : ", ").append(r.calls().sent(s)).append('/').append(r.calls().minimum(s));
    }
    System.out.printf(Locale.ROOT, "| %s | %s, %d finding(s) | %.2f s | %d / %d (%s) | %.2f× | %.1f MiB | %.1f MiB |%n",
        q.name(), r.status(), r.findings().size(), seconds, sent, minimum, per, minimum == 0 ? 0 : (double) sent / minimum,
        Math.max(0, peak - baseline) / 1048576.0, allocated / 1048576.0);
  }

  private static Query query(String name, Investigation.From from, Clock clock) {
    return Queries.of(new Investigation(name, Optional.empty(), Optional.of(Investigation.Severity.high),
        Optional.of(new Investigation.Window(Optional.of(7), Optional.empty(), Optional.empty())), from,
        List.of(), List.of(), Optional.of(Investigation.AlertWhen.chainComplete), Optional.empty(), Optional.empty()), clock);
  }

  private static <T> Optional<T> none() {
    return Optional.empty();
  }

  private static CasSettings cas(SandboxEndpoints e) {
    Map<CasRegion, URI> urls = new EnumMap<>(CasRegion.class);
    e.cas().urls().forEach((k, u) -> CasRegion.byKey(k).ifPresent(r -> urls.put(r, URI.create(u))));
    SandboxEndpoints.CasToken token = e.cas().tokens().stream().filter(t -> t.name().equals("tiac")).findFirst().orElseThrow();
    // The sandbox's budget is raised for the run; the client's pacer is raised to match.
    return new CasSettings(CasRegion.byKey(e.cas().homeRegion()).orElseThrow(), Secret.of(token.token()), urls, 1_000_000);
  }

  private static ApexCentralSettings apex(SandboxEndpoints e) {
    return new ApexCentralSettings(URI.create(e.apexCentral().url()), e.apexCentral().applicationId(), Secret.of(e.apexCentral().apiKey()));
  }

  private static DirectoryClient directory(SandboxEndpoints e) throws Exception {
    URI ldaps = URI.create(e.ldap().ldapsUrl());
    return DirectoryClient.connect(new LdapSettings(ldaps.getHost(), ldaps.getPort(), LdapSettings.Security.LDAPS, e.ldap().bindDn(),
        Secret.of(e.ldap().bindPassword()), e.ldap().baseDn(), Optional.of(Path.of(e.caFile())), false));
  }
}
