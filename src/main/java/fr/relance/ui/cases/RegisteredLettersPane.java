package fr.relance.ui.cases;

import fr.relance.domain.letters.LetterKind;
import fr.relance.domain.registered.RegisteredLetter;
import fr.relance.domain.registered.ReturnReason;
import fr.relance.mail.EmailReminderService;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.Pickers;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The case file's "Recommandés et e-mails" tab: the registered letters with their tracking state, the forms that
 * record posting, delivery or return and attach the receipt, and the reminder sent by e-mail. The view only builds,
 * binds and forwards to {@link RegisteredLettersViewModel}.
 */
public final class RegisteredLettersPane extends VBox {

    private final RegisteredLettersViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final VBox form = new VBox(8);

    public RegisteredLettersPane(RegisteredLettersViewModel model, Messages messages, Formats formats) {
        super(8);
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        setId("registeredLettersPane");
        setPadding(new Insets(8, 0, 0, 0));

        TableView<RegisteredLetter> table = table();
        Button posting = action("registeredPostingButton", "registered.action.posting", this::postingForm);
        Button delivery = action("registeredDeliveryButton", "registered.action.delivery", this::deliveryForm);
        Button back = action("registeredReturnButton", "registered.action.return", this::returnForm);
        Button receipt = action("registeredReceiptButton", "registered.action.receipt", this::receiptForm);
        posting.disableProperty().bind(Bindings.createBooleanBinding(() -> !is(RegisteredLetter.Status.NOT_POSTED),
                model.selectedProperty()));
        delivery.disableProperty().bind(Bindings.createBooleanBinding(() -> !is(RegisteredLetter.Status.IN_TRANSIT),
                model.selectedProperty()));
        back.disableProperty().bind(delivery.disableProperty());
        receipt.disableProperty().bind(Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null
                || !model.selectedProperty().get().awaitingReceipt(), model.selectedProperty()));
        model.selectedProperty().addListener((obs, old, now) -> form.getChildren().clear());

        Label loadError = new Label();
        loadError.setId("registeredLoadError");
        loadError.getStyleClass().add("danger");
        loadError.textProperty().bind(model.loadErrorProperty());
        loadError.managedProperty().bind(loadError.textProperty().isNotEmpty());

        HBox actions = new HBox(8, posting, delivery, back, receipt);
        form.setId("registeredForm");
        form.setPadding(new Insets(4, 0, 4, 0));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(loadError, table, actions, form, new Separator(), emailSection());
    }

    private boolean is(RegisteredLetter.Status status) {
        RegisteredLetter letter = model.selectedProperty().get();
        return letter != null && letter.status() == status;
    }

    private TableView<RegisteredLetter> table() {
        TableView<RegisteredLetter> table = new TableView<>(model.letters());
        table.setId("registeredLettersTable");
        table.setPlaceholder(new Label(messages.get("registered.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // A form opened under the table must not squeeze it to half a row: three rows stay visible.
        table.setMinHeight(150);
        table.getColumns().add(column("registered.col.date", 100, l -> formats.date(l.letterDate())));
        table.getColumns().add(column("registered.col.subject", 230, RegisteredLetter::subject));
        table.getColumns().add(column("registered.col.tracking", 145,
                l -> l.posting() == null ? "" : l.posting().trackingNumber().display()));
        table.getColumns().add(column("registered.col.status", 220, model::statusText));
        table.getColumns().add(column("registered.col.presented", 140,
                l -> l.firstPresentedOn().map(formats::date).orElse("")));
        table.getColumns().add(column("registered.col.deadline", 110,
                l -> l.paymentDeadline().map(formats::date).orElse("")));
        table.getColumns().add(column("registered.col.receipt", 160,
                l -> l.receipt() != null ? l.receipt().fileName()
                        : l.awaitingReceipt() ? messages.get("registered.receipt.missing") : ""));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    private TableColumn<RegisteredLetter, String> column(String key, double width,
                                                         Function<RegisteredLetter, String> text) {
        TableColumn<RegisteredLetter, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(text.apply(c.getValue())));
        return column;
    }

    private Button action(String id, String key, Runnable open) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(event -> {
            model.startForm();
            open.run();
        });
        return button;
    }

    private void postingForm() {
        TextField number = new TextField();
        number.setId("trackingNumberField");
        number.setPromptText("1A 123 456 7890 1");
        number.setAccessibleText(messages.get("registered.field.tracking"));
        DatePicker postedOn = Pickers.date("postedOnPicker", messages.get("registered.field.postedOn"), formats);
        postedOn.setValue(model.today());
        GridPane grid = grid();
        grid.addRow(0, new Label(messages.get("registered.field.tracking")), number,
                hint(messages.get("registered.field.tracking.hint")));
        grid.addRow(1, new Label(messages.get("registered.field.postedOn")), postedOn);
        showForm("registered.form.posting", grid,
                done -> model.recordPosting(number.getText(), postedOn.getValue(), done));
    }

    private void deliveryForm() {
        DatePicker deliveredOn = Pickers.date("deliveredOnPicker", messages.get("registered.field.deliveredOn"),
                formats);
        deliveredOn.setValue(model.today());
        DatePicker presentedOn = Pickers.date("presentedOnPicker", messages.get("registered.field.presentedOn"),
                formats);
        GridPane grid = grid();
        grid.addRow(0, new Label(messages.get("registered.field.deliveredOn")), deliveredOn);
        grid.addRow(1, new Label(messages.get("registered.field.presentedOn")), presentedOn,
                hint(messages.get("registered.field.presentedOn.optional")));
        showForm("registered.form.delivery", grid,
                done -> model.recordDelivery(deliveredOn.getValue(), presentedOn.getValue(), done));
    }

    private void returnForm() {
        DatePicker returnedOn = Pickers.date("returnedOnPicker", messages.get("registered.field.returnedOn"),
                formats);
        returnedOn.setValue(model.today());
        ChoiceBox<ReturnReason> reason = new ChoiceBox<>();
        reason.setId("returnReasonChoice");
        reason.getItems().setAll(ReturnReason.values());
        reason.setValue(ReturnReason.NOT_COLLECTED);
        reason.setConverter(Pickers.display(r -> messages.get("registered.return.reason." + r.name())));
        DatePicker presentedOn = Pickers.date("returnPresentedOnPicker",
                messages.get("registered.field.presentedOn"), formats);
        presentedOn.disableProperty().bind(Bindings.createBooleanBinding(
                () -> reason.getValue() != null && !reason.getValue().presented(), reason.valueProperty()));
        Label effect = hint("");
        effect.setId("returnEffectHint");
        effect.textProperty().bind(Bindings.createStringBinding(() -> reason.getValue() == null ? ""
                : messages.get("registered.return.effect." + reason.getValue().name()), reason.valueProperty()));
        GridPane grid = grid();
        grid.addRow(0, new Label(messages.get("registered.field.returnedOn")), returnedOn);
        grid.addRow(1, new Label(messages.get("registered.field.reason")), reason);
        grid.addRow(2, new Label(messages.get("registered.field.presentedOn")), presentedOn);
        grid.add(effect, 0, 3, 3, 1);
        showForm("registered.form.return", grid, done -> model.recordReturn(returnedOn.getValue(), reason.getValue(),
                presentedOn.isDisabled() ? null : presentedOn.getValue(), done));
    }

    private void receiptForm() {
        Label file = new Label();
        file.setId("receiptFileLabel");
        file.textProperty().bind(Bindings.createStringBinding(() -> model.receiptFileProperty().get() == null
                ? messages.get("registered.receipt.noFile")
                : model.receiptFileProperty().get().getFileName().toString(), model.receiptFileProperty()));
        Button choose = new Button(messages.get("registered.receipt.choose"));
        choose.setId("receiptChooseButton");
        choose.setOnAction(event -> model.chooseReceiptFile());
        DatePicker date = Pickers.date("receiptDatePicker", messages.get("registered.field.receiptDate"), formats);
        RegisteredLetter letter = model.selectedProperty().get();
        date.setValue(letter.delivery() != null ? letter.delivery().deliveredOn() : letter.returned().returnedOn());
        GridPane grid = grid();
        grid.addRow(0, new Label(messages.get("registered.field.receiptFile")), new HBox(8, choose, file));
        grid.addRow(1, new Label(messages.get("registered.field.receiptDate")), date);
        showForm("registered.form.receipt", grid,
                done -> model.attachReceipt(model.receiptFileProperty().get(), date.getValue(), done));
    }

    private void showForm(String titleKey, Node fields, java.util.function.Consumer<Runnable> save) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("title-4");
        Label error = new Label();
        error.setId("registeredFormError");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(model.formErrorProperty());
        Button saveButton = new Button(messages.get("registered.form.save"));
        saveButton.setId("registeredSaveButton");
        saveButton.setDefaultButton(true);
        saveButton.disableProperty().bind(model.busyProperty());
        saveButton.setOnAction(event -> save.accept(() -> form.getChildren().clear()));
        Button cancel = new Button(messages.get("registered.form.cancel"));
        cancel.setId("registeredCancelButton");
        cancel.setOnAction(event -> form.getChildren().clear());
        form.getChildren().setAll(title, fields, error, new HBox(8, saveButton, cancel));
        form.getStyleClass().setAll("registered-form");
    }

    private VBox emailSection() {
        Label title = new Label(messages.get("registered.email.title"));
        title.getStyleClass().add("title-4");
        ChoiceBox<LetterKind> kind = new ChoiceBox<>();
        kind.setId("emailKindChoice");
        kind.getItems().setAll(EmailReminderService.SENDABLE);
        kind.setConverter(Pickers.display(k -> messages.get("letter.kind." + k.name())));
        kind.valueProperty().bindBidirectional(model.emailKindProperty());
        Label recipient = new Label();
        recipient.setId("emailRecipientLabel");
        recipient.textProperty().bind(Bindings.concat(messages.get("registered.email.to") + " ",
                model.recipientProperty()));
        Button send = new Button();
        send.setId("emailSendButton");
        send.textProperty().bind(Bindings.when(model.emailFailedProperty())
                .then(messages.get("registered.email.retry")).otherwise(messages.get("registered.email.send")));
        send.disableProperty().bind(model.mayEmailProperty().not().or(model.busyProperty()));
        send.setOnAction(event -> model.sendEmail());
        Label status = new Label();
        status.setId("emailStatusLabel");
        status.setWrapText(true);
        status.textProperty().bind(model.emailStatusProperty());
        model.emailFailedProperty().addListener((obs, old, failed) -> {
            status.getStyleClass().remove("danger");
            if (failed) {
                status.getStyleClass().add("danger");
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(8, kind, recipient, spacer, send);
        line.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, title, line, status);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        return grid;
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        return hint;
    }
}
