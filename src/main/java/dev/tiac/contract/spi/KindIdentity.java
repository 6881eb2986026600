package dev.tiac.contract.spi;

import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Service;
import dev.tiac.contract.SetupStep;
import java.util.Optional;

/**
 * What a kind is before anything it does: its id, the step of the setup procedure it belongs to,
 * the service that holds it, and the kind it follows in the procedure.
 *
 * @param after the kind it follows: each of its resources depends on every declared resource of
 *     that kind, or, when the file declares none, of the kind that one follows, and so on back;
 *     empty for a kind that needs nothing before it
 */
public record KindIdentity(ResourceKind kind, SetupStep step, Service service, Optional<ResourceKind> after) {}
