package dev.tiac.ldap;

import java.util.List;

/** A user entry with the attributes correlation needs; absent attributes are empty strings. */
public record DirectoryUser(String dn, String samAccountName, String userPrincipalName,
    String mail, String displayName, String department, String manager, List<String> memberOf) {
  public DirectoryUser {
    memberOf = List.copyOf(memberOf);
  }
}
