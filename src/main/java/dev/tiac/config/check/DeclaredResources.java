package dev.tiac.config.check;

import dev.tiac.config.load.Pointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Lists the resources a (schema-valid) document declares, in the procedure's order. */
public final class DeclaredResources {
  private DeclaredResources() {}

  public static List<Declared> of(JsonNode tree) {
    List<Declared> all = new ArrayList<>();
    eachItem(tree, "/licences", (item, p) -> all.add(Declared.of(address("clp.licence", item.path("product")), p, "expiresAt", "seats")));
    JsonNode cas = tree.path("cloudAppSecurity");
    if (cas.has("serviceAccount")) {
      all.add(Declared.of("cas.serviceAccount[\"exchangeOnline\"]", "/cloudAppSecurity/serviceAccount", "id"));
    }
    eachItem(tree, "/cloudAppSecurity/policies", (item, p) -> all.add(Declared.of(address("cas.policy", item.path("name")), p, "status")));
    eachItem(tree, "/cloudAppSecurity/tokens", (item, p) -> all.add(new Declared(address("cas.token", item.path("name")), p, Set.of("value", "expiresAt", "createdAt"), Set.of("value"))));
    if (cas.has("blockedLists")) {
      all.add(Declared.of("cas.blockedLists[\"mails\"]", "/cloudAppSecurity/blockedLists"));
    }
    JsonNode apex = tree.path("apexCentral");
    if (apex.has("cloudServiceSettings")) {
      all.add(Declared.of(address("apexcentral.cloudServiceSettings", apex.path("cloudServiceSettings").path("account")), "/apexCentral/cloudServiceSettings", "account"));
    }
    if (apex.has("activeDirectorySync")) {
      all.add(Declared.of("apexcentral.adSync[\"settings\"]", "/apexCentral/activeDirectorySync", "enabled"));
      if (apex.path("activeDirectorySync").has("syncTool")) {
        all.add(Declared.of(address("apexcentral.adSyncTool", apex.path("activeDirectorySync").path("syncTool").path("server")), "/apexCentral/activeDirectorySync/syncTool", "md5", "generation", "dotNetVersion"));
        // The .NET Framework floor is a fact of the AD server, checked apart from the console setting.
        all.add(Declared.of(address("ad.server", apex.path("activeDirectorySync").path("syncTool").path("server")), "/apexCentral/activeDirectorySync/syncTool", "dotNetVersion"));
      }
    }
    eachItem(tree, "/apexCentral/suspiciousObjects", (item, p) -> all.add(Declared.of("apexcentral.suspiciousObject[\"" + suspiciousKey(item) + "\"]", p, "expiresAt")));
    eachItem(tree, "/apexOne/policies", (item, p) -> all.add(Declared.of(address("apexone.policy", item.path("name")), p, "id", "agentCount")));
    if (tree.path("apexOne").has("emailClient")) {
      all.add(Declared.of("apexone.emailClient[\"outlook\"]", "/apexOne/emailClient", "compliantCount"));
    }
    return List.copyOf(all);
  }

  /** {@code type:value}, with hashes and domains folded to lower case as Apex Central lists them. */
  public static String suspiciousKey(JsonNode item) {
    String type = item.path("type").asString();
    String value = item.path("value").asString();
    boolean folded = type.equals("file_sha1") || type.equals("domain");
    return type + ":" + (folded ? value.toLowerCase(java.util.Locale.ROOT) : value);
  }

  /** The resource whose declaration contains {@code pointer}, if any. */
  public static Optional<Declared> owning(List<Declared> declared, String pointer) {
    return declared.stream()
        .filter(d -> pointer.equals(d.pointer()) || pointer.startsWith(d.pointer() + "/"))
        .max((a, b) -> Integer.compare(a.pointer().length(), b.pointer().length()));
  }

  private static String address(String type, JsonNode name) {
    return type + "[\"" + name.asString() + "\"]";
  }

  interface ItemVisitor {
    void visit(JsonNode item, String pointer);
  }

  private static void eachItem(JsonNode tree, String listPointer, ItemVisitor visitor) {
    JsonNode list = tree.at(listPointer);
    for (int i = 0; i < list.size(); i++) {
      visitor.visit(list.get(i), Pointers.child(listPointer, i));
    }
  }
}
