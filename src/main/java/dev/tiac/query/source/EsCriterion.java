package dev.tiac.query.source;

import java.util.List;
import java.util.Objects;

/**
 * One criterion of an Endpoint Sensor historical investigation (CreateQuickScan): a field, IS or
 * CONTAIN, and the values any of which may match. Its position in the request is the
 * {@code criteriaNo} results refer to.
 */
public record EsCriterion(Field field, boolean contains, List<String> values) {
  public EsCriterion {
    Objects.requireNonNull(field);
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a criterion needs at least one value");
    }
  }

  public enum Field { FILE_NAME, COMMAND_LINE, ACCOUNT, HOST_NAME }

  @Override
  public String toString() {
    return field + (contains ? " CONTAIN " : " IS ") + values;
  }
}
