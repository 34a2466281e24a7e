package fr.relance.ui.dossier;

import fr.relance.agency.AgencyCase;
import fr.relance.domain.agency.AgencyAccount;
import fr.relance.domain.agency.AgencyHandover;
import fr.relance.domain.agency.AgencyOutcome;
import fr.relance.domain.agency.AgencyReport;
import fr.relance.domain.agency.AgencyReportStatus;
import fr.relance.domain.agency.CollectionAgency;
import fr.relance.domain.agency.NextStep;
import fr.relance.domain.agency.NextStepKind;
import fr.relance.domain.dossier.ChecklistItem;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.Columns;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The case file's "Dossier" tab: the checklist and its gauge above, ticks by hand under it; below, the agency:
 * the handover form, then the agency's reports, the recall and the outcome, then the next step.
 */
public final class DossierPane extends BorderPane {

    private final DossierViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final Columns columns;
    private final VBox agencySection = new VBox(8);

    public DossierPane(DossierViewModel model, Messages messages, Formats formats) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.columns = new Columns(formats);
        setId("dossierPane");

        ProgressBar gauge = new ProgressBar();
        gauge.setId("dossierGauge");
        gauge.setPrefWidth(220);
        gauge.progressProperty().bind(model.requiredShareProperty());
        Label gaugeText = new Label();
        gaugeText.setId("dossierGaugeText");
        gaugeText.textProperty().bind(model.gaugeProperty());
        HBox gaugeRow = new HBox(12, title(messages.get("dossier.title")), gauge, gaugeText);
        gaugeRow.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("dossierStatus");
        status.getStyleClass().add("success");
        status.textProperty().bind(model.statusProperty());
        collapseWhenEmpty(status);
        Label error = new Label();
        error.setId("dossierError");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        collapseWhenEmpty(error);

        TableView<ChecklistItem> table = checklistTable();
        TextField note = new TextField();
        note.setId("dossierTickNote");
        note.setPromptText(messages.get("dossier.tick.notePrompt"));
        note.textProperty().bindBidirectional(model.tickNoteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button tick = new Button(messages.get("dossier.tick.button"));
        tick.setId("dossierTickButton");
        Button untick = new Button(messages.get("dossier.untick.button"));
        untick.setId("dossierUntickButton");
        var selected = table.getSelectionModel().selectedItemProperty();
        tick.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().present() || !selected.get().manualTickAllowed(), selected).or(model.busyProperty()));
        untick.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().manual() == null || !selected.get().manual().ticked(), selected)
                .or(model.busyProperty()));
        tick.setOnAction(e -> model.tick(selected.get(), true));
        untick.setOnAction(e -> model.tick(selected.get(), false));
        HBox tickRow = new HBox(8, note, tick, untick);
        tickRow.setAlignment(Pos.CENTER_LEFT);

        agencySection.setId("dossierAgencySection");
        model.overviewProperty().addListener((obs, old, now) -> agencySection.getChildren().setAll(agency(now)));
        model.handoverShownProperty().addListener((obs, old, now) ->
                agencySection.getChildren().setAll(agency(model.overviewProperty().get())));

        // The gauge, the outcome of the last action and its refusal stay in sight above the scrolling form: the
        // handover form is at the bottom, and a message at the top of the scrolled content went unseen.
        VBox pinned = new VBox(6, gaugeRow, status, error);
        pinned.setPadding(new Insets(12, 12, 6, 0));
        setTop(pinned);
        VBox content = new VBox(10, table, tickRow, agencySection);
        content.setPadding(new Insets(6, 12, 12, 0));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("dossierScroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);
        // The handover form opens at the bottom of the tab, under the checklist: bring it into view.
        model.handoverShownProperty().addListener((obs, old, shown) -> {
            if (shown) {
                javafx.application.Platform.runLater(() -> {
                    scroll.applyCss();
                    scroll.layout();
                    // From the top, then to the end: the skin places the grown content afresh.
                    scroll.setVvalue(scroll.getVmin());
                    scroll.setVvalue(scroll.getVmax());
                });
            }
        });
    }

    private TableView<ChecklistItem> checklistTable() {
        TableView<ChecklistItem> table = new TableView<>(model.items());
        table.setId("dossierChecklist");
        table.setPrefHeight(345);
        table.setMinHeight(240);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("dossier.loading")));
        var item = columns.text(messages.get("dossier.column.item"), (ChecklistItem i) ->
                model.texts().label(i.item()) + (i.required() ? " *" : ""));
        item.setPrefWidth(300);
        item.setMaxWidth(380); // the justification (last column) takes the rest: it says what to do
        var state = columns.text(messages.get("dossier.column.status"), (ChecklistItem i) -> model.texts().status(i)
                + (i.present() ? " · " + messages.get("dossier.how." + i.how().name()) : ""));
        state.setPrefWidth(170);
        state.setMaxWidth(200);
        var evidence = columns.text(messages.get("dossier.column.evidence"), model.texts()::evidence);
        // A long label or justification (thirty invoice numbers missing their copy) wraps instead of ending in "…".
        item.setCellFactory(c -> wrapping());
        evidence.setCellFactory(c -> wrapping());
        table.getColumns().add(item);
        table.getColumns().add(state);
        table.getColumns().add(evidence);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ChecklistItem row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("dossier-missing", "dossier-missing-required");
                if (!empty && row != null && !row.present()) {
                    getStyleClass().add(row.required() ? "dossier-missing-required" : "dossier-missing");
                }
            }
        });
        return table;
    }

    private static TableCell<ChecklistItem, String> wrapping() {
        TableCell<ChecklistItem, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // The row's height is capped by the theme: the whole sentence stays one hover away.
                setTooltip(empty || text == null || text.isEmpty() ? null : new javafx.scene.control.Tooltip(text));
            }
        };
        cell.setWrapText(true);
        return cell;
    }

    private Node[] agency(AgencyCase loaded) {
        if (loaded == null) {
            return new Node[0];
        }
        AgencyHandover current = loaded.current();
        if (current == null) {
            return model.handoverShownProperty().get() ? new Node[] {handoverForm(loaded)}
                    : new Node[] {title(messages.get("handover.title")), handoverButton(loaded)};
        }
        VBox box = new VBox(8, title(messages.get("handover.with", current.agencyName())), handedOver(current),
                account(loaded.account()), reportsTable(loaded));
        if (current.active()) {
            box.getChildren().addAll(reportForm(), recallRow());
        } else {
            box.getChildren().add(afterAgency(loaded, current));
        }
        return new Node[] {box};
    }

    private Node handoverButton(AgencyCase loaded) {
        Button start = new Button(messages.get("handover.start"));
        start.setId("handoverStartButton");
        start.disableProperty().bind(model.busyProperty());
        start.setOnAction(e -> model.startHandover());
        start.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the long hint beside it wraps, not the button
        Label hint = muted(loaded.agencies().isEmpty() ? messages.get("handover.noAgency")
                : loaded.checklist().gauge().complete() ? messages.get("handover.ready")
                : messages.get("handover.blocked", model.missingProperty().get()));
        hint.setId("handoverHint");
        HBox row = new HBox(12, start, hint);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node handoverForm(AgencyCase loaded) {
        ComboBox<CollectionAgency> agency = new ComboBox<>();
        agency.setId("handoverAgency");
        agency.getItems().setAll(loaded.agencies());
        agency.setPromptText(messages.get("handover.chooseAgency"));
        agency.setCellFactory(c -> agencyCell());
        agency.setButtonCell(agencyCell());
        agency.valueProperty().bindBidirectional(model.agencyProperty());
        Label estimate = new Label();
        estimate.setId("handoverEstimate");
        estimate.setWrapText(true);
        estimate.textProperty().bind(model.estimateProperty());
        VBox form = new VBox(8, title(messages.get("handover.title")), labelled("handover.agency", agency), estimate);
        if (!loaded.checklist().missingRequired().isEmpty()) {
            Label missing = new Label(messages.get("handover.missing", model.missingProperty().get()));
            missing.setId("handoverMissing");
            missing.getStyleClass().add("warning");
            missing.setWrapText(true);
            TextField reason = new TextField();
            reason.setId("handoverOverrideReason");
            reason.setPromptText(messages.get("handover.overridePrompt"));
            reason.textProperty().bindBidirectional(model.overrideReasonProperty());
            form.getChildren().addAll(missing, labelled("handover.override", reason));
        }
        Button confirm = new Button(messages.get(loaded.checklist().missingRequired().isEmpty()
                ? "handover.confirm" : "handover.confirmOverride"));
        confirm.setId("handoverConfirmButton");
        confirm.getStyleClass().add("accent");
        confirm.disableProperty().bind(model.busyProperty());
        confirm.setOnAction(e -> model.handOver());
        Button cancel = new Button(messages.get("handover.cancel"));
        cancel.setId("handoverCancelButton");
        cancel.setOnAction(e -> model.cancelHandover());
        cancel.disableProperty().bind(model.busyProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("handoverProgress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(model.exportProgressProperty());
        Button stop = new Button(messages.get("handover.exportCancel"));
        stop.setId("handoverExportCancelButton");
        stop.setOnAction(e -> model.cancelExport());
        Label writing = muted(messages.get("handover.exporting"));
        HBox exporting = new HBox(8, progress, writing, stop);
        exporting.setAlignment(Pos.CENTER_LEFT);
        exporting.visibleProperty().bind(model.exportingProperty());
        exporting.managedProperty().bind(model.exportingProperty());
        HBox actions = new HBox(8, confirm, cancel);
        actions.setAlignment(Pos.CENTER_LEFT);
        form.getChildren().addAll(actions, exporting);
        form.setId("handoverForm");
        form.getStyleClass().add("dossier-form");
        return form;
    }

    private ListCell<CollectionAgency> agencyCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(CollectionAgency item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        };
    }

    private Node handedOver(AgencyHandover current) {
        String text = messages.get("handover.summary", formats.date(current.handedOverOn()),
                formats.money(current.balance()), current.dossierFile(), current.dossierSha256());
        if (current.overrideReason() != null) {
            text += "\n" + messages.get("handover.overridden", current.overrideReason());
        }
        if (current.outcome() != null) {
            text += "\n" + messages.get("handover.outcome", messages.get("dossier.outcome." + current.outcome().name()),
                    formats.date(current.endedOn()));
        }
        Label label = new Label(text);
        label.setId("handoverSummary");
        label.setWrapText(true);
        return label;
    }

    private Node account(AgencyAccount account) {
        Label label = new Label(messages.get("agencyAccount.summary", formats.money(account.collected()),
                formats.money(account.fees()), formats.money(account.net()), formats.money(account.pendingRemittance()),
                formats.money(account.remaining())));
        label.setId("agencyAccount");
        label.setWrapText(true);
        return label;
    }

    private Node reportsTable(AgencyCase loaded) {
        TableView<AgencyReport> table = new TableView<>();
        table.setId("agencyReports");
        table.getItems().setAll(loaded.reports());
        table.setPrefHeight(140);
        table.setPlaceholder(new Label(messages.get("agencyReport.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(columns.date(messages.get("agencyReport.column.date"), AgencyReport::reportedOn));
        table.getColumns().add(columns.text(messages.get("agencyReport.column.status"), r ->
                messages.get("agencyReport.status." + r.status().name())
                        + (r.reversed() ? " " + messages.get("agencyReport.reversed") : "")));
        table.getColumns().add(columns.money(messages.get("agencyReport.column.collected"),
                AgencyReport::amountCollected, false));
        table.getColumns().add(columns.money(messages.get("agencyReport.column.fee"), AgencyReport::feeInvoiced, false));
        table.getColumns().add(columns.text(messages.get("agencyReport.column.note"),
                r -> r.note() == null ? "" : r.note()));
        return table;
    }

    private Node reportForm() {
        DatePicker date = new DatePicker();
        date.setId("reportDate");
        date.valueProperty().bindBidirectional(model.reportDateProperty());
        date.setPrefWidth(140);
        ComboBox<AgencyReportStatus> status = new ComboBox<>();
        status.setId("reportStatus");
        status.getItems().setAll(AgencyReportStatus.values());
        status.setPromptText(messages.get("agencyReport.column.status"));
        status.setCellFactory(c -> statusCell());
        status.setButtonCell(statusCell());
        status.valueProperty().bindBidirectional(model.reportStatusProperty());
        TextField collected = field("reportCollected", "agencyReport.column.collected", model.reportCollectedProperty());
        TextField fee = field("reportFee", "agencyReport.column.fee", model.reportFeeProperty());
        TextField note = field("reportNote", "agencyReport.column.note", model.reportNoteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button record = new Button(messages.get("agencyReport.record"));
        record.setId("reportRecordButton");
        record.disableProperty().bind(model.busyProperty());
        record.setOnAction(e -> model.recordReport());
        HBox row = new HBox(8, date, status, collected, fee, note, record);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, muted(messages.get("agencyReport.title")), row);
    }

    private ListCell<AgencyReportStatus> statusCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(AgencyReportStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get("agencyReport.status." + item.name()));
            }
        };
    }

    private Node recallRow() {
        TextField reason = field("recallReason", "handover.recallPrompt", model.recallReasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button recall = new Button(messages.get("handover.recall"));
        recall.setId("recallButton");
        recall.disableProperty().bind(model.busyProperty());
        recall.setOnAction(e -> model.recall());
        Button end = new Button(messages.get("handover.end"));
        end.setId("endMandateButton");
        end.disableProperty().bind(model.busyProperty());
        end.setOnAction(e -> model.endMandate());
        HBox row = new HBox(8, reason, recall, end);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node afterAgency(AgencyCase loaded, AgencyHandover current) {
        VBox box = new VBox(8);
        box.setId("afterAgency");
        if (current.nextStep() != null) {
            box.getChildren().add(new Label(messages.get("dossier.next.decided",
                    messages.get("dossier.next." + current.nextStep().name()))));
            return box;
        }
        if (current.outcome() == AgencyOutcome.PAID || loaded.nextSteps().isEmpty()) {
            Button close = new Button(messages.get("dossier.closePaid"));
            close.setId("closePaidButton");
            close.setOnAction(e -> model.closePaid());
            box.getChildren().addAll(muted(messages.get("dossier.paidHint")), close);
            return box;
        }
        box.getChildren().add(title(messages.get("dossier.next.title")));
        TextField note = field("stepNote", "dossier.next.notePrompt", model.stepNoteProperty());
        box.getChildren().add(note);
        for (NextStep step : loaded.nextSteps()) {
            Label heading = new Label(model.texts().stepTitle(step));
            heading.getStyleClass().add("text-bold");
            Label reason = new Label(model.texts().stepReason(step));
            reason.setWrapText(true);
            VBox entry = new VBox(4, heading, reason);
            entry.setId("nextStep-" + step.kind().name());
            if (step.kind() == NextStepKind.WRITE_OFF) {
                entry.getChildren().add(writeOff());
            } else {
                Button engage = new Button(messages.get("dossier.next.engage"));
                engage.setId("engage-" + step.kind().name());
                engage.disableProperty().bind(model.busyProperty());
                engage.setOnAction(e -> model.engage(step.kind()));
                entry.getChildren().add(engage);
            }
            entry.getStyleClass().add("dossier-form");
            box.getChildren().add(entry);
        }
        return box;
    }

    private Node writeOff() {
        TextArea wording = new TextArea();
        wording.setId("vatWording");
        wording.setEditable(false);
        wording.setWrapText(true);
        wording.setPrefRowCount(7);
        wording.textProperty().bind(model.vatWordingProperty());
        Button copy = new Button(messages.get("dossier.vat.copy"));
        copy.setId("copyVatWording");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.vatWordingProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        TextField reason = field("writeOffReason", "dossier.writeOff.reasonPrompt", model.writeOffReasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button writeOff = new Button(messages.get("dossier.writeOff"));
        writeOff.setId("writeOffButton");
        writeOff.getStyleClass().add("danger");
        writeOff.disableProperty().bind(model.busyProperty());
        writeOff.setOnAction(e -> model.writeOff());
        HBox row = new HBox(8, reason, writeOff);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, wording, new FlowPane(8, 8, copy), row);
    }

    private TextField field(String id, String promptKey, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(messages.get(promptKey));
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private VBox labelled(String key, Node control) {
        Label caption = muted(messages.get(key));
        return new VBox(2, caption, control);
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }

    private static void collapseWhenEmpty(Label label) {
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
    }
}
