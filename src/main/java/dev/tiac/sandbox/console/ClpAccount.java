package dev.tiac.sandbox.console;

import java.util.List;

/** The licensing-portal account. The password is the sandbox's own secret and never printed. */
public record ClpAccount(String account, String password, List<Licence> licences) {
  public ClpAccount {
    licences = List.copyOf(licences);
  }

  public boolean hasLicence(String product) {
    return licences.stream().anyMatch(l -> l.product().equals(product));
  }

  /** Whether {@code product} is on the account and not expired on {@code today}. */
  public boolean licensed(String product, java.time.LocalDate today) {
    return licences.stream().anyMatch(l -> l.product().equalsIgnoreCase(product) && l.activeOn(today));
  }

  @Override
  public String toString() {
    return "ClpAccount[" + account + ", licences=" + licences + "]";
  }
}
