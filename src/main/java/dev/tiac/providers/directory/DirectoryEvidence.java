package dev.tiac.providers.directory;

import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.Evidence;
import dev.tiac.ldap.DirectoryClient;
import dev.tiac.ldap.LdapSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What Active Directory itself shows over LDAP: whether the directory that Apex Central
 * synchronizes and the investigations join on answers, holds mail-enabled user accounts under the
 * base DN, and knows the synchronization tool's server. No LDAP read shows whether Apex Central
 * synchronizes it, so that setting stays as attested; an unreachable directory is unknown.
 */
public final class DirectoryEvidence {
  private static final dev.tiac.contract.Source LDAP = dev.tiac.contract.Source.api("LDAP search of the directory");
  /** Enough users to tell a real base DN from an empty or wrong one, in one search. */
  static final int CAP = 1000;

  /** Opens a bound connection; tests pass one to an in-memory directory. */
  @FunctionalInterface
  public interface Connector {
    DirectoryClient connect(LdapSettings settings) throws LDAPException;
  }

  private record Survey(CheckOutcome directory, Map<String, String> servers) {}

  private final Optional<LdapSettings> settings;
  private final List<String> servers;
  private final Connector connector;
  private Survey survey;

  /** {@code servers}: the declared synchronization tool servers, looked up in the same visit. */
  public DirectoryEvidence(Optional<LdapSettings> settings, List<String> servers, Connector connector) {
    this.settings = settings;
    this.servers = List.copyOf(servers);
    this.connector = connector;
  }

  public DirectoryEvidence(Optional<LdapSettings> settings, List<String> servers) {
    this(settings, servers, DirectoryClient::connect);
  }

  /** Whether the investigations can join mail recipients to directory users. */
  public CheckOutcome directory() {
    return survey().directory();
  }

  /** Apex Central's AD synchronization: what the directory shows, never whether it is on. */
  public Evidence adSync() {
    return Evidence.silent(List.of(directory().evidence(),
        "no LDAP read shows whether Apex Central synchronizes the directory"));
  }

  public Evidence syncTool(String server) {
    String key = server.toLowerCase(Locale.ROOT);
    return Evidence.silent(survey().servers().getOrDefault(key, directory().evidence()));
  }

  private synchronized Survey survey() {
    if (survey == null) {
      survey = look();
    }
    return survey;
  }

  private Survey look() {
    if (settings.isEmpty()) {
      return new Survey(new CheckOutcome(CheckOutcome.Status.UNKNOWN, "no activeDirectory connection to read the directory through",
          List.of("Add connections.activeDirectory (a read-only bind account) so tiac can see the users the investigations join on"), LDAP), Map.of());
    }
    LdapSettings s = settings.get();
    String where = s.host() + ":" + s.port();
    try (DirectoryClient client = connector.connect(s)) {
      int users = client.usersWithMail(CAP);
      Map<String, String> found = new HashMap<>();
      for (String server : servers) {
        String key = server.toLowerCase(Locale.ROOT);
        found.put(key, client.computer(key).map(c -> "the directory holds the computer account of " + server + " (" + c.dn() + ")")
            .orElse("the directory holds no computer account with the DNS name " + server));
      }
      CheckOutcome directory = users == 0
          ? new CheckOutcome(CheckOutcome.Status.FAIL, "the directory at " + where + " holds no user account with a mail address under " + s.baseDn(),
              List.of("Check connections.activeDirectory.baseDn: recipients can only be joined to users it holds"), LDAP)
          : new CheckOutcome(CheckOutcome.Status.PASS, "the directory at " + where + " holds " + (users >= CAP ? "at least " : "") + users
              + " user account" + (users == 1 ? "" : "s") + " with a mail address under " + s.baseDn(), List.of(), LDAP);
      return new Survey(directory, found);
    } catch (LDAPException e) {
      return new Survey(refused(e.getResultCode(), where, s.baseDn()), Map.of());
    } catch (RuntimeException e) {
      return new Survey(unreachable(where, e.getClass().getSimpleName()), Map.of());
    }
  }

  private static CheckOutcome refused(ResultCode code, String where, String baseDn) {
    if (code == ResultCode.INVALID_CREDENTIALS || code == ResultCode.INSUFFICIENT_ACCESS_RIGHTS) {
      return new CheckOutcome(CheckOutcome.Status.FAIL, "the directory at " + where + " refused tiac's bind (" + code.getName() + ")",
          List.of("Check connections.activeDirectory.bindDn and its password: the account must be able to read users"), LDAP);
    }
    if (code == ResultCode.NO_SUCH_OBJECT) {
      return new CheckOutcome(CheckOutcome.Status.FAIL, "the directory at " + where + " has no entry " + baseDn,
          List.of("Set connections.activeDirectory.baseDn to the domain's DN, e.g. DC=corp,DC=example,DC=com"), LDAP);
    }
    return unreachable(where, code.getName());
  }

  private static CheckOutcome unreachable(String where, String why) {
    return new CheckOutcome(CheckOutcome.Status.UNKNOWN, "the directory at " + where + " could not be read (" + why + ")",
        List.of("Check that " + where + " is reachable from where tiac runs, and its TLS certificate (caFile)"), LDAP);
  }
}
