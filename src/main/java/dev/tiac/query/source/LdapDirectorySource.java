package dev.tiac.query.source;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPInterface;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Directory look-ups batched {@value #BATCH} keys to a search, filters built only by the SDK (values
 * stay data), paged with the simple paged results control. Every search page is counted.
 */
public final class LdapDirectorySource implements DirectorySource {
  static final int BATCH = 50;
  private static final int PAGE = 500;
  private static final String[] ATTRIBUTES = {"sAMAccountName", "userPrincipalName", "mail",
      "displayName", "department", "manager", "memberOf"};

  private final LDAPInterface connection;
  private final String baseDn;
  private final CallTally tally;

  public LdapDirectorySource(LDAPInterface connection, String baseDn, CallTally tally) {
    this.connection = connection;
    this.baseDn = baseDn;
    this.tally = tally;
  }

  @Override
  public List<Account> byAddress(Collection<String> addresses) {
    return batched(addresses, a -> List.of(Filter.createEqualityFilter("mail", a),
        Filter.createEqualityFilter("userPrincipalName", a)));
  }

  @Override
  public List<Account> byAccountName(Collection<String> names) {
    return batched(names, n -> List.of(Filter.createEqualityFilter("sAMAccountName",
        n.substring(n.lastIndexOf('\\') + 1))));
  }

  private List<Account> batched(Collection<String> keys, Function<String, List<Filter>> match) {
    List<String> all = List.copyOf(new LinkedHashSet<>(keys));
    List<Account> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += BATCH) {
      List<Filter> any = new ArrayList<>();
      all.subList(i, Math.min(all.size(), i + BATCH)).forEach(k -> any.addAll(match.apply(k)));
      out.addAll(search(Filter.createANDFilter(Filter.createEqualityFilter("objectClass", "user"),
          Filter.createORFilter(any))));
    }
    return out;
  }

  private List<Account> search(Filter filter) {
    List<Account> out = new ArrayList<>();
    SearchRequest request = new SearchRequest(baseDn, SearchScope.SUB, filter, ATTRIBUTES);
    Optional<ASN1OctetString> cookie = Optional.empty();
    try {
      do {
        request.setControls(new SimplePagedResultsControl(PAGE, cookie.orElse(null)));
        tally.add(Service.ACTIVE_DIRECTORY, 1);
        SearchResult result = connection.search(request);
        result.getSearchEntries().forEach(e -> out.add(account(e)));
        SimplePagedResultsControl paged = SimplePagedResultsControl.get(result);
        cookie = paged == null || !paged.moreResultsToReturn()
            ? Optional.empty() : Optional.of(paged.getCookie());
      } while (cookie.isPresent());
    } catch (LDAPException e) {
      throw new SourceFailure(Service.ACTIVE_DIRECTORY, false,
          "the directory search failed: " + e.getResultCode() + " " + e.getDiagnosticMessage(), e);
    }
    return out;
  }

  private static Account account(SearchResultEntry e) {
    String[] groups = e.getAttributeValues("memberOf");
    return new Account(e.getDN(), attr(e, "sAMAccountName"), attr(e, "userPrincipalName"),
        attr(e, "mail"), attr(e, "displayName"), attr(e, "department"), attr(e, "manager"),
        groups == null ? List.of() : List.of(groups));
  }

  private static String attr(SearchResultEntry e, String name) {
    return Optional.ofNullable(e.getAttributeValue(name)).orElse("");
  }
}
