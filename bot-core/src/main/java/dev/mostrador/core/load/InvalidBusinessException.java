package dev.mostrador.core.load;

import java.util.List;
import java.util.stream.Collectors;

/** The business folder has mistakes; every one of them is listed, in file and line order. */
public class InvalidBusinessException extends Exception {
    private final List<Problem> problems;

    public InvalidBusinessException(List<Problem> problems) {
        super(render(problems));
        this.problems = problems.stream().sorted().toList();
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String render(List<Problem> problems) {
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the business folder:\n"
                + problems.stream().sorted().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
