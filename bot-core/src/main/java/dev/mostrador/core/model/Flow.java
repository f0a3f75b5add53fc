package dev.mostrador.core.model;

import java.util.List;

/** A guided conversation from flows.yaml. {@code onConfirm} is an action name such as "create_order", or null. */
public record Flow(String id, List<String> startWhen, List<FlowStep> steps, String onConfirm) {
    public Flow {
        startWhen = startWhen == null ? List.of() : List.copyOf(startWhen);
        steps = List.copyOf(steps);
    }
}
