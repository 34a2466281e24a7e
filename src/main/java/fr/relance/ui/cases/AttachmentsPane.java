package fr.relance.ui.cases;

import fr.relance.documents.AttachmentService;
import fr.relance.documents.DocumentPreview;
import fr.relance.documents.InspectedFile;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.domain.documents.StoredDocument;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.Columns;
import fr.relance.ui.common.Pickers;
import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The case file's "Pièces" tab: the documents table, the form of the file being added, and the preview. Files are
 * dropped anywhere on the tab or chosen with the button.
 */
public final class AttachmentsPane extends BorderPane {

    private final AttachmentsViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final StackPane preview = new StackPane();

    public AttachmentsPane(AttachmentsViewModel model, Messages messages, Formats formats) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        setId("attachmentsPane");
        setPadding(new Insets(8, 0, 0, 0));

        TableView<StoredDocument> table = table();
        preview.setId("documentPreview");
        preview.setMinWidth(260);
        model.previewProperty().addListener((obs, old, shown) -> showPreview());
        model.previewLoadingProperty().addListener((obs, old, shown) -> showPreview());
        model.selectedProperty().addListener((obs, old, shown) -> showPreview());
        showPreview();
        SplitPane split = new SplitPane(table, preview);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.6);

        VBox top = new VBox(6, toolbar(table), progressRow(), form());
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);
        setCenter(split);
        acceptDrops();
    }

    private Node toolbar(TableView<StoredDocument> table) {
        Label title = new Label(messages.get("document.title"));
        title.getStyleClass().add("title-4");
        Label hint = new Label(messages.get("document.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Button add = new Button(messages.get("document.add"));
        add.setId("addDocumentButton");
        add.getStyleClass().add("accent");
        add.disableProperty().bind(model.busyProperty());
        add.setOnAction(event -> model.chooseFile());
        Button open = new Button(messages.get("document.open"));
        open.setId("openDocumentButton");
        open.disableProperty().bind(model.selectedProperty().isNull());
        open.setOnAction(event -> model.openSelected());
        Button withdraw = new Button(messages.get("document.withdraw"));
        withdraw.setId("withdrawDocumentButton");
        withdraw.disableProperty().bind(Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null
                || model.selectedProperty().get().withdrawn(), model.selectedProperty()));
        withdraw.setOnAction(event -> model.withdrawSelected());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, add, open, withdraw);
        bar.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, bar, hint);
    }

    private Node progressRow() {
        Label status = new Label();
        status.setId("documentStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("documentProgress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.busyProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Button cancel = new Button(messages.get("document.cancel"));
        cancel.setId("cancelDocumentButton");
        cancel.visibleProperty().bind(model.cancellableProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(event -> model.cancelAdd());
        HBox row = new HBox(10, bar, cancel, status);
        row.setAlignment(Pos.CENTER_LEFT);
        row.managedProperty().bind(model.busyProperty().or(status.textProperty().isNotEmpty()));
        row.visibleProperty().bind(row.managedProperty());
        return row;
    }

    /** Kind, date and note of the file checked, shown until it is attached or skipped. */
    private Node form() {
        Label title = new Label();
        title.getStyleClass().add("title-4");
        Label details = new Label();
        details.setId("documentFormDetails");
        details.getStyleClass().add("text-muted");
        Label misnamed = new Label();
        misnamed.setId("documentMisnamed");
        misnamed.getStyleClass().add("warning");
        misnamed.setWrapText(true);
        misnamed.managedProperty().bind(misnamed.textProperty().isNotEmpty());
        Label queue = new Label();
        queue.getStyleClass().add("text-muted");
        queue.textProperty().bind(Bindings.createStringBinding(() -> model.waitingCountProperty().get() == 0 ? ""
                : messages.get("document.form.queue", model.waitingCountProperty().get()), model.waitingCountProperty()));

        ComboBox<DocumentKind> kind = new ComboBox<>();
        kind.setId("documentKind");
        kind.getItems().setAll(DocumentKind.ATTACHABLE);
        kind.setPromptText(messages.get("document.form.kind"));
        kind.setAccessibleText(messages.get("document.form.kind"));
        kind.setConverter(Pickers.display(value -> messages.get("document.kind." + value.name())));
        kind.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DocumentKind value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : messages.get("document.kind." + value.name()));
            }
        });
        kind.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(DocumentKind value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? messages.get("document.form.kind")
                        : messages.get("document.kind." + value.name()));
            }
        });
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setMaxWidth(Double.MAX_VALUE);
        DatePicker date = Pickers.date("documentDate", messages.get("document.form.date"), formats);
        date.valueProperty().bindBidirectional(model.documentDateProperty());
        date.setMaxWidth(Double.MAX_VALUE);
        TextField note = new TextField();
        note.setId("documentNote");
        note.setPromptText(messages.get("document.form.notePrompt"));
        note.setAccessibleText(messages.get("document.form.note"));
        note.textProperty().bindBidirectional(model.noteProperty());
        note.setPrefColumnCount(30);
        Button attach = new Button(messages.get("document.form.attach"));
        attach.setId("attachDocumentButton");
        attach.getStyleClass().add("accent");
        attach.disableProperty().bind(model.busyProperty());
        attach.setOnAction(event -> model.attachPending());
        Button skip = new Button(messages.get("document.form.skip"));
        skip.setId("skipDocumentButton");
        skip.disableProperty().bind(model.busyProperty());
        skip.setOnAction(event -> model.skipPending());

        VBox kindField = field("document.form.kind", kind, "kind", 240);
        VBox dateField = field("document.form.date", date, "documentDate", 150);
        VBox noteField = field("document.form.note", note, "note", Double.MAX_VALUE);
        HBox.setHgrow(noteField, Priority.ALWAYS);
        attach.setMinWidth(Region.USE_PREF_SIZE);
        skip.setMinWidth(Region.USE_PREF_SIZE);
        VBox buttons = new VBox(new Label(" "), new HBox(8, attach, skip));
        HBox fields = new HBox(10, kindField, dateField, noteField, buttons);

        HBox heading = new HBox(10, title, details, queue);
        heading.setAlignment(Pos.BASELINE_LEFT);
        VBox form = new VBox(4, heading, misnamed, fields);
        form.setId("documentForm");
        form.getStyleClass().add("document-form");
        form.setPadding(new Insets(8));
        form.visibleProperty().bind(model.pendingProperty().isNotNull());
        form.managedProperty().bind(form.visibleProperty());
        model.pendingProperty().addListener((obs, old, file) -> {
            if (file == null) {
                return;
            }
            title.setText(messages.get("document.form.title", file.fileName()));
            details.setText(details(file));
            misnamed.setText(file.misnamed()
                    ? messages.get("document.form.misnamed", AttachmentService.label(file.type())) : "");
            kind.requestFocus();
        });
        return form;
    }

    /** Caption, input and the problem under it, the problem wrapping within the input's width. */
    private VBox field(String captionKey, Node input, String errorField, double width) {
        Label error = error(errorField);
        error.setMaxWidth(width);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        VBox box = new VBox(2, caption(captionKey), input, error);
        if (width != Double.MAX_VALUE) {
            box.setPrefWidth(width);
            box.setMinWidth(width);
            box.setMaxWidth(width);
        }
        return box;
    }

    private String details(InspectedFile file) {
        String text = messages.get("document.form.details", AttachmentService.label(file.type()),
                formats.fileSize(file.size()));
        return file.pageCount() > 0 ? text + " · " + messages.get("document.form.pages", file.pageCount()) : text;
    }

    private Label error(String field) {
        Label error = new Label();
        error.setId("documentError-" + field);
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        model.errors().addListener((MapChangeListener<String, String>) change -> {
            String message = model.errors().get(field);
            error.setText(message == null ? "" : message);
        });
        return error;
    }

    private Label caption(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("text-muted");
        return label;
    }

    private TableView<StoredDocument> table() {
        Columns columns = new Columns(formats);
        TableView<StoredDocument> table = new TableView<>(model.documents());
        table.setId("documentsTable");
        Label placeholder = new Label(messages.get("document.empty"));
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(460);
        placeholder.getStyleClass().add("text-muted");
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var kind = columns.text(messages.get("document.column.kind"),
                (StoredDocument d) -> messages.get("document.kind." + d.kind().name()));
        kind.setPrefWidth(130);
        var date = columns.date(messages.get("document.column.date"), StoredDocument::documentDate);
        date.setPrefWidth(85);
        var name = columns.text(messages.get("document.column.name"), StoredDocument::fileName);
        name.setPrefWidth(190);
        TableColumn<StoredDocument, Long> size = new TableColumn<>(messages.get("document.column.size"));
        size.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sizeBytes()));
        size.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long bytes, boolean empty) {
                super.updateItem(bytes, empty);
                setText(empty || bytes == null ? null : formats.fileSize(bytes));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        size.setPrefWidth(70);
        var note = columns.text(messages.get("document.column.note"), (StoredDocument d) -> d.withdrawn()
                ? messages.get("document.withdrawn", formats.date(d.withdrawnOn()), d.withdrawalReason())
                : d.note());
        note.setPrefWidth(150);
        var added = columns.text(messages.get("document.column.added"), (StoredDocument d) -> messages.get(
                "document.added", formats.date(d.addedAt() == null ? null : d.addedAt().toLocalDate()), d.addedBy()));
        added.setPrefWidth(140);
        table.getColumns().addAll(List.of(kind, date, name, size, note, added));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(StoredDocument document, boolean empty) {
                super.updateItem(document, empty);
                getStyleClass().remove("withdrawn-document");
                if (!empty && document != null && document.withdrawn()) {
                    getStyleClass().add("withdrawn-document");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, document) -> {
            if (document != model.selectedProperty().get()) {
                model.select(document);
            }
        });
        model.selectedProperty().addListener((obs, old, document) -> {
            if (document != null && table.getSelectionModel().getSelectedItem() != document) {
                table.getSelectionModel().select(document);
            }
        });
        return table;
    }

    private void showPreview() {
        StoredDocument document = model.selectedProperty().get();
        DocumentPreview shown = model.previewProperty().get();
        Node content;
        if (document == null) {
            content = muted(messages.get("document.preview.none"));
        } else if (shown == null) {
            content = muted(messages.get("document.preview.loading"));
        } else if (shown instanceof DocumentPreview.Picture picture) {
            content = picture(picture);
        } else if (shown instanceof DocumentPreview.Mail mail) {
            content = mail(mail);
        } else {
            content = muted(messages.get(((DocumentPreview.Unavailable) shown).reasonKey()));
        }
        VBox box = new VBox(6);
        box.setPadding(new Insets(0, 0, 0, 8));
        if (document != null && document.withdrawn()) {
            Label withdrawn = new Label(messages.get("document.preview.withdrawn", formats.date(document.withdrawnOn()),
                    document.withdrawalReason()));
            withdrawn.setId("documentWithdrawnBanner");
            withdrawn.getStyleClass().add("danger");
            withdrawn.setWrapText(true);
            box.getChildren().add(withdrawn);
        }
        box.getChildren().add(content);
        VBox.setVgrow(content, Priority.ALWAYS);
        preview.getChildren().setAll(box);
    }

    private Node picture(DocumentPreview.Picture picture) {
        WritableImage image = new WritableImage(picture.width(), picture.height());
        image.getPixelWriter().setPixels(0, 0, picture.width(), picture.height(), PixelFormat.getIntArgbInstance(),
                picture.argb(), 0, picture.width());
        ImageView view = new ImageView(image);
        view.setId("documentPreviewImage");
        view.setPreserveRatio(true);
        view.setSmooth(true);
        StackPane frame = new StackPane(view);
        frame.getStyleClass().add("document-page");
        ScrollPane scroll = new ScrollPane(frame);
        scroll.setFitToWidth(true);
        view.fitWidthProperty().bind(Bindings.createDoubleBinding(() ->
                Math.min(picture.width(), Math.max(100, scroll.getViewportBounds().getWidth() - 16)),
                scroll.viewportBoundsProperty()));
        VBox box = new VBox(4, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        if (picture.pageCount() > 0) {
            Label pages = new Label(messages.get("document.preview.page", picture.pageCount()));
            pages.setId("documentPreviewPages");
            pages.getStyleClass().add("text-muted");
            box.getChildren().add(0, pages);
        }
        return box;
    }

    private Node mail(DocumentPreview.Mail mail) {
        GridPane headers = new GridPane();
        headers.setId("documentPreviewMail");
        headers.setHgap(8);
        headers.setVgap(2);
        int row = 0;
        row = header(headers, row, "document.preview.from", mail.from());
        row = header(headers, row, "document.preview.to", mail.to());
        row = header(headers, row, "document.preview.cc", mail.cc());
        row = header(headers, row, "document.preview.date", mail.sentAt() == null ? ""
                : formats.date(mail.sentAt().toLocalDate()) + " " + mail.sentAt().toLocalTime().withNano(0));
        header(headers, row, "document.preview.subject", mail.subject());
        TextArea body = new TextArea(mail.body());
        body.setId("documentPreviewBody");
        body.setEditable(false);
        body.setWrapText(true);
        VBox box = new VBox(6, headers, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        if (!mail.attachmentNames().isEmpty()) {
            Label files = new Label(messages.get("document.preview.attachments", String.join(", ", mail.attachmentNames())));
            files.getStyleClass().add("text-muted");
            files.setWrapText(true);
            box.getChildren().add(files);
        }
        return box;
    }

    private int header(GridPane grid, int row, String key, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label name = caption(key);
        Label text = new Label(value);
        text.setWrapText(true);
        grid.addRow(row, name, text);
        return row + 1;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        label.setMaxWidth(360);
        StackPane.setAlignment(label, Pos.CENTER);
        return label;
    }

    /** Files dragged from the file manager onto the tab are checked and described one after the other. */
    private void acceptDrops() {
        setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && !model.busyProperty().get()) {
                event.acceptTransferModes(TransferMode.COPY);
                if (!getStyleClass().contains("drop-target")) {
                    getStyleClass().add("drop-target");
                }
            }
            event.consume();
        });
        setOnDragExited(event -> getStyleClass().remove("drop-target"));
        setOnDragDropped(this::dropped);
    }

    private void dropped(DragEvent event) {
        getStyleClass().remove("drop-target");
        boolean accepted = event.getDragboard().hasFiles();
        if (accepted) {
            model.addFiles(event.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        event.setDropCompleted(accepted);
        event.consume();
    }
}
