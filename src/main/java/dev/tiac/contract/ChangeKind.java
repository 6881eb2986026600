package dev.tiac.contract;

/** What a plan does to one resource; the symbols are the ones Terraform users read without a legend. */
public enum ChangeKind {
  NO_CHANGE(" ", "no change"),
  CREATE("+", "create"),
  UPDATE("~", "update"),
  DELETE("-", "delete"),
  REPLACE("-/+", "replace"),
  MANUAL("!", "manual step"),
  CHECK("?", "check");

  private final String symbol;
  private final String words;

  ChangeKind(String symbol, String words) {
    this.symbol = symbol;
    this.words = words;
  }

  public String symbol() {
    return symbol;
  }

  public String words() {
    return words;
  }
}
