package dev.tiac.ldap;

import com.unboundid.ldap.sdk.ExtendedResult;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import com.unboundid.ldap.sdk.extensions.StartTLSExtendedRequest;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import dev.tiac.http.TrustMaterial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Read-only Active Directory access for correlation and evidence. */
public final class DirectoryClient implements AutoCloseable {
  static final int BATCH = 50;
  private static final int PAGE = 500;
  private static final String[] USER_ATTRS = {"sAMAccountName", "userPrincipalName", "mail",
      "displayName", "department", "manager", "memberOf"};

  private final LDAPConnection connection;
  private final String baseDn;
  private final java.util.concurrent.atomic.AtomicInteger searches = new java.util.concurrent.atomic.AtomicInteger();

  private DirectoryClient(LDAPConnection connection, String baseDn) {
    this.connection = connection;
    this.baseDn = baseDn;
  }

  /**
   * Connects and binds. TLS always verifies the chain and the host name (the SDK's default
   * socket verifier checks neither name nor anything else); a failed StartTLS closes the
   * connection instead of carrying on in plaintext.
   */
  public static DirectoryClient connect(LdapSettings settings) throws LDAPException {
    LDAPConnectionOptions options = new LDAPConnectionOptions();
    options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
    options.setConnectTimeoutMillis(10_000);
    options.setResponseTimeoutMillis(60_000);
    TrustMaterial trust = TrustMaterial.load(settings.caPem());
    LDAPConnection connection = switch (settings.security()) {
      case LDAPS -> new LDAPConnection(trust.socketFactory(), options, settings.host(),
          settings.port());
      case STARTTLS, PLAINTEXT -> new LDAPConnection(options, settings.host(), settings.port());
    };
    try {
      if (settings.security() == LdapSettings.Security.STARTTLS) {
        ExtendedResult tls = connection.processExtendedOperation(
            new StartTLSExtendedRequest(trust.sslContext()));
        if (tls.getResultCode() != ResultCode.SUCCESS) {
          throw new LDAPException(tls.getResultCode(),
              "StartTLS was refused; not continuing without encryption");
        }
      }
      connection.bind(settings.bindDn(), settings.password().reveal());
      return new DirectoryClient(connection, settings.baseDn());
    } catch (LDAPException e) {
      connection.close();
      throw e;
    }
  }

  /**
   * Wraps a connection that is already open and bound (an in-memory test directory); everything
   * else should use {@link #connect}, which is where the transport rules are enforced.
   */
  public static DirectoryClient over(LDAPConnection connection, String baseDn) {
    return new DirectoryClient(connection, baseDn);
  }

  /** Search requests sent so far, one per page: what a caller counts against the directory. */
  public int searches() {
    return searches.get();
  }

  /**
   * Looks up many accounts by sAMAccountName, one search per batch of {@value #BATCH}. A
   * {@code DOMAIN\name} form (as Endpoint Sensor reports accounts) is reduced to the name.
   */
  public List<DirectoryUser> findUsersByAccount(Collection<String> accountNames) throws LDAPException {
    List<String> all = accountNames.stream().map(n -> n.substring(n.lastIndexOf('\\') + 1))
        .filter(n -> !n.isBlank()).distinct().toList();
    List<DirectoryUser> users = new ArrayList<>();
    for (int i = 0; i < all.size(); i += BATCH) {
      users.addAll(search(LdapFilters.usersByAccount(all.subList(i, Math.min(all.size(), i + BATCH))),
          USER_ATTRS, DirectoryClient::user));
    }
    return users;
  }

  /** Looks up many addresses with one search per batch of {@value #BATCH}. */
  public List<DirectoryUser> findUsersByMail(Collection<String> mails) throws LDAPException {
    List<String> all = mails.stream().distinct().toList();
    List<DirectoryUser> users = new ArrayList<>();
    for (int i = 0; i < all.size(); i += BATCH) {
      users.addAll(search(LdapFilters.usersByMail(all.subList(i, Math.min(all.size(), i + BATCH))),
          USER_ATTRS, DirectoryClient::user));
    }
    return users;
  }

  public List<DirectoryComputer> computers() throws LDAPException {
    return search(LdapFilters.computers(), new String[] {"cn", "dNSHostName", "operatingSystem"},
        e -> new DirectoryComputer(e.getDN(), attr(e, "cn"), attr(e, "dNSHostName"),
            attr(e, "operatingSystem")));
  }

  /**
   * How many user accounts with a mail address the base DN holds, counted up to {@code cap} in one
   * search that returns no attributes: enough to tell an empty or wrong base DN from a real one.
   */
  public int usersWithMail(int cap) throws LDAPException {
    SearchRequest request = new SearchRequest(baseDn, SearchScope.SUB, LdapFilters.usersWithMail(), "1.1");
    request.setSizeLimit(cap);
    searches.incrementAndGet();
    try {
      return connection.search(request).getEntryCount();
    } catch (LDAPSearchException e) {
      if (e.getResultCode() == ResultCode.SIZE_LIMIT_EXCEEDED) {
        return cap;
      }
      throw e;
    }
  }

  /** The computer account of {@code host} (a DNS name, or a short name), if the directory holds one. */
  public Optional<DirectoryComputer> computer(String host) throws LDAPException {
    return search(LdapFilters.computerNamed(host), new String[] {"cn", "dNSHostName", "operatingSystem"},
        e -> new DirectoryComputer(e.getDN(), attr(e, "cn"), attr(e, "dNSHostName"), attr(e, "operatingSystem")))
        .stream().findFirst();
  }

  public String baseDn() {
    return baseDn;
  }

  public List<DirectoryUser> groupMembers(String groupDn) throws LDAPException {
    return search(LdapFilters.membersOf(groupDn), USER_ATTRS, DirectoryClient::user);
  }

  /** Pages with the simple paged results control, so large directories stay within size limits. */
  <T> List<T> search(Filter filter, String[] attributes, Function<SearchResultEntry, T> map)
      throws LDAPException {
    List<T> out = new ArrayList<>();
    SearchRequest request = new SearchRequest(baseDn, SearchScope.SUB, filter, attributes);
    Optional<com.unboundid.asn1.ASN1OctetString> cookie = Optional.empty();
    do {
      request.setControls(new SimplePagedResultsControl(PAGE, cookie.orElse(null)));
      searches.incrementAndGet();
      SearchResult result = connection.search(request);
      result.getSearchEntries().forEach(e -> out.add(map.apply(e)));
      SimplePagedResultsControl paged = SimplePagedResultsControl.get(result);
      cookie = paged == null || !paged.moreResultsToReturn()
          ? Optional.empty() : Optional.of(paged.getCookie());
    } while (cookie.isPresent());
    return out;
  }

  private static DirectoryUser user(SearchResultEntry e) {
    String[] groups = e.getAttributeValues("memberOf");
    return new DirectoryUser(e.getDN(), attr(e, "sAMAccountName"), attr(e, "userPrincipalName"),
        attr(e, "mail"), attr(e, "displayName"), attr(e, "department"), attr(e, "manager"),
        groups == null ? List.of() : List.of(groups));
  }

  private static String attr(SearchResultEntry e, String name) {
    return Optional.ofNullable(e.getAttributeValue(name)).orElse("");
  }

  @Override
  public void close() {
    connection.close();
  }
}
