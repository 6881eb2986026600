package dev.tiac.sandbox.world;

/** The simulated organisation's names: AD domain, NetBIOS name and mail domain. */
public record Company(String name, String adDomain, String netbios, String mailDomain) {
  public static final Company DEFAULT = new Company("Example Corp", "corp.example.com", "CORP", "example.com");

  /** {@code dc=corp,dc=example,dc=com}. */
  public String baseDn() {
    StringBuilder dn = new StringBuilder();
    for (String part : adDomain.split("\\.")) {
      dn.append(dn.length() == 0 ? "" : ",").append("dc=").append(part);
    }
    return dn.toString();
  }
}
