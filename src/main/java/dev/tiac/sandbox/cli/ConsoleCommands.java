package dev.tiac.sandbox.cli;

import dev.tiac.sandbox.http.Json;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code tiac sandbox console ...}: the administrator's clicks, each one management API call, sent to
 * the running {@code tiac sandbox serve} of this directory or applied to its persisted state.
 */
@Command(name = "console", mixinStandardHelpOptions = true,
    description = "Change console-only state (what an administrator does by clicking in the consoles).")
public final class ConsoleCommands {
  /** The caller supplies how a management request is executed and printed; returns the exit code. */
  public interface Executor {
    int call(String method, String path, String body);
  }

  /** The parent command ({@code tiac sandbox}) knows the working directory and the output streams. */
  @ParentCommand Executor executor;

  @Command(mixinStandardHelpOptions = true, name = "show", description = "Print the console state (no secrets).")
  int show() {
    return executor.call("GET", "/v1/console", "");
  }

  @Command(mixinStandardHelpOptions = true, name = "licence", description = "The licensing portal: licence set PRODUCT --seats N --expires DATE | licence remove PRODUCT.")
  int licence(@Parameters(paramLabel = "set|remove") String action, @Parameters(paramLabel = "PRODUCT") String product,
      @Option(names = "--seats", defaultValue = "5000") int seats, @Option(names = "--expires") String expires) {
    return action.equals("remove") ? executor.call("DELETE", "/v1/clp/licences/" + enc(product), "")
        : executor.call("PUT", "/v1/clp/licences/" + enc(product), Json.object().put("seats", seats).put("expires", expires == null ? "" : expires).toString());
  }

  @Command(mixinStandardHelpOptions = true, name = "cas-service-account", description = "Add or remove the CAS Exchange Online service account.")
  int casServiceAccount(@Parameters(paramLabel = "add|remove") String action) {
    return action.equals("add") ? executor.call("POST", "/v1/cas/service-accounts", "{\"type\":\"Exchange Online\"}")
        : executor.call("DELETE", "/v1/cas/service-accounts/Exchange%20Online", "");
  }

  @Command(mixinStandardHelpOptions = true, name = "cas-policy",
      description = "Set a CAS policy's status and the mailboxes it protects: cas-policy set NAME [--status ON|OFF] [--all-users | --mailbox M... --group G...].")
  int casPolicy(@Parameters(paramLabel = "set") String action, @Parameters(paramLabel = "NAME") String name,
      @Option(names = "--status") String status,
      @Option(names = "--all-users", description = "Protect every mailbox (the console's All users).") boolean allUsers,
      @Option(names = "--mailbox", split = ",", description = "Protect this mailbox (Selected users).") List<String> mailboxes,
      @Option(names = "--group", split = ",", description = "Protect the mailboxes of this group's members (Selected groups).") List<String> groups) {
    var body = Json.object();
    if (status != null) {
      body.put("status", status);
    }
    if (allUsers || mailboxes != null || groups != null) {
      var targets = body.putObject("targets").put("type", allUsers ? "all" : "selected");
      var m = targets.putArray("mailboxes");
      (mailboxes == null ? List.<String>of() : mailboxes).forEach(m::add);
      var g = targets.putArray("groups");
      (groups == null ? List.<String>of() : groups).forEach(g::add);
    }
    return executor.call("PUT", "/v1/cas/policies/" + enc(name), body.toString());
  }

  @Command(mixinStandardHelpOptions = true, name = "cas-token", description = "Create, list, refresh or delete CAS Automation and Integration API tokens.")
  int casToken(@Parameters(paramLabel = "create|list|refresh|delete") String action,
      @Parameters(paramLabel = "ID", arity = "0..1") String id,
      @Option(names = "--name") String name,
      @Option(names = "--target", defaultValue = "EXTERNAL_APPLICATION") String target,
      @Option(names = "--api-type", split = ",") List<String> types) {
    return switch (action) {
      case "list" -> executor.call("GET", "/v1/cas/tokens", "");
      case "refresh" -> executor.call("POST", "/v1/cas/tokens/" + enc(id) + "/refresh", "");
      case "delete" -> executor.call("DELETE", "/v1/cas/tokens/" + enc(id), "");
      default -> {
        ObjectNode b = Json.object().put("name", name == null ? "" : name).put("target", target);
        var arr = b.putArray("api_types");
        (types == null ? List.<String>of() : types).forEach(arr::add);
        yield executor.call("POST", "/v1/cas/tokens", b.toString());
      }
    };
  }

  @Command(mixinStandardHelpOptions = true, name = "cloud-services", description = "Register or unregister the licensing account's cloud services.")
  int cloudServices(@Parameters(paramLabel = "register|unregister|show") String action,
      @Option(names = "--account") String account,
      @Option(names = "--password", interactive = true, arity = "0..1") char[] password,
      @Option(names = "--apex-central-id", description = "Register from another Apex Central (cuts this one off).") String owner) {
    if (action.equals("show")) {
      return executor.call("GET", "/v1/apex-central/cloud-service-settings", "");
    }
    if (action.equals("unregister")) {
      return executor.call("DELETE", "/v1/apex-central/cloud-service-settings", "");
    }
    ObjectNode b = Json.object().put("account", account == null ? "" : account).put("password", password == null ? "" : new String(password));
    if (owner != null) {
      b.put("apex_central_id", owner);
    }
    return executor.call("PUT", "/v1/apex-central/cloud-service-settings", b.toString());
  }

  @Command(mixinStandardHelpOptions = true, name = "ad-sync", description = "enable | disable | issue-tool --server HOST | run-tool GENERATION | show")
  int adSync(@Parameters(paramLabel = "ACTION") String action, @Parameters(paramLabel = "GENERATION", arity = "0..1") String generation,
      @Option(names = "--server") String server) {
    return switch (action) {
      case "enable", "disable" -> executor.call("PUT", "/v1/apex-central/ad-sync", "{\"enabled\":" + action.equals("enable") + "}");
      case "issue-tool" -> executor.call("POST", "/v1/apex-central/ad-sync/tools", Json.object().put("ad_server", server == null ? "" : server).toString());
      case "run-tool" -> executor.call("POST", "/v1/apex-central/ad-sync/tools/" + enc(generation) + "/run", "");
      default -> executor.call("GET", "/v1/apex-central/ad-sync", "");
    };
  }

  @Command(mixinStandardHelpOptions = true, name = "apexone-policy", description = "put NAME [--kind filtered|specified] --target T... [--desktop] [--server] [--endpoint-sensor] [--deploy] | deploy NAME | delete NAME | list")
  int policy(@Parameters(paramLabel = "ACTION") String action, @Parameters(paramLabel = "NAME", arity = "0..1") String name,
      @Option(names = "--kind", defaultValue = "FILTERED") String kind, @Option(names = "--target", split = ",") List<String> targets,
      @Option(names = "--desktop") boolean desktop, @Option(names = "--server") boolean server,
      @Option(names = "--endpoint-sensor") boolean sensor, @Option(names = "--deploy") boolean deploy) {
    return switch (action) {
      case "deploy" -> executor.call("POST", "/v1/apex-one/policies/" + enc(name) + "/deploy", "");
      case "delete" -> executor.call("DELETE", "/v1/apex-one/policies/" + enc(name), "");
      case "put" -> {
        ObjectNode b = Json.object().put("kind", kind).put("windows_desktop", desktop).put("windows_server", server)
            .put("endpoint_sensor", sensor).put("deploy", deploy);
        var arr = b.putArray("targets");
        (targets == null ? List.<String>of() : targets).forEach(arr::add);
        yield executor.call("PUT", "/v1/apex-one/policies/" + enc(name), b.toString());
      }
      default -> executor.call("GET", "/v1/apex-one/policies", "");
    };
  }

  @Command(mixinStandardHelpOptions = true, name = "email-client", description = "Set an endpoint's default email client: email-client set HOST CLIENT.")
  int emailClient(@Parameters(paramLabel = "set") String action, @Parameters(paramLabel = "HOST") String host,
      @Parameters(paramLabel = "CLIENT") String client) {
    return executor.call("PUT", "/v1/endpoints/" + enc(host) + "/email-client", Json.object().put("client", client).toString());
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s == null ? "" : s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }

}
