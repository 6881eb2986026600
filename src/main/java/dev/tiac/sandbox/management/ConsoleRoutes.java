package dev.tiac.sandbox.management;

import dev.tiac.sandbox.console.CasApiType;
import dev.tiac.sandbox.console.CasTargets;
import dev.tiac.sandbox.console.CasToken;
import dev.tiac.sandbox.console.Console;
import dev.tiac.sandbox.console.Licence;
import dev.tiac.sandbox.console.PolicyKind;
import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.http.Request;
import dev.tiac.sandbox.http.Response;
import dev.tiac.sandbox.http.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The console screens as REST resources; each handler is one administrator action. */
final class ConsoleRoutes {
  private final Console console;

  ConsoleRoutes(Console console) {
    this.console = console;
  }

  List<Route> routes() {
    return List.of(
        Route.get("/v1/console", r -> ok(Views.console(console.state()))),
        Route.get("/v1/clp/account", r -> ok(Views.console(console.state()).path("clp_account"))),
        Route.put("/v1/clp/account", this::putClp),
        Route.put("/v1/clp/licences/{product}", r -> ok(Views.of(console.apexCentral().setLicence(r.pathParam("product"),
            body(r).path("seats").asInt(Licence.DEFAULT_SEATS), text(r, "expires")).licences()))),
        Route.delete("/v1/clp/licences/{product}", r -> ok(Views.of(console.apexCentral().removeLicence(r.pathParam("product")).licences()))),
        Route.get("/v1/cas/service-accounts", r -> ok(Views.of(console.cas().view().serviceAccounts()))),
        Route.post("/v1/cas/service-accounts", r -> created(Views.of(console.cas().addServiceAccount(text(r, "type")).serviceAccounts()))),
        Route.delete("/v1/cas/service-accounts/{type}", r -> ok(Views.of(console.cas().removeServiceAccount(r.pathParam("type")).serviceAccounts()))),
        Route.get("/v1/cas/policies", r -> ok(Views.of(console.cas().view().policies()))),
        Route.put("/v1/cas/policies/{name}", this::putCasPolicy),
        Route.get("/v1/cas/tokens", r -> {
          var arr = Json.array();
          console.cas().view().tokens().forEach(t -> arr.add(Views.token(t, false)));
          return ok(arr);
        }),
        Route.post("/v1/cas/tokens", this::createToken),
        Route.delete("/v1/cas/tokens/{id}", r -> {
          console.cas().deleteToken(r.pathParam("id"));
          return Response.json(204, Json.object());
        }),
        Route.post("/v1/cas/tokens/{id}/refresh", r -> ok(Views.token(console.cas().refreshToken(r.pathParam("id")), false))),
        Route.get("/v1/apex-central/cloud-service-settings", r -> ok(cloud())),
        Route.put("/v1/apex-central/cloud-service-settings", r -> {
          JsonNode b = body(r);
          Optional<String> owner = b.path("apex_central_id").isString() ? Optional.of(b.path("apex_central_id").asString()) : Optional.empty();
          console.apexCentral().registerCloudServices(owner, text(r, "account"), text(r, "password"));
          return ok(cloud());
        }),
        Route.delete("/v1/apex-central/cloud-service-settings", r -> {
          console.apexCentral().unregisterCloudServices();
          return ok(cloud());
        }),
        Route.get("/v1/apex-central/ad-sync", r -> ok(Views.of(console.state().adSync()))),
        Route.put("/v1/apex-central/ad-sync", r -> ok(Views.of(console.apexCentral().setAdSync(body(r).path("enabled").asBoolean(false))))),
        Route.post("/v1/apex-central/ad-sync/tools", r -> created(Views.of(console.apexCentral().issueSyncTool(text(r, "ad_server"))))),
        Route.post("/v1/apex-central/ad-sync/tools/{generation}/run",
            r -> ok(Views.of(console.apexCentral().runSyncTool(Integer.parseInt(r.pathParam("generation")))))),
        Route.get("/v1/apex-one/policies", r -> ok(Views.of(console.policies().list()))),
        Route.put("/v1/apex-one/policies/{name}", this::putPolicy),
        Route.delete("/v1/apex-one/policies/{name}", r -> {
          console.policies().delete(r.pathParam("name"));
          return Response.json(204, Json.object());
        }),
        Route.post("/v1/apex-one/policies/{name}/deploy", r -> ok(Views.of(console.policies().deploy(r.pathParam("name"))))),
        Route.get("/v1/endpoints/email-clients", r -> ok(Views.of(console.state().emailClients()))),
        Route.put("/v1/endpoints/{host}/email-client", r -> ok(Views.of(console.apexCentral().setEmailClient(r.pathParam("host"), text(r, "client"))))));
  }

  private JsonNode cloud() {
    var n = (tools.jackson.databind.node.ObjectNode) Views.of(console.state().cloudServices());
    n.put("owned_by_this_apex_central", console.apexCentral().ownsCloudServices());
    return n;
  }

  private Response putClp(Request r) {
    List<Licence> licences = new ArrayList<>();
    for (JsonNode l : body(r).path("licences")) {
      licences.add(new Licence(l.path("product").asString(""), l.path("expires").asString(""), l.path("seats").asInt(Licence.DEFAULT_SEATS)));
    }
    console.apexCentral().setClpAccount(text(r, "account"), text(r, "password"), licences);
    return ok(Views.console(console.state()).path("clp_account"));
  }

  private Response createToken(Request r) {
    JsonNode b = body(r);
    List<CasApiType> types = new ArrayList<>();
    b.path("api_types").forEach(t -> types.add(CasApiType.parse(t.asString(""))));
    CasToken.TokenTarget target = CasToken.TokenTarget.valueOf(b.path("target").asString("EXTERNAL_APPLICATION").toUpperCase(Locale.ROOT).replace('-', '_'));
    CasToken t = console.cas().createToken(text(r, "name"), b.path("description").asString(""), target, types);
    return created(Views.token(t, true));
  }

  private Response putPolicy(Request r) {
    JsonNode b = body(r);
    List<String> targets = new ArrayList<>();
    b.path("targets").forEach(t -> targets.add(t.asString("")));
    PolicyKind kind = PolicyKind.valueOf(b.path("kind").asString("FILTERED").toUpperCase(Locale.ROOT));
    var policy = console.policies().put(r.pathParam("name"), kind, targets, b.path("windows_desktop").asBoolean(false),
        b.path("windows_server").asBoolean(false), b.path("endpoint_sensor").asBoolean(false), b.path("deploy").asBoolean(false));
    if (b.path("priority").isInt()) {
      policy = console.policies().prioritize(r.pathParam("name"), b.path("priority").asInt());
    }
    return ok(Views.of(policy));
  }

  /** A CAS policy's status, its targets ({@code {"type":"all"}} or selected mailboxes and groups), or both. */
  private Response putCasPolicy(Request r) {
    JsonNode b = body(r);
    if (!b.has("status") && !b.has("targets")) {
      throw new IllegalArgumentException("give status, targets or both");
    }
    Optional<Boolean> on = b.has("status") ? Optional.of(status(r)) : Optional.empty();
    Optional<CasTargets> targets = b.has("targets") ? Optional.of(casTargets(b.path("targets"))) : Optional.empty();
    return ok(Views.of(console.cas().setPolicy(r.pathParam("name"), on, targets)));
  }

  private static CasTargets casTargets(JsonNode t) {
    String type = t.path("type").asString("");
    if (!type.equals("all") && !type.equals("selected")) {
      throw new IllegalArgumentException("targets.type must be all or selected");
    }
    List<String> mailboxes = new ArrayList<>();
    t.path("mailboxes").forEach(m -> mailboxes.add(m.asString("")));
    List<String> groups = new ArrayList<>();
    t.path("groups").forEach(g -> groups.add(g.asString("")));
    return type.equals("all") ? new CasTargets(true, mailboxes, groups) : CasTargets.selected(mailboxes, groups);
  }

  private static JsonNode body(Request r) {
    JsonNode b = Json.parse(r.bodyText());
    if (!b.isObject()) {
      throw new IllegalArgumentException("the body must be a JSON object");
    }
    return b;
  }

  private static String text(Request r, String field) {
    JsonNode v = body(r).path(field);
    if (!v.isString() || v.asString().isBlank()) {
      throw new IllegalArgumentException("missing field " + field);
    }
    return v.asString();
  }

  private static boolean status(Request r) {
    String s = text(r, "status");
    if (!s.equalsIgnoreCase("ON") && !s.equalsIgnoreCase("OFF")) {
      throw new IllegalArgumentException("status must be ON or OFF");
    }
    return s.equalsIgnoreCase("ON");
  }

  static Response ok(JsonNode n) {
    return Response.json(200, n);
  }

  static Response created(JsonNode n) {
    return Response.json(201, n);
  }
}
