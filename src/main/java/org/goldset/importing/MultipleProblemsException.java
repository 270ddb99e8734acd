package org.goldset.importing;

import java.util.List;
import org.goldset.format.ImportProblem;

/** A file refused for several problems at once, so the author can fix them in one go. */
class MultipleProblemsException extends RuntimeException {

    private final transient List<ImportProblem> problems;

    MultipleProblemsException(List<ImportProblem> problems) {
        super(problems.size() + " problem(s), first: " + problems.getFirst());
        this.problems = List.copyOf(problems);
    }

    List<ImportProblem> problems() {
        return problems;
    }
}
