package dev.tiac.query.source;

import java.util.Collection;
import java.util.List;

/** Active Directory look-ups, each batched: one search answers many keys. */
public interface DirectorySource {
  /** Users whose mail or userPrincipalName is one of {@code addresses}. */
  List<Account> byAddress(Collection<String> addresses);

  /** Users whose sAMAccountName is one of {@code names} (a {@code DOMAIN\} prefix is ignored). */
  List<Account> byAccountName(Collection<String> names);
}
