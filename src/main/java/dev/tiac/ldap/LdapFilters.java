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

  static Filter membersOf(String groupDn) {
    return Filter.createEqualityFilter("memberOf", groupDn);
  }
}
