package dev.tiac.query.source;

import com.unboundid.ldap.sdk.LDAPException;
import dev.tiac.ldap.DirectoryClient;
import dev.tiac.ldap.DirectoryUser;
import java.util.Collection;
import java.util.List;

/**
 * Directory look-ups through {@link DirectoryClient}: batched 50 keys to a search, filters built
 * only by the SDK (values stay data), paged, over a connection whose TLS verifies the host name.
 * Every search page is counted against the directory.
 */
public final class LdapDirectorySource implements DirectorySource {
  private final DirectoryClient client;
  private final CallTally tally;

  public LdapDirectorySource(DirectoryClient client, CallTally tally) {
    this.client = client;
    this.tally = tally;
  }

  @Override
  public List<Account> byAddress(Collection<String> addresses) {
    return counted(() -> client.findUsersByMail(addresses));
  }

  @Override
  public List<Account> byAccountName(Collection<String> names) {
    return counted(() -> client.findUsersByAccount(names));
  }

  private interface Search {
    List<DirectoryUser> run() throws LDAPException;
  }

  private List<Account> counted(Search search) {
    int before = client.searches();
    try {
      return search.run().stream().map(LdapDirectorySource::account).toList();
    } catch (LDAPException e) {
      throw new SourceFailure(Service.ACTIVE_DIRECTORY, false,
          "the directory search failed: " + e.getResultCode() + " " + e.getDiagnosticMessage(), e);
    } finally {
      tally.add(Service.ACTIVE_DIRECTORY, client.searches() - before);
    }
  }

  private static Account account(DirectoryUser u) {
    return new Account(u.dn(), u.samAccountName(), u.userPrincipalName(), u.mail(), u.displayName(),
        u.department(), u.manager(), u.memberOf());
  }
}
