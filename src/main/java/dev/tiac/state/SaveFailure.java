package dev.tiac.state;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A state that could not be saved where it belongs, as an apply reports it at its end.
 *
 * @param location where the state should have gone
 * @param reason why it did not
 * @param writtenTo the {@code state.errored.json} that holds it instead, when that worked
 * @param unsaved the state's JSON (ids and fingerprints, never a secret) when it could be written
 *     nowhere: printed, it is the last copy
 * @param unrecorded addresses whose change only this unsaved state records
 */
public record SaveFailure(String location, String reason, Optional<Path> writtenTo, Optional<String> unsaved,
    List<String> unrecorded) {
  public SaveFailure {
    unrecorded = List.copyOf(unrecorded);
  }

  SaveFailure(String location, String reason, Optional<Path> writtenTo, Optional<String> unsaved) {
    this(location, reason, writtenTo, unsaved, List.of());
  }

  SaveFailure withUnrecorded(List<String> addresses) {
    return new SaveFailure(location, reason, writtenTo, unsaved, addresses);
  }
}
