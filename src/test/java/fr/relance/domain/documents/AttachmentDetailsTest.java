package fr.relance.domain.documents;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.FieldProblem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttachmentDetailsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void whatTheFormSaysIsChecked() {
        assertThat(new AttachmentDetails(DocumentKind.DELIVERY_PROOF, TODAY, "  BL signé  ").validate(TODAY)).isEmpty();
        assertThat(new AttachmentDetails(DocumentKind.DELIVERY_PROOF, TODAY, "  BL signé  ").cleanNote())
                .isEqualTo("BL signé");
        assertThat(new AttachmentDetails(DocumentKind.OTHER, null, "   ").cleanNote()).isNull();
        assertThat(new AttachmentDetails(null, TODAY.plusDays(1), "x".repeat(1001)).validate(TODAY)).containsExactly(
                new FieldProblem("kind", AttachmentDetails.KIND_REQUIRED),
                new FieldProblem("documentDate", AttachmentDetails.DATE_AFTER_TODAY),
                new FieldProblem("note", AttachmentDetails.NOTE_TOO_LONG));
        assertThat(new AttachmentDetails(DocumentKind.DOSSIER, null, null).validate(TODAY))
                .containsExactly(new FieldProblem("kind", AttachmentDetails.KIND_NOT_ATTACHABLE));
        assertThat(DocumentKind.ATTACHABLE).doesNotContain(DocumentKind.LETTER, DocumentKind.DOSSIER).hasSize(8);
    }

    @ParameterizedTest
    @CsvSource({
            "application/pdf, facture.PDF, true",
            "image/jpeg, photo.jpeg, true",
            "image/jpeg, photo.JPG, true",
            "image/png, scan.pdf, false",
            "message/rfc822, promesse.eml, true",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document, cgv.docx, true",
    })
    void extensionsNameTheirType(String mediaType, String name, boolean matches) {
        assertThat(FileType.ofMediaType(mediaType).orElseThrow().matchesName(name)).isEqualTo(matches);
    }

    @Test
    void unknownMediaTypesAreNotAccepted() {
        assertThat(FileType.ofMediaType("text/plain")).isEmpty();
        assertThat(FileType.ofMediaType("application/zip")).isEmpty();
        assertThat(FileType.MAX_SIZE_BYTES).isEqualTo(104_857_600L);
    }
}
