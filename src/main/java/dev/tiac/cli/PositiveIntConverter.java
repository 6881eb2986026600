package dev.tiac.cli;

import picocli.CommandLine;

/** A count of 1 or more: --parallelism 0 would start a run that can never make a call. */
final class PositiveIntConverter implements CommandLine.ITypeConverter<Integer> {
  @Override
  public Integer convert(String value) {
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // worded below, with the value as given
    }
    throw new CommandLine.TypeConversionException("expected a whole number of 1 or more but found '" + value + "'");
  }
}
