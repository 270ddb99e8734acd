package org.goldset.importing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldset.annotation.AnnotationImport;
import org.goldset.annotation.AnnotationLayers;
import org.goldset.annotation.Layers;
import org.goldset.base.RowIds;
import org.goldset.corpus.DocumentImport;
import org.goldset.corpus.DocumentStatus;
import org.goldset.format.ImportProblem;
import org.goldset.format.InputLimits;
import org.goldset.gold.GoldDocument;
import org.goldset.gold.GoldDocumentStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stores validated gold documents with their annotations, whatever format they came in, inside the
 * importing file's single transaction. A text already in the corpus (or earlier in the file) is
 * skipped; an id already taken by another text is a problem of the file. Rows are written in
 * batches of about {@value #ROWS_PER_WRITE}, so memory stays flat however long the file is.
 */
@Component
class GoldDocumentStore {

    /** Rows buffered before a write: large enough for fast batches, small enough to stay flat. */
    static final int ROWS_PER_WRITE = 20_000;

    private final DocumentImport documents;
    private final AnnotationImport annotations;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AnnotationLayers layers;

    GoldDocumentStore(DocumentImport documents, AnnotationImport annotations, JdbcTemplate jdbc, Clock clock,
                      AnnotationLayers layers) {
        this.layers = layers;
        this.documents = documents;
        this.annotations = annotations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An analyst's layer of a document. */
    private record LayerOf(long documentId, String analyst) {
    }

    /** Where a document was read: a file and its line, 0 when the file is the document. */
    record Where(Path file, int line) {
        @Override
        public String toString() {
            return line > 0 ? file + ":" + line : file.toString();
        }
    }

    /**
     * Storing one file; {@code idsFromFileNames}: a clash renames ({@code name~2}) instead of refusing;
     * {@code analyst}: the annotations are that analyst's finished layer (null: the shared layer).
     */
    Session open(boolean idsFromFileNames, String analyst, InputLimits limits) {
        return new Session(idsFromFileNames, analyst, limits);
    }

    /** One file's documents on their way in, with what the file's report will say once it is committed. */
    final class Session {

        private final boolean idsFromFileNames;
        /** Whose layer the annotations are: null for the shared one (engines' and imported annotations). */
        private final String analyst;
        /** Texts added since the last write, by their new document's id. */
        private final Map<String, Long> unwrittenDocumentOfText = new HashMap<>();
        /** Analysts' layers imported since the last write: DONE once their rows are in. */
        private final List<LayerOf> finishedLayers = new ArrayList<>();
        private final RowIds ids = new RowIds(jdbc);
        private final DocumentImport.Batch documentRows = documents.batch(ids);
        private final AnnotationImport.Batch annotationRows = annotations.batch(ids);
        private final ImportReport report = new ImportReport();
        /** Texts and ids added since the last write, which the database cannot answer for yet. */
        private final Map<String, String> unwrittenIdOfText = new HashMap<>();
        private final Map<String, Where> unwrittenWhereOfId = new HashMap<>();
        /** Documents imported as DONE since the last write: their gold is made once their rows are in. */
        private final List<Long> finished = new ArrayList<>();
        private long firstDocumentId = -1;
        private int documentsRead;

        private final InputLimits limits;

        private Session(boolean idsFromFileNames, String analyst, InputLimits limits) {
            this.limits = limits;
            this.idsFromFileNames = idsFromFileNames;
            this.analyst = analyst;
        }

        /**
         * Stores a validated document, or skips it as a duplicate, or adds the problem it is. The
         * annotations are the shared layer, or an analyst's: the one named by {@code --as}, else the
         * line's own {@code annotator} (an export of every layer reads back as it was written).
         */
        void store(GoldDocument gold, Where where, List<ImportProblem> problems) {
            documentsRead++;
            if (idsFromFileNames) {
                gold = new GoldDocument(DocumentChecks.idFromFileName(gold.id()), gold.title(), gold.text(), gold.meta(),
                        gold.status(), gold.entities(), gold.events(), gold.annotator());
            }
            List<String> wrong = DocumentChecks.problems(gold, limits);
            if (!wrong.isEmpty()) {
                wrong.forEach(problem -> problems.add(new ImportProblem(where.file(), where.line(), problem)));
                return;
            }
            String owner = analyst != null ? analyst : gold.annotator();
            if (owner != null && !Layers.isAnalystName(owner)) {
                problems.add(new ImportProblem(where.file(), where.line(), "annotator \"" + owner + "\" is not a user "
                        + "name; nothing of this file was imported"));
                return;
            }
            String hash = TextHash.of(gold.text());
            DocumentImport.Clash stored = documents.clash(hash, gold.id());
            Optional<String> sameText = Optional.ofNullable(unwrittenIdOfText.get(hash))
                    .or(() -> Optional.ofNullable(stored.externalIdWithSameText()));
            if (sameText.isPresent() && owner != null) {
                // Annotations made elsewhere of a text already here: a layer of that document.
                long existing = Optional.ofNullable(unwrittenDocumentOfText.get(hash)).orElseGet(stored::idWithSameText);
                LayerOf layer = new LayerOf(existing, owner);
                if (finishedLayers.contains(layer) || layers.state(existing, owner) != AnnotationLayers.State.NEW) {
                    problems.add(new ImportProblem(where.file(), where.line(), owner + " already has a layer of document \""
                            + sameText.get() + "\"; nothing of this file was imported"));
                    return;
                }
                storeAnnotations(existing, owner, gold, where);
                return;
            }
            if (sameText.isPresent()) {
                report.duplicateSkipped(where + ": same text as document " + sameText.get());
                return;
            }
            String id = idsFromFileNames ? unusedId(gold.id()) : gold.id();
            Optional<String> taken = takenBy(id, id.equals(gold.id()) ? stored.idWithSameExternalId() : null);
            if (taken.isPresent()) {
                problems.add(new ImportProblem(where.file(), where.line(), "document id \"" + id + "\" is "
                        + taken.get() + " with a different text; nothing of this file was imported"));
                return;
            }
            // An analyst's layer makes no gold: the document is being annotated, whatever the file said.
            long documentId = documentRows.add(GoldToStored.document(gold, id, hash, where.file(), clock.instant(),
                    owner == null ? null : DocumentStatus.IN_REVIEW));
            firstDocumentId = firstDocumentId < 0 ? documentId : firstDocumentId;
            unwrittenIdOfText.put(hash, id);
            unwrittenDocumentOfText.put(hash, documentId);
            unwrittenWhereOfId.put(id, where);
            if (owner == null && gold.status() == GoldDocumentStatus.DONE) {
                finished.add(documentId);
            }
            storeAnnotations(documentId, owner, gold, where);
        }

        /** The document's annotations into the shared layer ({@code owner} null) or the owner's. */
        private void storeAnnotations(long documentId, String owner, GoldDocument gold, Where where) {
            annotationRows.add(documentId, owner == null ? Layers.BASE : owner, GoldToStored.entityDrafts(gold),
                    GoldToStored.eventDrafts(gold), "import:" + where.file().getFileName(), GoldToStored.provenance(gold));
            if (owner != null) {
                finishedLayers.add(new LayerOf(documentId, owner));
            }
            report.documentImported(gold.entities().size(), gold.events().size());
            if (annotationRows.size() + documentRows.size() >= ROWS_PER_WRITE) {
                write();
            }
        }

        /**
         * How an id is taken, in words, if it is: earlier in this file, or by a document already in the
         * corpus ({@code storedId}, the stored document with that id, null if none).
         */
        private Optional<String> takenBy(String id, Long storedId) {
            Where earlier = unwrittenWhereOfId.get(id);
            if (earlier != null) {
                return Optional.of("already used " + (earlier.line() > 0 ? "on line " + earlier.line() : "in " + earlier));
            }
            return Optional.ofNullable(storedId).map(stored -> firstDocumentId >= 0 && stored >= firstDocumentId
                    ? "already used earlier in this file" : "already in the corpus");
        }

        /** The id itself, or with the first free suffix: a different article under the same file name. */
        private String unusedId(String base) {
            String candidate = base;
            for (int n = 2; unwrittenWhereOfId.containsKey(candidate) || documents.idOfExternalId(candidate).isPresent();
                 n++) {
                candidate = base + "~" + n;
            }
            return candidate;
        }

        /** Writes what is buffered: documents first, since annotations point at them. */
        void write() {
            documentRows.write();
            annotationRows.write();
            // A document imported as DONE is gold as imported.
            layers.goldFromBase(finished);
            finished.clear();
            // Imported layers make no gold, but two or more finished ones (as many as needed) await a curator;
            // a document with a gold already keeps it: the layers are there to be compared.
            finishedLayers.stream()
                    .filter(layer -> layers.imported(layer.documentId(), layer.analyst()) == AnnotationLayers.Finished.CURATING)
                    .forEach(layer -> jdbc.update("UPDATE document SET status = 'CURATING', version = version + 1"
                            + " WHERE id = ? AND status IN ('NEW', 'IN_REVIEW')", layer.documentId()));
            finishedLayers.clear();
            unwrittenDocumentOfText.clear();
            unwrittenIdOfText.clear();
            unwrittenWhereOfId.clear();
        }

        int documentsRead() {
            return documentsRead;
        }

        /** What this file did; add it to the import's report once the file is committed. */
        ImportReport report() {
            return report;
        }
    }
}
