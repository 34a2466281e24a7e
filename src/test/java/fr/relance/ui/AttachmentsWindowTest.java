package fr.relance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.app.AppContext;
import fr.relance.app.DataFolder;
import fr.relance.documents.TestFiles;
import fr.relance.domain.AgingRow;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.domain.documents.StoredDocument;
import fr.relance.ui.cases.TimelineEntry;
import fr.relance.ui.common.FxBackgroundTasks;
import fr.relance.ui.shell.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The case file's "Pièces" tab in the real window, headless: a PDF is attached, previewed and on the timeline. */
@ExtendWith(ApplicationExtension.class)
class AttachmentsWindowTest {

    @TempDir
    Path dir;
    AppContext context;
    FxBackgroundTasks tasks;
    final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        context = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                AppContext.open(new DataFolder(data, DataFolder.Source.COMMAND_LINE), MainWindowTest.TODAY)).join();
        tasks = new FxBackgroundTasks();
        new MainWindow(stage, context.windowServices(Locale.FRANCE, tasks), window -> dialogs);
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        context.close();
    }

    @Test
    void aPdfIsAttachedToTheCaseThenPreviewedAndRecordedOnTheTimeline(FxRobot robot) throws Exception {
        Path files = Files.createDirectories(dir.resolve("files"));
        FxWait.until(() -> robot.lookup("#loadDemoButton").query().isVisible());
        robot.clickOn("#loadDemoButton");
        TableView<AgingRow> aging = robot.lookup("#agingTable").queryTableView();
        FxWait.until(() -> aging.getItems().size() > 50 && aging.isVisible());
        String name = aging.getItems().get(0).debtorName();
        openCaseOf(robot, aging, name);
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

    /**
     * Double-clicks the debtor's row until its case file shows. On a loaded machine the two clicks can arrive
     * further apart than the double-click time and count as two single clicks: a user would double-click again.
     */
    private static void openCaseOf(FxRobot robot, TableView<AgingRow> aging, String name) throws Exception {
        for (int attempt = 1; ; attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            Node row = robot.from(aging).lookup(".table-row-cell").queryAll().stream()
                    .map(node -> (TableRow<?>) node)
                    .filter(r -> r.getItem() instanceof AgingRow item && name.equals(item.debtorName()))
                    .findFirst().orElseThrow();
            robot.doubleClickOn(row);
            try {
                WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> {
                    Boolean[] shown = new Boolean[1];
                    WaitForAsyncUtils.asyncFx(() -> shown[0] = robot.lookup("#debtorName").tryQuery()
                            .map(label -> label.isVisible() && name.equals(((Label) label).getText()))
                            .orElse(false)).get();
                    return Boolean.TRUE.equals(shown[0]);
                });
                return;
            } catch (java.util.concurrent.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
                robot.clickOn("#navAging");
            }
        }
    }
}
