package dev.tiac.ldap;

import com.unboundid.ldap.sdk.Filter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Filters built only through the SDK's constructors, which carry values as data, so {@code *},
 * parentheses, backslashes, NUL and non-ASCII in a value can never change the filter's meaning.
 */
final class LdapFilters {
  private LdapFilters() {}

  static Filter usersByMail(Collection<String> mails) {
    List<Filter> any = new ArrayList<>();
    for (String mail : mails) {
      any.add(Filter.createEqualityFilter("mail", mail));
      any.add(Filter.createEqualityFilter("userPrincipalName", mail));
    }
    return Filter.createANDFilter(Filter.createEqualityFilter("objectClass", "user"),
        Filter.createORFilter(any));
  }

  static Filter usersByAccount(Collection<String> names) {
    List<Filter> any = new ArrayList<>();
    for (String name : names) {
      any.add(Filter.createEqualityFilter("sAMAccountName", name));
    }
    return Filter.createANDFilter(Filter.createEqualityFilter("objectClass", "user"),
        Filter.createORFilter(any));
  }

  static Filter computers() {
    return Filter.createEqualityFilter("objectClass", "computer");
  }

  /** User accounts with a mail address: what a mail recipient can be joined to. */
  static Filter usersWithMail() {
    return Filter.createANDFilter(Filter.createEqualityFilter("objectClass", "user"),
        Filter.createPresenceFilter("mail"));
  }

  /** A computer by DNS host name, or by its short name when {@code host} has no dot. */
  static Filter computerNamed(String host) {
    int dot = host.indexOf('.');
    Filter name = dot < 0 ? Filter.createEqualityFilter("cn", host)
        : Filter.createEqualityFilter("dNSHostName", host);
    return Filter.createANDFilter(Filter.createEqualityFilter("objectClass", "computer"), name);
  }

  static Filter membersOf(String groupDn) {
    return Filter.createEqualityFilter("memberOf", groupDn);
  }
}
