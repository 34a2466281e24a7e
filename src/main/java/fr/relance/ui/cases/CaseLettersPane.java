package fr.relance.ui.cases;

import fr.relance.domain.letters.SentLetter;
import fr.relance.text.Formats;
import fr.relance.text.LetterLines;
import fr.relance.text.Messages;
import fr.relance.ui.common.Columns;
import java.math.BigDecimal;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The "Courriers" tab of the case file: the letters sent, and "Réimprimer" for the one selected. */
public final class CaseLettersPane extends BorderPane {

    public CaseLettersPane(CaseLettersViewModel model, Messages messages, Formats formats) {
        setId("caseLettersPane");
        setPadding(new Insets(8, 0, 0, 0));
        LetterLines words = new LetterLines(messages);
        Columns columns = new Columns(formats);
        TableView<SentLetter> table = new TableView<>(model.letters());
        table.setId("caseLettersTable");
        table.setAccessibleText(messages.get("caseLetters.title"));
        table.setPlaceholder(new Label(messages.get("caseLetters.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SentLetter, String> date = columns.text(messages.get("caseLetters.column.date"),
                l -> formats.date(l.letterDate()));
        date.setPrefWidth(95);
        TableColumn<SentLetter, String> kind = columns.text(messages.get("caseLetters.column.kind"),
                l -> words.kind(l.kind()));
        kind.setPrefWidth(160);
        TableColumn<SentLetter, String> channel = columns.text(messages.get("caseLetters.column.channel"),
                l -> words.channel(l.channel()));
        channel.setPrefWidth(120);
        TableColumn<SentLetter, BigDecimal> amount = columns.money(messages.get("caseLetters.column.amount"),
                SentLetter::totalClaimed, false);
        amount.setPrefWidth(120);
        TableColumn<SentLetter, String> sha = columns.text(messages.get("caseLetters.column.sha"),
                SentLetter::shortSha256);
        sha.setId("shaColumn");
        sha.setPrefWidth(130);
        table.getColumns().addAll(List.of(date, kind, channel, amount, sha));
        table.setRowFactory(view -> {
            TableRow<SentLetter> row = new TableRow<>() {
                @Override
                protected void updateItem(SentLetter letter, boolean empty) {
                    super.updateItem(letter, empty);
                    setTooltip(empty || letter == null ? null : new Tooltip("SHA-256 " + letter.sha256()));
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && row.getItem() != null) {
                    model.reprint(row.getItem());
                }
            });
            return row;
        });

        Button reprint = new Button(messages.get("caseLetters.reprint"));
        reprint.setId("reprintLetterButton");
        reprint.setTooltip(new Tooltip(messages.get("caseLetters.reprint.help")));
        reprint.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        reprint.setOnAction(event -> model.reprint(table.getSelectionModel().getSelectedItem()));
        Label help = new Label(messages.get("caseLetters.reprint.help"));
        help.getStyleClass().add("text-muted");
        Label error = new Label();
        error.setId("caseLettersError");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(Bindings.isNotEmpty(model.errorProperty()));
        error.visibleProperty().bind(error.managedProperty());
        HBox actions = new HBox(10, reprint, help);
        actions.setAlignment(Pos.CENTER_LEFT);
        setCenter(table);
        VBox bottom = new VBox(6, actions, error);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        setBottom(bottom);
    }
}
