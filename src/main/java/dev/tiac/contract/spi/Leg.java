package dev.tiac.contract.spi;

/** The three sources an investigation joins: mail ⋈ AD user ⋈ endpoint activity. */
public enum Leg {
  MAIL("mail"),
  USER("AD user"),
  ENDPOINT("endpoint activity");

  private final String words;

  Leg(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
