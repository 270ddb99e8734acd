package org.goldset.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.goldset.annotation.AnnotationPages;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.annotation.EntitySnapshot;
import org.goldset.annotation.Origin;
import org.goldset.annotation.ReviewState;
import org.goldset.corpus.DocumentStatus;
import org.goldset.corpus.StoredDocument;
import org.goldset.format.ExportWarnings;
import org.goldset.gold.GoldDocument;
import org.goldset.gold.GoldDocumentStatus;
import org.goldset.gold.GoldEntity;
import org.goldset.gold.GoldOrigin;
import org.goldset.gold.GoldStatus;
import org.goldset.text.Span;
import org.junit.jupiter.api.Test;

/** Storage to exchange model: statuses, origins and the ids annotations get in the export. */
class GoldDocumentAssemblerTest {

    private static final String TEXT = "🇮🇷 Soleimani met Nasrallah in Beirut.";

    @Test
    void an_annotation_without_an_imported_id_gets_one_that_no_imported_annotation_uses() {
        // The manual entity has database id 2; "T2" is taken by an imported one listed after it.
        EntitySnapshot manual = entity(2, null, new Span(3, 12), AnnotationStatus.ACCEPTED, Origin.manual());
        EntitySnapshot imported = entity(9, "T2", new Span(17, 26), AnnotationStatus.PENDING, Origin.imported());
        EntitySnapshot suggested = entity(3, null, new Span(30, 36), AnnotationStatus.REJECTED,
                Origin.engine("gazetteer", "1", 0.9));

        GoldDocument gold = GoldDocumentAssembler.assemble(document(), new AnnotationPages.Page(
                java.util.Map.of(document().id(), List.of(manual, imported, suggested)), java.util.Map.of(), java.util.Map.of()),
                EnumSet.allOf(AnnotationStatus.class), new ExportWarnings());

        assertThat(gold.entities()).extracting(GoldEntity::id).containsExactly("T2'", "T2", "T3");
        assertThat(gold.entities()).extracting(GoldEntity::text).containsExactly("Soleimani", "Nasrallah", "Beirut");
        assertThat(gold.entities()).extracting(GoldEntity::status)
                .containsExactly(GoldStatus.ACCEPTED, GoldStatus.PENDING, GoldStatus.REJECTED);
        assertThat(gold.entities()).extracting(entity -> entity.origin().kind())
                .containsExactly(GoldOrigin.Kind.MANUAL, GoldOrigin.Kind.IMPORTED, GoldOrigin.Kind.ENGINE);
        assertThat(gold.status()).isEqualTo(GoldDocumentStatus.IN_REVIEW);
    }

    private static StoredDocument document() {
        return new StoredDocument(1, "doc-1", "Title", TEXT, DocumentStatus.IN_REVIEW, null, null, null, null, Map.of());
    }

    private static EntitySnapshot entity(long id, String externalId, Span span, AnnotationStatus status, Origin origin) {
        return new EntitySnapshot(id, 1, "@gold", null, externalId, span, "PERSON", new ReviewState(status, "ana", Instant.EPOCH),
                origin, null, null, null, null, Instant.EPOCH, List.of());
    }
}
