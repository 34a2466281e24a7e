package fr.relance.ui.letters;

import fr.relance.documents.LetterDrafts;
import fr.relance.documents.LetterPreview;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.letters.LetterChannel;
import fr.relance.domain.letters.LetterKind;
import fr.relance.domain.letters.LetterLanguage;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.EmptyState;
import fr.relance.ui.common.Pickers;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Courriers: the debtors on the left, the letter being written in the middle (choices, subject, reference, the body
 * paragraph by paragraph with the tables the data fills, the warnings and the output buttons), and on the right the
 * real PDF page as it will print, refreshed as the user types.
 */
public final class LettersView extends BorderPane {

    private final LettersViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final BodyEditor bodyEditor;

    public LettersView(LettersViewModel model, Messages messages, Formats formats) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.bodyEditor = new BodyEditor(model, messages, formats);
        setId("lettersView");
        getStylesheets().add(LettersView.class.getResource("letters.css").toExternalForm());
        setPadding(new Insets(16));
        Label title = new Label(messages.get("letters.title"));
        title.getStyleClass().add("title-2");
        setTop(title);

        Node editor = editor();
        VBox empty = EmptyState.of("lettersEmptyState", messages.get("letters.pick.title"),
                messages.get("letters.pick.text"));
        empty.visibleProperty().bind(model.debtorIdProperty().isNull());
        editor.visibleProperty().bind(model.debtorIdProperty().isNotNull());
        SplitPane split = new SplitPane(debtorList(), new StackPane(editor, empty), preview());
        split.setId("lettersSplit");
        split.setDividerPositions(0.19, 0.68);
        // Extra width goes to the letter and its preview, not to the list of names.
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        BorderPane.setMargin(split, new Insets(12, 0, 0, 0));
        setCenter(split);
    }

    private VBox debtorList() {
        TextField search = new TextField();
        search.setId("letterDebtorSearch");
        search.setPromptText(messages.get("letters.search"));
        search.setAccessibleText(messages.get("letters.search"));
        search.textProperty().bindBidirectional(model.searchProperty());
        ListView<LetterDrafts.DebtorChoice> list = new ListView<>(model.debtors());
        list.setId("letterDebtors");
        list.setCellFactory(view -> new ListCell<>() {
            {
                setPrefWidth(0); // a long name ends with "…" instead of adding a horizontal scroll bar
            }

            @Override
            protected void updateItem(LetterDrafts.DebtorChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + "\n"
                        + messages.get("letters.debtor.line", formats.money(item.balance()),
                        messages.get("letter.debtorKind." + item.kind().name())));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !model.chooseDebtor(now)) {
                Platform.runLater(() -> list.getSelectionModel().select(old));
            }
        });
        Label hint = new Label(messages.get("letters.debtors.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        VBox box = new VBox(8, search, list, hint);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setMinWidth(230);
        box.setPadding(new Insets(0, 8, 0, 0));
        return box;
    }

    private Node editor() {
        Label debtor = new Label();
        debtor.setId("letterDebtorName");
        debtor.getStyleClass().add("title-3");
        debtor.textProperty().bind(model.debtorLabelProperty());

        ComboBox<LetterKind> kind = choice("letterKind", "letters.kind",
                FXCollections.observableArrayList(LetterKind.values()),
                k -> messages.get("letter.kind." + k.name()), model.kindProperty(), model::chooseKind);
        ComboBox<DebtorKind> variant = choice("letterVariant", "letters.variant",
                FXCollections.observableArrayList(DebtorKind.values()),
                k -> messages.get("letter.debtorKind." + k.name()), model.variantProperty(), model::chooseVariant);
        ComboBox<LetterLanguage> language = choice("letterLanguage", "letters.language",
                FXCollections.observableArrayList(LetterLanguage.values()),
                l -> messages.get("letter.language." + l.name()), model.languageProperty(), model::chooseLanguage);
        DatePicker date = datePicker("letterDate", "letters.date", model.dateProperty(), model::chooseDate);
        DatePicker deadline = datePicker("letterDeadline", "letters.deadline", model.deadlineProperty(),
                model::chooseDeadline);

        kind.setPrefWidth(210);
        variant.setPrefWidth(150);
        language.setPrefWidth(150);
        for (Region box : java.util.List.of(kind, variant, language)) {
            box.setMinWidth(Region.USE_PREF_SIZE); // "Première relance", "Professionnel" read in full
        }
        GridPane choices = new GridPane();
        choices.setHgap(10);
        choices.setVgap(6);
        choices.addRow(0, label("letters.kind"), kind, label("letters.variant"), variant);
        choices.addRow(1, label("letters.date"), date, label("letters.language"), language);
        choices.addRow(2, label("letters.deadline"), deadline);

        TextField subject = new TextField();
        subject.setId("letterSubject");
        subject.setAccessibleText(messages.get("letters.subject"));
        subject.textProperty().bindBidirectional(model.subjectProperty());
        TextField reference = new TextField();
        reference.setId("letterReference");
        reference.setAccessibleText(messages.get("letters.reference"));
        reference.setPrefColumnCount(14);
        reference.textProperty().bindBidirectional(model.referenceProperty());
        GridPane heading = new GridPane();
        heading.setHgap(10);
        heading.setVgap(6);
        heading.addRow(0, label("letters.subject"), subject);
        heading.addRow(1, label("letters.reference"), reference);
        GridPane.setHgrow(subject, Priority.ALWAYS);
        GridPane.setFillWidth(reference, false);

        ScrollPane bodyScroll = new ScrollPane(bodyEditor);
        bodyScroll.setId("letterBodyScroll");
        bodyScroll.setFitToWidth(true);
        VBox.setVgrow(bodyScroll, Priority.ALWAYS);
        bodyScroll.setMinHeight(160);

        Label editedNote = new Label(messages.get("letters.edited"));
        editedNote.setId("letterEdited");
        editedNote.getStyleClass().add("text-muted");
        editedNote.visibleProperty().bind(model.editedProperty());
        Button revert = new Button(messages.get("letters.revert"));
        revert.setId("letterRevert");
        revert.disableProperty().bind(model.editedProperty().not());
        revert.setOnAction(event -> model.revertText());
        revert.setMinWidth(Region.USE_PREF_SIZE);
        HBox editBar = new HBox(10, editedNote, revert);
        editBar.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(8, debtor, choices, heading, bodyScroll, editBar, warningsPanel(), outputBar());
        box.setPadding(new Insets(0, 8, 0, 8));
        return box;
    }

    private VBox warningsPanel() {
        Label title = new Label(messages.get("letters.warnings"));
        title.getStyleClass().add("text-bold");
        ListView<LettersViewModel.WarningRow> list = new ListView<>(model.warnings());
        list.setId("letterWarnings");
        list.setPrefHeight(120);
        list.setMinHeight(80);
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(model.checkingProperty())
                .then(messages.get("letters.warnings.checking")).otherwise(messages.get("letters.warnings.none")));
        list.setPlaceholder(placeholder);
        list.setCellFactory(view -> new ListCell<>() {
            {
                setPrefWidth(0); // wrap to the list's width
            }

            @Override
            protected void updateItem(LettersViewModel.WarningRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("letter-warning-blocking", "letter-warning");
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label text = new Label((item.blocking() ? "⛔ " : "⚠ ") + item.message());
                text.setWrapText(true);
                text.maxWidthProperty().bind(list.widthProperty().subtract(30));
                setText(null);
                setGraphic(text);
                getStyleClass().add(item.blocking() ? "letter-warning-blocking" : "letter-warning");
            }
        });
        return new VBox(4, title, list);
    }

    private VBox outputBar() {
        var blocked = model.canPrintProperty().not().or(model.busyProperty());
        Button save = new Button(messages.get("letters.savePdf"));
        save.setId("letterSavePdf");
        save.getStyleClass().add("accent");
        save.setOnAction(event -> model.savePdf());
        save.disableProperty().bind(blocked);
        Button print = new Button(messages.get("letters.print"));
        print.setId("letterPrint");
        print.setOnAction(event -> model.print());
        print.disableProperty().bind(blocked);
        Button open = new Button(messages.get("letters.open"));
        open.setId("letterOpen");
        open.setOnAction(event -> model.openPdf());
        open.disableProperty().bind(blocked);
        ComboBox<LetterChannel> channel = new ComboBox<>(FXCollections.observableArrayList(LetterChannel.POST,
                LetterChannel.REGISTERED));
        channel.setId("letterChannel");
        channel.setAccessibleText(messages.get("letters.channel"));
        channel.setConverter(Pickers.display(c -> messages.get("letters.batch.channel." + c.name())));
        channel.valueProperty().bindBidirectional(model.channelProperty());
        channel.setMinWidth(Region.USE_PREF_SIZE);
        Button markSent = new Button(messages.get("letters.markSent"));
        markSent.setId("letterMarkSent");
        markSent.setOnAction(event -> model.markSent());
        markSent.disableProperty().bind(blocked);
        HBox output = new HBox(10, save, print, open);
        HBox sending = new HBox(10, channel, markSent);
        for (HBox group : java.util.List.of(output, sending)) {
            group.setAlignment(Pos.CENTER_LEFT);
            for (Node node : group.getChildren()) {
                ((Region) node).setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        // Two groups that wrap on a narrow screen (1366 px laptops): on one line they asked the editor for some
        // 750 px, which squeezed the preview out of the window.
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(24, 8, output, sending);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label reason = new Label();
        reason.setId("letterBlockedReason");
        reason.getStyleClass().add("danger");
        reason.setWrapText(true);
        reason.textProperty().bind(model.blockedReasonProperty());
        reason.managedProperty().bind(reason.textProperty().isNotEmpty());
        Label status = new Label();
        status.setId("letterStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        return new VBox(4, buttons, reason, status);
    }

    private BorderPane preview() {
        ImageView image = new ImageView();
        image.setId("letterPreviewImage");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        model.pageProperty().addListener((obs, old, page) -> image.setImage(page == null ? null : toImage(page)));
        StackPane sheet = new StackPane(image);
        sheet.getStyleClass().add("letter-preview-sheet");
        sheet.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(sheet);
        scroll.setId("letterPreviewScroll");
        scroll.setPannable(true);
        // 100 % is the page at the pane's width; the page is rendered at 96 dpi times the zoom, so it stays sharp.
        image.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(200, scroll.getViewportBounds().getWidth() - 26) * model.zoomProperty().get(),
                scroll.viewportBoundsProperty(), model.zoomProperty()));

        Button previous = new Button("◀");
        previous.setId("letterPreviousPage");
        previous.setAccessibleText(messages.get("letters.preview.previous"));
        previous.setOnAction(event -> model.previousPage());
        Button next = new Button("▶");
        next.setId("letterNextPage");
        next.setAccessibleText(messages.get("letters.preview.next"));
        next.setOnAction(event -> model.nextPage());
        Label pageLabel = new Label();
        pageLabel.setId("letterPageLabel");
        pageLabel.textProperty().bind(model.pageLabelProperty());
        Button zoomOut = new Button("−");
        zoomOut.setId("letterZoomOut");
        zoomOut.setAccessibleText(messages.get("letters.preview.zoomOut"));
        zoomOut.setOnAction(event -> model.zoomOut());
        Button zoomIn = new Button("+");
        zoomIn.setId("letterZoomIn");
        zoomIn.setAccessibleText(messages.get("letters.preview.zoomIn"));
        zoomIn.setOnAction(event -> model.zoomIn());
        Label zoom = new Label();
        zoom.setId("letterZoom");
        zoom.textProperty().bind(model.zoomProperty().multiply(100).asString("%.0f %%"));
        Label timing = new Label();
        timing.setId("letterPreviewStatus");
        timing.getStyleClass().add("text-muted");
        timing.textProperty().bind(model.previewStatusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, previous, pageLabel, next, spacer, zoomOut, zoom, zoomIn);
        bar.setAlignment(Pos.CENTER_LEFT);
        BorderPane pane = new BorderPane(scroll);
        pane.setTop(new VBox(4, new Label(messages.get("letters.preview")), bar));
        pane.setBottom(timing);
        pane.setPadding(new Insets(0, 0, 0, 8));
        pane.setMinWidth(300);
        return pane;
    }

    /** The page's pixels as an image, on the JavaFX thread (a few milliseconds for an A4 page at 96 dpi). */
    private static WritableImage toImage(LetterPreview.Page page) {
        WritableImage image = new WritableImage(page.width(), page.height());
        image.getPixelWriter().setPixels(0, 0, page.width(), page.height(), PixelFormat.getIntArgbInstance(),
                page.argb(), 0, page.width());
        return image;
    }

    private Label label(String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A choice list that follows the model and asks it to change (it may refuse, keeping edits). */
    private <T> ComboBox<T> choice(String id, String labelKey, javafx.collections.ObservableList<T> items,
                                   Function<T, String> text, ReadOnlyObjectProperty<T> value, Predicate<T> choose) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setAccessibleText(messages.get(labelKey));
        box.setConverter(Pickers.display(text));
        box.setValue(value.get());
        boolean[] updating = {false};
        value.addListener((obs, old, now) -> {
            updating[0] = true;
            box.setValue(now);
            updating[0] = false;
        });
        box.valueProperty().addListener((obs, old, now) -> {
            if (!updating[0] && now != null && !choose.test(now)) {
                Platform.runLater(() -> box.setValue(value.get()));
            }
        });
        return box;
    }

    private DatePicker datePicker(String id, String labelKey, ReadOnlyObjectProperty<LocalDate> value,
                                  Predicate<LocalDate> choose) {
        DatePicker picker = Pickers.date(id, messages.get(labelKey), formats);
        picker.setPrefWidth(150); // "23/11/2026" and the calendar button without clipping
        picker.setValue(value.get());
        boolean[] updating = {false};
        value.addListener((obs, old, now) -> {
            updating[0] = true;
            picker.setValue(now);
            updating[0] = false;
        });
        picker.valueProperty().addListener((obs, old, now) -> {
            if (!updating[0] && now != null && !choose.test(now)) {
                Platform.runLater(() -> picker.setValue(value.get()));
            }
        });
        return picker;
    }

    /** The body, paragraph by paragraph; tables between them, filled from the data and read-only. */
    static final class BodyEditor extends VBox {

        BodyEditor(LettersViewModel model, Messages messages, Formats formats) {
            super(8);
            setId("letterBody");
            setPadding(new Insets(4));
            TableTexts tables = new TableTexts(messages, formats);
            model.body().addListener((ListChangeListener<LettersViewModel.BodyPart>) change -> {
                getChildren().clear();
                int index = 0;
                for (LettersViewModel.BodyPart part : model.body()) {
                    if (part instanceof LettersViewModel.ParagraphPart paragraph) {
                        TextArea area = new TextArea();
                        area.setId("letterParagraph" + index++);
                        area.setAccessibleText(messages.get("letters.paragraph", index));
                        area.setWrapText(true);
                        area.textProperty().bindBidirectional(paragraph.text());
                        area.setPrefRowCount(Math.max(2, Math.min(10, paragraph.text().get().length() / 70 + 1)));
                        getChildren().add(area);
                    } else if (part instanceof LettersViewModel.TablePart table && model.draftProperty().get() != null) {
                        getChildren().add(tables.table(table.block(), model.draftProperty().get().content()));
                    }
                }
            });
        }
    }
}
