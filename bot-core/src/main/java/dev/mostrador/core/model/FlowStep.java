package dev.mostrador.core.model;

import java.util.List;
import java.util.Map;

/**
 * One step of a guided flow. An {@code ask} step stores the customer's answer in {@code var};
 * the {@code confirm} step (var null, confirm true) shows a summary and waits for yes/no.
 * {@code prompt} maps language code to text ({@code ask} under the default language, {@code ask_en} under "en").
 */
public record FlowStep(
        String var,
        boolean confirm,
        Map<String, String> prompt,
        StepType type,
        List<String> choices,
        String choicesFrom,
        int line) {
    public FlowStep {
        prompt = Map.copyOf(prompt);
        type = type == null ? StepType.TEXT : type;
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** A stable name for the step: its variable, or "confirm". */
    public String id() {
        return confirm ? "confirm" : var;
    }
}
