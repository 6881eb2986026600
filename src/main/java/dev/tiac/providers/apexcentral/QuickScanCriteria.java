package dev.tiac.providers.apexcentral;

import java.util.List;
import java.util.Objects;

/** A historical investigation (CreateQuickScan): criteria joined by AND or OR. */
public record QuickScanCriteria(Operator operator, List<Criterion> items, SearchPeriod period) {
  public QuickScanCriteria {
    Objects.requireNonNull(operator);
    Objects.requireNonNull(period);
    items = List.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a quick scan needs at least one criterion");
    }
  }

  public enum Operator { AND, OR }

  public enum Condition { IS, CONTAIN }

  /** Criterion types with their {@code typeId}. */
  public enum Field {
    FILE_NAME(3), FILE_PATH(4), ACCOUNT(7), COMMAND_LINE(8), HOST_NAME(12);

    private final int typeId;

    Field(int typeId) {
      this.typeId = typeId;
    }

    public int typeId() {
      return typeId;
    }
  }

  /** {@code searchPeriod}: the server default, all data, or the last 1/3/6/12 months. */
  public enum SearchPeriod {
    DEFAULT(-1), ALL(0), ONE_MONTH(1), THREE_MONTHS(3), SIX_MONTHS(6), TWELVE_MONTHS(12);

    private final int wire;

    SearchPeriod(int wire) {
      this.wire = wire;
    }

    public int wire() {
      return wire;
    }
  }

  public record Criterion(Field field, Condition condition, List<String> values) {
    public Criterion {
      Objects.requireNonNull(field);
      Objects.requireNonNull(condition);
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new IllegalArgumentException("a criterion needs at least one value");
      }
    }
  }
}
