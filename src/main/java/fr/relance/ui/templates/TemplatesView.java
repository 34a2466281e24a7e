package fr.relance.ui.templates;

import fr.relance.domain.letters.LetterTemplate;
import fr.relance.domain.letters.TemplateText;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.Columns;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Paramètres > Modèles de courrier: the list of templates, the editor (subject and body, placeholders
 * highlighted, problems listed with their line and column), the placeholder catalogue and the versions.
 */
public final class TemplatesView extends BorderPane {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final TemplatesViewModel model;
    private final Messages messages;
    private final CodeArea bodyArea = new CodeArea();
    private final TextField subjectField = new TextField();
    /** Where "Insert" puts a placeholder: the subject when it had the focus last, else the body. */
    private boolean subjectLastFocused;

    public TemplatesView(TemplatesViewModel model, Messages messages, Formats formats) {
        this.model = model;
        this.messages = messages;
        setId("templatesView");
        getStylesheets().add(TemplatesView.class.getResource("templates.css").toExternalForm());
        SplitPane split = new SplitPane(templateList(formats), editor(), sidePanel());
        split.setDividerPositions(0.30, 0.75);
        setCenter(split);
        setPadding(new Insets(8));
    }

    private TableView<LetterTemplate> templateList(Formats formats) {
        Columns columns = new Columns(formats);
        TableView<LetterTemplate> table = new TableView<>(model.rows());
        table.setId("templatesTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(columns.text(messages.get("templates.column.kind"),
                t -> messages.get("letter.kind." + t.kind().name())));
        table.getColumns().add(columns.text(messages.get("templates.column.debtorKind"),
                t -> messages.get("letter.debtorKind." + t.key().debtorKind().name())));
        table.getColumns().add(columns.text(messages.get("templates.column.language"),
                t -> t.key().language().code().toUpperCase(java.util.Locale.ROOT)));
        table.getColumns().add(columns.text(messages.get("templates.column.version"),
                t -> String.valueOf(t.version())));
        table.getColumns().get(0).setPrefWidth(165);
        table.getColumns().get(1).setPrefWidth(105);
        table.getColumns().get(2).setPrefWidth(70);
        table.getColumns().get(3).setPrefWidth(70);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !model.select(now)) {
                Platform.runLater(() -> table.getSelectionModel().select(model.selectedProperty().get()));
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        table.setMinWidth(300);
        return table;
    }

    private VBox editor() {
        Label heading = new Label();
        heading.setId("templateHeading");
        heading.getStyleClass().add("title-4");
        heading.textProperty().bind(model.headingProperty());

        Label subjectLabel = new Label(messages.get("templates.subject"));
        subjectField.setId("templateSubject");
        subjectField.setAccessibleText(messages.get("templates.subject"));
        subjectField.textProperty().bindBidirectional(model.subjectProperty());
        subjectLabel.setLabelFor(subjectField);
        subjectField.focusedProperty().addListener((obs, old, now) -> {
            if (now) {
                subjectLastFocused = true;
            }
        });
        model.subjectTextProperty().addListener((obs, old, now) -> {
            boolean bad = now != null && !now.isValid();
            subjectField.pseudoClassStateChanged(DANGER, bad);
            subjectField.setTooltip(bad ? new Tooltip(model.problems().get(0).message()) : null);
        });

        Label bodyLabel = new Label(messages.get("templates.body"));
        bodyArea.setId("templateBody");
        bodyArea.setAccessibleText(messages.get("templates.body"));
        bodyArea.getStyleClass().add("template-editor");
        bodyArea.setWrapText(true);
        bodyArea.setParagraphGraphicFactory(LineNumberFactory.get(bodyArea));
        bodyArea.textProperty().addListener((obs, old, now) -> {
            if (!now.equals(model.bodyProperty().get())) {
                model.bodyProperty().set(now);
            }
        });
        bodyArea.focusedProperty().addListener((obs, old, now) -> {
            if (now) {
                subjectLastFocused = false;
            }
        });
        model.bodyProperty().addListener((obs, old, now) -> {
            if (!bodyArea.getText().equals(now)) {
                bodyArea.replaceText(now == null ? "" : now);
                bodyArea.moveTo(0);
                bodyArea.showParagraphAtTop(0);
            }
            highlight();
        });
        model.bodyTextProperty().addListener((obs, old, now) -> highlight());
        bodyArea.disableProperty().bind(model.selectedProperty().isNull());
        subjectField.disableProperty().bind(model.selectedProperty().isNull());
        VirtualizedScrollPane<CodeArea> bodyScroll = new VirtualizedScrollPane<>(bodyArea);
        VBox.setVgrow(bodyScroll, Priority.ALWAYS);
        Label hint = new Label(messages.get("templates.bodyHint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);

        ListView<TemplatesViewModel.ProblemRow> problems = new ListView<>(model.problems());
        problems.setId("templateProblems");
        problems.setPrefHeight(110);
        problems.setMinHeight(70);
        problems.setPlaceholder(new Label(messages.get("templates.noProblem")));
        problems.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TemplatesViewModel.ProblemRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.where() + " – " + row.message());
                setWrapText(true);
                setPrefWidth(0);
                getStyleClass().remove("template-problem");
                if (!empty && row != null) {
                    getStyleClass().add("template-problem");
                }
            }
        });
        problems.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> showProblem(row));

        Label summary = new Label();
        summary.setId("templateProblemSummary");
        summary.getStyleClass().add("danger");
        summary.setWrapText(true);
        summary.textProperty().bind(model.problemSummaryProperty());
        summary.managedProperty().bind(summary.textProperty().isNotEmpty());

        Button save = new Button(messages.get("templates.save"));
        save.setId("saveTemplateButton");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(event -> model.save());
        Button revert = new Button(messages.get("templates.revert"));
        revert.setId("revertTemplateButton");
        revert.disableProperty().bind(model.dirtyProperty().not());
        revert.setOnAction(event -> model.revert());
        Label status = new Label();
        status.setId("templateStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        revert.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        HBox actions = new HBox(10, save, revert);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label empty = new Label(messages.get("templates.empty"));
        empty.getStyleClass().add("text-muted");
        empty.visibleProperty().bind(model.selectedProperty().isNull());
        empty.managedProperty().bind(empty.visibleProperty());

        VBox editor = new VBox(6, empty, heading, subjectLabel, subjectField, bodyLabel, bodyScroll, hint, problems,
                summary, actions, status);
        editor.setPadding(new Insets(0, 10, 0, 10));
        return editor;
    }

    private VBox sidePanel() {
        Label catalogueLabel = new Label(messages.get("templates.catalogue"));
        catalogueLabel.getStyleClass().add("title-4");
        ListView<TemplatesViewModel.PlaceholderRow> catalogue = new ListView<>(model.catalogue());
        catalogue.setId("placeholderList");
        catalogue.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TemplatesViewModel.PlaceholderRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                Label name = new Label(row.placeholder().written());
                name.getStyleClass().add("placeholder-name");
                Label description = new Label(row.group() + " · " + row.description());
                description.getStyleClass().addAll("text-muted", "placeholder-description");
                description.maxWidthProperty().bind(list.widthProperty().subtract(40));
                setGraphic(new VBox(1, name, description));
                setText(null);
                setTooltip(new Tooltip(row.description()));
            }
        });
        catalogue.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                insert(catalogue.getSelectionModel().getSelectedItem());
            }
        });
        Label catalogueHint = new Label(messages.get("templates.catalogue.hint"));
        catalogueHint.getStyleClass().add("text-muted");
        catalogueHint.setWrapText(true);
        Button insert = new Button(messages.get("templates.insert"));
        insert.setId("insertPlaceholderButton");
        insert.disableProperty().bind(catalogue.getSelectionModel().selectedItemProperty().isNull());
        insert.setOnAction(event -> insert(catalogue.getSelectionModel().getSelectedItem()));

        Label versionsLabel = new Label(messages.get("templates.history"));
        versionsLabel.getStyleClass().add("title-4");
        ListView<TemplatesViewModel.VersionRow> versions = new ListView<>(model.versions());
        versions.setId("templateVersions");
        versions.setPrefHeight(150);
        versions.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TemplatesViewModel.VersionRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.label());
            }
        });
        Button restore = new Button(messages.get("templates.restore"));
        restore.setId("restoreVersionButton");
        restore.disableProperty().bind(versions.getSelectionModel().selectedItemProperty().isNull()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
                    TemplatesViewModel.VersionRow row = versions.getSelectionModel().getSelectedItem();
                    return row == null || row.current();
                }, versions.getSelectionModel().selectedItemProperty())));
        restore.setOnAction(event -> model.restore(versions.getSelectionModel().getSelectedItem()));

        VBox side = new VBox(6, catalogueLabel, catalogueHint, catalogue, insert, versionsLabel, versions, restore);
        VBox.setVgrow(catalogue, Priority.ALWAYS);
        side.setPadding(new Insets(0, 0, 0, 10));
        side.setMinWidth(240);
        return side;
    }

    private void insert(TemplatesViewModel.PlaceholderRow row) {
        if (row == null || model.selectedProperty().get() == null) {
            return;
        }
        String written = row.placeholder().written();
        if (subjectLastFocused && !row.placeholder().isTable()) {
            subjectField.insertText(subjectField.getCaretPosition(), written);
            subjectField.requestFocus();
        } else {
            int caret = bodyArea.getCaretPosition();
            boolean ownLine = row.placeholder().isTable();
            String text = bodyArea.getText();
            String before = ownLine && caret > 0 && text.charAt(caret - 1) != '\n' ? "\n" : "";
            String after = ownLine && (caret >= text.length() || text.charAt(caret) != '\n') ? "\n" : "";
            bodyArea.insertText(caret, before + written + after);
            bodyArea.requestFocus();
        }
    }

    private void showProblem(TemplatesViewModel.ProblemRow row) {
        if (row == null) {
            return;
        }
        if (TemplateText.SUBJECT.equals(row.problem().field())) {
            subjectField.requestFocus();
            subjectField.selectRange(Math.min(row.problem().start(), subjectField.getLength()),
                    Math.min(row.problem().end(), subjectField.getLength()));
        } else if (row.problem().end() <= bodyArea.getLength()) {
            bodyArea.selectRange(row.problem().start(), row.problem().end());
            bodyArea.requestFollowCaret();
        }
    }

    /** Placeholders in blue, tables in green, problems underlined in red: applied to the text as it stands. */
    private void highlight() {
        TemplateText text = model.bodyTextProperty().get();
        String current = bodyArea.getText();
        if (text == null || !text.text().equals(current)) {
            return;
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int at = 0;
        for (TemplateText.Span span : text.spans()) {
            if (span.start() < at) {
                continue;
            }
            spans.add(Collections.emptyList(), span.start() - at);
            String style = span.problem() ? "tpl-problem"
                    : span.placeholder() != null && span.placeholder().isTable() ? "tpl-table" : "tpl-field";
            spans.add(List.of(style), span.end() - span.start());
            at = span.end();
        }
        spans.add(Collections.emptyList(), current.length() - at);
        StyleSpans<Collection<String>> built = spans.create();
        bodyArea.setStyleSpans(0, built);
    }
}
