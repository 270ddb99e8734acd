package org.goldset.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.goldset.format.ImportProblem;

/** What an import did: documents added, duplicates skipped, files refused and why. */
public final class ImportReport {

    private int filesRead;
    private int documentsImported;
    private int entitiesImported;
    private int eventsImported;
    private final List<String> duplicates = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    void fileRead() {
        filesRead++;
    }

    void documentImported(int entities, int events) {
        documentsImported++;
        entitiesImported += entities;
        eventsImported += events;
    }

    void duplicateSkipped(String description) {
        duplicates.add(description);
    }

    /** Adds what one committed file did. */
    void add(ImportReport file) {
        documentsImported += file.documentsImported;
        entitiesImported += file.entitiesImported;
        eventsImported += file.eventsImported;
        duplicates.addAll(file.duplicates);
        problems.addAll(file.problems);
    }

    void problem(ImportProblem problem) {
        problems.add(problem);
    }

    public int filesRead() {
        return filesRead;
    }

    public int documentsImported() {
        return documentsImported;
    }

    public int entitiesImported() {
        return entitiesImported;
    }

    public int eventsImported() {
        return eventsImported;
    }

    public List<String> duplicates() {
        return Collections.unmodifiableList(duplicates);
    }

    public List<ImportProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public String summary() {
        return documentsImported + " document(s) imported (" + entitiesImported + " entities, " + eventsImported
                + " events), " + duplicates.size() + " duplicate(s) skipped, " + problems.size()
                + " file(s) refused, from " + filesRead + " file(s)";
    }
}
