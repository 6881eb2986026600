package dev.tiac.sandbox.directory;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.OperationType;
import dev.tiac.sandbox.world.Endpoint;
import dev.tiac.sandbox.world.User;
import dev.tiac.sandbox.world.World;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;

/**
 * An AD-shaped directory on loopback (LDAP and LDAPS): users, groups and computers of the world, read
 * through one read-only bind account. Writes are refused for everyone; anonymous searches too.
 */
public final class AdDirectory implements AutoCloseable {
  public static final String BIND_RDN = "cn=tiac-reader,ou=Service Accounts";
  private final InMemoryDirectoryServer server;
  private final String baseDn;

  private AdDirectory(InMemoryDirectoryServer server, String baseDn) {
    this.server = server;
    this.baseDn = baseDn;
  }

  public static AdDirectory start(World world, String bindPassword, SSLContext tls) {
    String base = world.company().baseDn();
    try {
      InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(base);
      config.setSchema(null);
      InetAddress loopback = InetAddress.getLoopbackAddress();
      config.setListenerConfigs(
          InMemoryListenerConfig.createLDAPConfig("LDAP", loopback, 0, null),
          InMemoryListenerConfig.createLDAPSConfig("LDAPS", loopback, 0, tls.getServerSocketFactory(), null));
      config.addInMemoryOperationInterceptor(new ReadOnly());
      config.setAuthenticationRequiredOperationTypes(EnumSet.of(OperationType.SEARCH, OperationType.COMPARE));
      InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
      server.addEntries(entries(world, base, bindPassword));
      server.startListening();
      return new AdDirectory(server, base);
    } catch (LDAPException e) {
      throw new IllegalStateException("cannot start the sandbox directory: " + e.getMessage(), e);
    }
  }

  private static List<Entry> entries(World world, String base, String bindPassword) {
    List<Entry> out = new ArrayList<>();
    out.add(new Entry(base, attrs("objectClass", "top", "objectClass", "domain", "dc", world.company().adDomain().split("\\.")[0])));
    for (String ou : List.of("Users", "Groups", "Computers", "Servers", "Service Accounts")) {
      out.add(new Entry("ou=" + ou + "," + base, attrs("objectClass", "top", "objectClass", "organizationalUnit", "ou", ou)));
    }
    out.add(new Entry(BIND_RDN + "," + base, attrs("objectClass", "top", "objectClass", "person", "objectClass", "user",
        "cn", "tiac-reader", "sn", "reader", "sAMAccountName", "tiac-reader", "userPassword", bindPassword)));
    Map<String, List<String>> members = new HashMap<>();
    for (User u : world.users()) {
      String dn = userDn(u, base);
      u.groups().forEach(g -> members.computeIfAbsent(g, k -> new ArrayList<>()).add(dn));
      Entry e = new Entry(dn, attrs("objectClass", "top", "objectClass", "person", "objectClass", "organizationalPerson",
          "objectClass", "user", "cn", u.displayName() + " (" + u.sam() + ")", "sn", surname(u.displayName()),
          "givenName", u.displayName().split(" ", 2)[0], "sAMAccountName", u.sam(), "userPrincipalName", u.upn(),
          "mail", u.mail(), "displayName", u.displayName(), "department", u.department(), "objectGUID", u.guid()));
      u.manager().ifPresent(m -> e.addAttribute("manager", userDn(world.users().get(m), base)));
      if (!u.groups().isEmpty()) {
        e.addAttribute(new com.unboundid.ldap.sdk.Attribute("memberOf", u.groups().stream().map(g -> groupDn(g, base)).toList()));
      }
      out.add(e);
    }
    for (String g : world.groups()) {
      Entry e = new Entry(groupDn(g, base), attrs("objectClass", "top", "objectClass", "group", "cn", g, "sAMAccountName", g));
      List<String> member = members.getOrDefault(g, List.of());
      if (!member.isEmpty()) {
        // One attribute with every value: adding values one by one re-checks each against all the
        // others, which is quadratic and took minutes for a 50,000-user group.
        e.addAttribute(new com.unboundid.ldap.sdk.Attribute("member", member));
      }
      out.add(e);
    }
    for (Endpoint c : world.endpoints()) {
      String ou = c.type() == dev.tiac.sandbox.world.MachineType.SERVER ? "Servers" : "Computers";
      out.add(new Entry("cn=" + c.hostName() + ",ou=" + ou + "," + base, attrs("objectClass", "top", "objectClass", "computer",
          "cn", c.hostName(), "sAMAccountName", c.hostName() + "$", "dNSHostName", c.dnsHostName(), "operatingSystem", c.os())));
    }
    return out;
  }

  /** The user's DN; the sAMAccountName in the RDN keeps namesakes apart. */
  public static String userDn(User u, String base) {
    return "cn=" + u.displayName() + " (" + u.sam() + "),ou=Users," + base;
  }

  static String groupDn(String group, String base) {
    return "cn=" + group + ",ou=Groups," + base;
  }

  private static com.unboundid.ldap.sdk.Attribute[] attrs(String... kv) {
    Map<String, List<String>> grouped = new java.util.LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      grouped.computeIfAbsent(kv[i], k -> new ArrayList<>()).add(kv[i + 1]);
    }
    return grouped.entrySet().stream().map(e -> new com.unboundid.ldap.sdk.Attribute(e.getKey(), e.getValue()))
        .toArray(com.unboundid.ldap.sdk.Attribute[]::new);
  }

  public String baseDn() {
    return baseDn;
  }

  public String bindDn() {
    return BIND_RDN + "," + baseDn;
  }

  public String ldapUrl() {
    return "ldap://127.0.0.1:" + server.getListenPort("LDAP");
  }

  public String ldapsUrl() {
    return "ldaps://127.0.0.1:" + server.getListenPort("LDAPS");
  }

  @Override
  public void close() {
    server.shutDown(true);
  }

  /** The last word of a display name; a one-word name is its own surname. */
  private static String surname(String displayName) {
    String trimmed = displayName.trim();
    int space = trimmed.lastIndexOf(' ');
    return space < 0 ? trimmed : trimmed.substring(space + 1);
  }
}
