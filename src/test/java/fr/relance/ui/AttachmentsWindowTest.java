package fr.relance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.documents.TestFiles;
import fr.relance.domain.AgingRow;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.domain.documents.StoredDocument;
import fr.relance.ui.cases.TimelineEntry;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The case file's "Pièces" tab in the real window, headless: a PDF is attached, previewed and on the timeline. */
class AttachmentsWindowTest {

    @RegisterExtension
    final WindowFixture window = new WindowFixture();
    final RecordingDialogs dialogs = window.dialogs;

    @Test
    void aPdfIsAttachedToTheCaseThenPreviewedAndRecordedOnTheTimeline(FxRobot robot) throws Exception {
        Path files = window.userFiles();
        FxWait.until(() -> robot.lookup("#loadDemoButton").query().isVisible());
        robot.clickOn("#loadDemoButton");
        TableView<AgingRow> aging = robot.lookup("#agingTable").queryTableView();
        FxWait.until(() -> aging.getItems().size() > 50 && aging.isVisible());
        String name = aging.getItems().get(0).debtorName();
        CaseFiles.openFromAging(robot, aging, name);
        robot.clickOn("#caseTabAttachments");
        TableView<StoredDocument> documents = robot.lookup("#documentsTable").queryTableView();
        FxWait.until(documents::isVisible);
        assertThat(documents.getItems()).isEmpty();

        // A password-protected PDF is refused with a sentence, and nothing is listed.
        dialogs.nextOpenFile = TestFiles.encryptedPdf(files, "releve-protege.pdf");
        robot.clickOn("#addDocumentButton");
        FxWait.until(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("La pièce n’a pas été ajoutée: Le PDF « releve-protege.pdf » est protégé par un mot de passe");
        assertThat(robot.lookup("#documentForm").query().isVisible()).isFalse();

        dialogs.nextOpenFile = TestFiles.pdf(files, "facture FA-2025-000944.pdf", 2, "Facture FA-2025-000944");
        robot.clickOn("#addDocumentButton");
        FxWait.until(() -> robot.lookup("#documentForm").query().isVisible());
        assertThat(((Label) robot.lookup("#documentFormDetails").query()).getText()).startsWith("PDF · ")
                .endsWith("2 pages");

        robot.clickOn("#attachDocumentButton");
        FxWait.until(() -> !((Label) robot.lookup("#documentError-kind").query()).getText().isEmpty());
        ComboBox<DocumentKind> kind = robot.lookup("#documentKind").queryComboBox();
        robot.interact(() -> kind.setValue(DocumentKind.INVOICE_COPY));
        robot.clickOn("#documentNote").write("Facture contestée par le client");
        robot.clickOn("#attachDocumentButton");

        FxWait.until(() -> documents.getItems().size() == 1);
        StoredDocument stored = documents.getItems().get(0);
        assertThat(stored.fileName()).isEqualTo("facture FA-2025-000944.pdf");
        assertThat(stored.note()).isEqualTo("Facture contestée par le client");
        assertThat(((Label) robot.lookup("#documentStatus").query()).getText())
                .isEqualTo("« facture FA-2025-000944.pdf » ajouté au dossier.");
        FxWait.until(() -> robot.lookup("#documentPreviewImage").tryQuery().isPresent()
                && robot.lookup("#documentPreviewPages").tryQuery().isPresent());
        assertThat(((Label) robot.lookup("#documentPreviewPages").query()).getText()).isEqualTo("Page 1 sur 2");
        assertThat(robot.lookup("#documentForm").query().isVisible()).isFalse();

        robot.clickOn("#caseTabTimeline");
        TableView<TimelineEntry> timeline = robot.lookup("#timelineTable").queryTableView();
        FxWait.until(() -> timeline.getItems().stream()
                .anyMatch(entry -> "DOCUMENT_ADDED".equals(entry.event().kind())));
        assertThat(dialogs.errors).hasSize(1);
    }
}
