package dev.tiac.query.check;

import dev.tiac.config.model.Investigation.Expect;
import dev.tiac.config.model.Investigation.ExpectedStatus;
import dev.tiac.query.Finding;
import dev.tiac.query.QueryResult;
import dev.tiac.query.source.Account;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares one query result with a test case's expectation. Every field the case gives is checked;
 * lists are compared as case-insensitive sets, so one finding too many fails as surely as one too few.
 */
public final class CaseCheck {
  private CaseCheck() {}

  /** Every way the result differs from the expectation; empty when the case passes. */
  public static List<String> mismatches(Expect expect, QueryResult result) {
    List<String> out = new ArrayList<>();
    if (result.status() == QueryResult.Status.FAILED) {
      out.add("the query failed" + detail(result));
      return out;
    }
    expect.status().ifPresent(s -> {
      if (s != status(result)) {
        out.add("expected status " + s + ", got " + status(result) + detail(result));
      }
    });
    expect.findings().ifPresent(n -> {
      if (n != result.findings().size()) {
        out.add("expected " + n + " finding(s), got " + result.findings().size() + detail(result));
      }
    });
    expect.hosts().ifPresent(h -> compare("hosts", h, result, f -> f.chain().endpoint().map(e -> e.hostName()), out));
    expect.messageIds().ifPresent(m -> compare("messageIds", m, result, f -> f.chain().mail().map(x -> x.messageId()), out));
    expect.users().ifPresent(u -> users(u, result, out));
    return out;
  }

  static ExpectedStatus status(QueryResult r) {
    return switch (r.status()) {
      case MATCHED -> ExpectedStatus.matched;
      case CLEAN -> ExpectedStatus.clean;
      case PREREQUISITE_MISSING -> ExpectedStatus.prerequisiteMissing;
      case FAILED -> throw new IllegalArgumentException("a failed query has no expected status");
    };
  }

  private static String detail(QueryResult r) {
    if (!r.missing().isEmpty()) {
      return " (" + r.missing().get(0).service().title() + ": " + r.missing().get(0).problem() + ")";
    }
    return r.status() == QueryResult.Status.FAILED && !r.notes().isEmpty() ? " (" + r.notes().get(r.notes().size() - 1) + ")" : "";
  }

  private static void compare(String field, List<String> expected, QueryResult result,
      Function<Finding, Optional<String>> read, List<String> out) {
    Set<String> want = folded(expected);
    Set<String> got = new TreeSet<>();
    result.findings().forEach(f -> read.apply(f).ifPresent(v -> got.add(v.toLowerCase(Locale.ROOT))));
    if (!want.equals(got)) {
      out.add("expected " + field + " " + want + ", got " + got);
    }
  }

  /** A user is named by sAMAccountName, UPN or mail; each finding's user must be named, and each name found. */
  private static void users(List<String> expected, QueryResult result, List<String> out) {
    Set<String> want = folded(expected);
    List<Account> accounts = result.findings().stream().flatMap(f -> f.chain().user().stream()).distinct().toList();
    Set<String> unexpected = new TreeSet<>();
    Set<String> found = new TreeSet<>();
    for (Account a : accounts) {
      Optional<String> name = want.stream().filter(w -> names(a).contains(w)).findFirst();
      name.ifPresentOrElse(found::add, () -> unexpected.add(a.samAccountName().toLowerCase(Locale.ROOT)));
    }
    Set<String> absent = new TreeSet<>(want);
    absent.removeAll(found);
    if (!absent.isEmpty() || !unexpected.isEmpty()) {
      out.add("expected users " + want + ", got " + accounts.stream().map(a -> a.samAccountName().toLowerCase(Locale.ROOT))
          .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }
  }

  private static Set<String> names(Account a) {
    Set<String> n = new TreeSet<>();
    for (String s : List.of(a.samAccountName(), a.userPrincipalName(), a.mail())) {
      if (!s.isBlank()) {
        n.add(s.toLowerCase(Locale.ROOT));
      }
    }
    return n;
  }

  private static Set<String> folded(List<String> values) {
    Set<String> s = new TreeSet<>();
    values.forEach(v -> s.add(v.toLowerCase(Locale.ROOT)));
    return s;
  }
}
