package fr.relance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.app.AppContext;
import fr.relance.app.DataFolder;
import fr.relance.documents.EnvelopeLayout;
import fr.relance.documents.LetterArchive;
import fr.relance.documents.LetterComposer;
import fr.relance.documents.LetterFixtures;
import fr.relance.domain.AgingRow;
import fr.relance.domain.letters.LetterChannel;
import fr.relance.domain.letters.LetterKind;
import fr.relance.domain.registered.RegisteredLetter;
import fr.relance.store.Database;
import fr.relance.store.LetterRepository;
import fr.relance.store.RegisteredMailRepository;
import fr.relance.text.Formats;
import fr.relance.ui.common.FxBackgroundTasks;
import fr.relance.ui.shell.MainWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The case file's "Recommandés et e-mails" tab in the real window, headless: two registered letters of one debtor
 * are posted, one delivered and its signed receipt attached, the other returned not collected; the table shows the
 * tracking numbers, what happened and the payment deadline that follows.
 */
@ExtendWith(ApplicationExtension.class)
class RegisteredLettersWindowTest {

    static final LocalDate SENT = LetterFixtures.LETTERS_DAY;
    static final LocalDate TODAY = SENT.plusDays(20);
    static final Formats FORMATS = new Formats(Locale.FRANCE);

    @TempDir
    Path dir;
    AppContext context;
    FxBackgroundTasks tasks;
    final RecordingDialogs dialogs = new RecordingDialogs();
    long notice;
    long reminder;

    @Start
    void start(Stage stage) {
        Clock today = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        // Off the JavaFX thread, as the app does: queries there are refused.
        context = CompletableFuture.supplyAsync(() -> {
            try (Database database = LetterFixtures.open(dir)) {
                LetterFixtures.walkToLetters(database);
                LetterComposer composer = new LetterComposer(database);
                LetterArchive archive = new LetterArchive(new LetterRepository(database), () -> EnvelopeLayout.DL);
                notice = archive.issue(composer.compose(LetterComposer.Request.of(LetterFixtures.MARTIN, SENT,
                        LetterKind.FORMAL_NOTICE)), LetterChannel.REGISTERED, SENT, "claire").id();
                reminder = archive.issue(composer.compose(LetterComposer.Request.of(LetterFixtures.MARTIN, SENT,
                        LetterKind.SECOND_REMINDER)), LetterChannel.REGISTERED, SENT, "claire").id();
            }
            return AppContext.open(new DataFolder(dir, DataFolder.Source.COMMAND_LINE), today);
        }).join();
        tasks = new FxBackgroundTasks();
        new MainWindow(stage, context.windowServices(Locale.FRANCE, tasks), window -> dialogs);
        // TestFX shares one stage between test classes: it keeps the size an earlier test left, not the scene's.
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        context.close();
    }

    @Test
    void postingDeliveryReturnAndReceiptAreRecordedAndTheDeadlineShown(FxRobot robot) throws Exception {
        robot.clickOn("#navAging");
        TableView<AgingRow> aging = robot.lookup("#agingTable").queryTableView();
        FxWait.until(() -> aging.getItems().stream().anyMatch(r -> r.debtorName().equals("Martin SA")));
        CaseFiles.openFromAging(robot, aging, "Martin SA");
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#caseFileView .tab-pane").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> "caseTabRegistered".equals(t.getId())).findFirst().orElseThrow());
        });
        TableView<RegisteredLetter> table = robot.lookup("#registeredLettersTable").queryTableView();
        FxWait.until(() -> table.getItems().size() == 2);
        FxWait.until(() -> cellTexts(robot, table).stream().filter("À déposer à La Poste"::equals).count() == 2);

        // Posting: a mistyped number is refused under the form, nothing recorded; the right one shows in the table.
        select(robot, table, notice);
        robot.clickOn("#registeredPostingButton");
        robot.clickOn("#trackingNumberField").write("1A 123 456 7890");
        setDate(robot, "#postedOnPicker", SENT.plusDays(1));
        save(robot);
        FxWait.until(() -> robot.lookup("#registeredFormError").queryLabeled().getText()
                .startsWith("Le numéro de suivi compte 13 caractères"));
        robot.interact(() -> robot.lookup("#trackingNumberField").queryTextInputControl().setText("1A 123 456 7890 1"));
        save(robot);
        FxWait.until(() -> cellTexts(robot, table).contains("1A 123 456 7890 1"));
        FxWait.until(() -> cellTexts(robot, table).contains("Déposé le " + FORMATS.date(SENT.plusDays(1))
                + ", en attente de distribution"));

        select(robot, table, reminder);
        robot.clickOn("#registeredPostingButton");
        robot.clickOn("#trackingNumberField").write("RR123456785FR");
        setDate(robot, "#postedOnPicker", SENT.plusDays(1));
        save(robot);
        FxWait.until(() -> cellTexts(robot, table).contains("RR 123 456 785 FR"));

        // Delivery after a notice of arrival: the deadline runs from the delivery.
        select(robot, table, notice);
        FxWait.until(() -> !robot.lookup("#registeredDeliveryButton").query().isDisabled());
        robot.clickOn("#registeredDeliveryButton");
        setDate(robot, "#deliveredOnPicker", SENT.plusDays(4));
        setDate(robot, "#presentedOnPicker", SENT.plusDays(2));
        save(robot);
        RegisteredLetter delivered = waitFor(notice, l -> l.delivery() != null);
        LocalDate noticeDeadline = SENT.plusDays(4).plusDays(delivered.deadlineDays());
        assertThat(delivered.deadlineDays()).isPositive();
        FxWait.until(() -> cellTexts(robot, table).containsAll(List.of("Distribué le " + FORMATS.date(SENT.plusDays(4)),
                FORMATS.date(SENT.plusDays(2)), FORMATS.date(noticeDeadline), "AR à joindre")));

        // Returned "avisé non réclamé": the notice still counts from its first presentation.
        select(robot, table, reminder);
        FxWait.until(() -> !robot.lookup("#registeredReturnButton").query().isDisabled());
        robot.clickOn("#registeredReturnButton");
        setDate(robot, "#returnedOnPicker", SENT.plusDays(19));
        robot.interact(() -> robot.lookup("#returnReasonChoice").queryAs(ChoiceBox.class)
                .setValue(fr.relance.domain.registered.ReturnReason.NOT_COLLECTED));
        setDate(robot, "#returnPresentedOnPicker", SENT.plusDays(3));
        save(robot);
        RegisteredLetter returned = waitFor(reminder, l -> l.returned() != null);
        FxWait.until(() -> cellTexts(robot, table).stream().anyMatch(t -> t.startsWith("Retourné le "
                + FORMATS.date(SENT.plusDays(19)))));
        returned.paymentDeadline().ifPresent(deadline -> assertThat(deadline)
                .isEqualTo(SENT.plusDays(3).plusDays(returned.deadlineDays())));

        // The signed receipt of the delivered letter, scanned as a PDF.
        Path scan = dir.resolve("AR Martin.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(scan.toFile());
        }
        dialogs.nextOpenFile = scan;
        select(robot, table, notice);
        FxWait.until(() -> !robot.lookup("#registeredReceiptButton").query().isDisabled());
        robot.clickOn("#registeredReceiptButton");
        robot.clickOn("#receiptChooseButton");
        FxWait.until(() -> robot.lookup("#receiptFileLabel").queryLabeled().getText().equals("AR Martin.pdf"));
        save(robot);
        FxWait.until(() -> cellTexts(robot, table).contains("AR Martin.pdf"));
        assertThat(waitFor(notice, l -> l.receipt() != null).receipt().fileName()).isEqualTo("AR Martin.pdf");
        assertThat(dialogs.errors).isEmpty();
    }

    /** The text of the table's cells as shown (cells are filled on a layout pass after the items change). */
    private static List<String> cellTexts(FxRobot robot, TableView<?> table) {
        return robot.from(table).lookup(".table-cell").queryAll().stream().map(n -> ((Labeled) n).getText())
                .filter(t -> t != null && !t.isEmpty()).toList();
    }

    private static void select(FxRobot robot, TableView<RegisteredLetter> table, long letterId) throws Exception {
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(l -> l.letterId() == letterId).findFirst().orElseThrow()));
    }

    private static void setDate(FxRobot robot, String id, LocalDate date) throws Exception {
        FxWait.until(() -> robot.lookup(id).tryQuery().isPresent());
        robot.interact(() -> robot.lookup(id).queryAs(DatePicker.class).setValue(date));
    }

    /** Clicks the form's save button once it is shown and enabled (the form is built after the button's click). */
    private static void save(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#registeredSaveButton").tryQuery()
                .map(button -> button.isVisible() && !button.isDisabled()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        WindowControls.clickIn(robot, "#registeredScroll", "#registeredSaveButton");
    }

    private RegisteredLetter waitFor(long letterId, java.util.function.Predicate<RegisteredLetter> done)
            throws Exception {
        RegisteredMailRepository repository = new RegisteredMailRepository(context.database());
        RegisteredLetter[] found = new RegisteredLetter[1];
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                found[0] = repository.find(letterId).orElseThrow();
                return done.test(found[0]);
            });
        } catch (java.util.concurrent.TimeoutException e) {
            // Say what the window showed: a refusal under the form or an error dialog explains a missing record.
            String[] shown = new String[1];
            WaitForAsyncUtils.asyncFx(() -> shown[0] = "form error: '" + new FxRobot().lookup("#registeredFormError")
                    .tryQuery().map(n -> ((Labeled) n).getText()).orElse("(no form)") + "', dialogs: "
                    + dialogs.errors).get();
            throw new AssertionError("Letter " + letterId + " not recorded after 60 s; " + shown[0], e);
        }
        return found[0];
    }
}
