package fr.relance.ui.worklist;

import fr.relance.domain.dunning.WorklistItem;
import fr.relance.domain.dunning.WorklistKind;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.CallForm;
import fr.relance.ui.common.Pickers;
import fr.relance.dunning.LetterRun;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Beside the worklist: the line selected alone, and what the controller does with it that needs more than a click:
 * the call form of a call line, the claim declaration of a claim-filing line, the note taken of a limitation
 * warning. Several lines are handled together with the bar below the list.
 */
final class WorklistLinePane extends ScrollPane {

    private final WorklistViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final LongConsumer openCase;
    private final VBox content = new VBox(8);
    private final Label formError = new Label();
    private Consumer<List<WorklistItem>> letterBatch;

    /** @param openCase opens a debtor's case file; null when there is none to open */
    WorklistLinePane(WorklistViewModel model, Messages messages, Formats formats, LongConsumer openCase) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.openCase = openCase;
        setId("worklistLinePane");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.setPadding(new Insets(4, 8, 8, 4));
        setContent(content);
        formError.setId("worklistFormError");
        formError.getStyleClass().add("danger");
        formError.setWrapText(true);
        formError.setMinHeight(Region.USE_PREF_SIZE);
        formError.textProperty().bind(model.formErrorProperty());
        formError.managedProperty().bind(formError.textProperty().isNotEmpty());
        formError.visibleProperty().bind(formError.managedProperty());
        model.currentProperty().addListener((obs, old, line) -> show(line));
        show(model.currentProperty().get());
    }

    /** Offers "Préparer ce courrier…" on a letter line. */
    void letterBatch(Consumer<List<WorklistItem>> open) {
        this.letterBatch = open;
        show(model.currentProperty().get());
    }

    private void show(WorklistItem line) {
        content.getChildren().clear();
        if (line == null) {
            content.getChildren().addAll(heading(messages.get("worklist.pane.none.title")),
                    muted(messages.get("worklist.pane.none.text")));
            return;
        }
        Label debtor = heading(line.debtorName());
        debtor.setId("worklistLineDebtor");
        Label what = new Label(WorklistView.actionText(line, messages, formats));
        what.setId("worklistLineAction");
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);
        content.getChildren().addAll(debtor, what, muted(line.kind() == WorklistKind.REGISTERED_LETTER_TRACKING
                ? messages.get("worklist.tracking.figures", formats.date(line.lastContact()), line.daysOverdue())
                : messages.get("worklist.pane.figures", formats.money(line.amount()), line.invoiceIds().size(),
                        line.daysOverdue())));
        if (openCase != null) {
            Button open = new Button(messages.get("worklist.pane.openCase"));
            open.setId("worklistOpenCase");
            open.setOnAction(event -> openCase.accept(line.debtorId()));
            content.getChildren().add(open);
        }
        content.getChildren().add(new Separator());
        content.getChildren().addAll(formFor(line));
        content.getChildren().add(formError);
    }

    private Node[] formFor(WorklistItem line) {
        if (line.isCall()) {
            return new Node[] {new CallForm("worklist", messages.get("call.title"), messages, formats,
                    (outcome, notes, next, promisedOn, amount) ->
                            model.logCall(line, outcome, notes, next, promisedOn, amount))
                    .withHelp(messages.get(line.kind() == WorklistKind.CALL_BACK
                            ? "worklist.pane.callBack" : "worklist.pane.callStep"))};
        }
        return switch (line.kind()) {
            case CLAIM_FILING -> claimForm(line);
            case LIMITATION_WARNING -> noteForm(line);
            case BROKEN_PROMISE -> new Node[] {muted(messages.get("worklist.pane.brokenPromise"))};
            case REGISTERED_LETTER_TRACKING -> trackingForm(line);
            default -> letterBatch != null && LetterRun.letterKind(line).isPresent() ? letterForm(line)
                    : new Node[] {muted(messages.get("worklist.pane.step"))};
        };
    }

    /** A letter line: its letter is reviewed, printed and kept through the batch of the day's letters. */
    private Node[] letterForm(WorklistItem line) {
        Button prepare = new Button(messages.get("worklist.pane.prepareLetter"));
        prepare.setId("prepareLetterButton");
        prepare.getStyleClass().add("accent");
        prepare.disableProperty().bind(model.busyProperty());
        prepare.setOnAction(event -> letterBatch.accept(List.of(line)));
        return new Node[] {muted(messages.get("worklist.pane.letter")), prepare,
                muted(messages.get("worklist.pane.step"))};
    }

    /**
     * A registered letter with no news: the number to look up on La Poste's site (copied in one click), then the
     * delivery or the return to record in the case file, which makes the line go.
     */
    private Node[] trackingForm(WorklistItem line) {
        Button copy = new Button(messages.get("worklist.tracking.copy"));
        copy.setId("copyTrackingNumber");
        copy.setOnAction(event -> {
            javafx.scene.input.ClipboardContent number = new javafx.scene.input.ClipboardContent();
            number.putString(line.reference().replace(" ", ""));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(number);
        });
        Label number = heading(line.reference());
        number.setId("worklistTrackingNumber");
        return new Node[] {heading(messages.get("worklist.tracking.title")), number, copy,
                muted(messages.get("worklist.tracking.help"))};
    }

    /** Declaring the claim: sent on, amount, to whom (Code de commerce L622-24, R622-24). */
    private Node[] claimForm(WorklistItem line) {
        DatePicker declaredOn = Pickers.date("claimDeclaredOn", messages.get("worklist.claim.date"), formats);
        declaredOn.setMaxWidth(Double.MAX_VALUE);
        declaredOn.setValue(model.asOfProperty().get());
        TextField amount = new TextField(line.amount().toPlainString().replace('.', ','));
        amount.setId("claimAmount");
        amount.setAccessibleText(messages.get("worklist.claim.amount"));
        TextField representative = new TextField();
        representative.setId("claimRepresentative");
        representative.setPromptText(messages.get("worklist.claim.representative.prompt"));
        representative.setAccessibleText(messages.get("worklist.claim.representative"));
        TextArea note = new TextArea();
        note.setId("claimNote");
        note.setPromptText(messages.get("worklist.claim.note"));
        note.setAccessibleText(messages.get("worklist.claim.note"));
        note.setWrapText(true);
        note.setPrefRowCount(2);
        Button declare = new Button(messages.get("worklist.claim.declare"));
        declare.setId("declareClaimButton");
        declare.getStyleClass().add("accent");
        declare.disableProperty().bind(model.busyProperty());
        declare.setOnAction(event -> model.declareClaim(line, declaredOn.getValue(),
                Formats.parseDecimal(amount.getText()), representative.getText(), note.getText()));
        return new Node[] {heading(messages.get("worklist.claim.title")), muted(messages.get("worklist.claim.help")),
                muted(messages.get("worklist.claim.date")), declaredOn, muted(messages.get("worklist.claim.amount")),
                amount, muted(messages.get("worklist.claim.representative")), representative, note, declare};
    }

    /** Taking note of a limitation warning, with what will be done before the date. */
    private Node[] noteForm(WorklistItem line) {
        TextField reason = new TextField();
        reason.setId("warningReason");
        reason.setPromptText(messages.get("worklist.warning.reason"));
        reason.setAccessibleText(messages.get("worklist.warning.reason"));
        Button note = new Button(messages.get("worklist.warning.takeNote"));
        note.setId("takeNoteButton");
        note.disableProperty().bind(model.busyProperty());
        note.setOnAction(event -> model.takeNote(line, reason.getText()));
        return new Node[] {heading(messages.get("worklist.warning.title")),
                muted(messages.get("worklist.warning.help", line.invoiceIds().size(),
                        line.deadline() == null ? "" : formats.date(line.deadline()))),
                reason, note, muted(messages.get("worklist.warning.orPostpone"))};
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
