package dev.tiac.query;

import dev.tiac.config.model.CloudAppSecurity;
import dev.tiac.config.model.DesiredState;
import dev.tiac.config.model.Licence;
import java.util.Optional;

/**
 * What the file says about the prerequisites the APIs cannot report: whether any Default Exchange
 * policy is ON and whether the Endpoint Sensor licence is declared. Used to explain an empty answer.
 */
public record Setup(Optional<String> mailProblem, Optional<String> endpointSensorProblem) {
  public static Setup unknown() {
    return new Setup(Optional.empty(), Optional.empty());
  }

  public static Setup of(DesiredState state) {
    Optional<String> mail = state.cloudAppSecurity().map(CloudAppSecurity::policies)
        .filter(p -> !p.isEmpty() && p.stream().noneMatch(x -> x.status() == CloudAppSecurity.Status.ON))
        .map(p -> "every Default Exchange policy (ATP, DLP) is OFF in the file; Cloud App Security "
            + "sweeps cover only the targets of enabled policies, so no mail can be found");
    Optional<String> es = Optional.of(state.licences())
        .filter(l -> !l.isEmpty() && l.stream().noneMatch(x -> x.product() == Licence.Product.endpointSensor))
        .map(l -> "the file's licences do not include endpointSensor; historical investigations need "
            + "the Apex One as a Service: Endpoint Sensor licence");
    return new Setup(mail, es);
  }
}
