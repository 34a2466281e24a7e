package fr.relance.ui.letters;

import fr.relance.domain.dunning.Instalment;
import fr.relance.domain.letters.LetterBlock;
import fr.relance.domain.letters.LetterContent;
import fr.relance.domain.letters.LetterInvoiceLine;
import fr.relance.domain.letters.PenaltyStatement;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The tables of a letter as the composer shows them: the data's, not editable, with a word saying so. */
final class TableTexts {

    private final Messages messages;
    private final Formats formats;

    TableTexts(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    VBox table(LetterBlock block, LetterContent letter) {
        List<String> header;
        List<List<String>> rows = new ArrayList<>();
        String titleKey;
        String id;
        if (block instanceof LetterBlock.InvoiceTable) {
            titleKey = "letters.table.invoices";
            id = "letterInvoiceTable";
            header = List.of(messages.get("letters.table.number"), messages.get("letters.table.issued"),
                    messages.get("letters.table.due"), messages.get("letters.table.amount"),
                    messages.get("letters.table.paid"), messages.get("letters.table.balance"));
            for (LetterInvoiceLine line : letter.invoices()) {
                rows.add(List.of(line.number(), formats.date(line.issueDate()), formats.date(line.dueDate()),
                        money(line.amount()), money(line.paid()), money(line.balance())));
            }
        } else if (block instanceof LetterBlock.PenaltyTable) {
            titleKey = "letters.table.penalties";
            id = "letterPenaltyTable";
            header = List.of(messages.get("letters.table.number"), messages.get("letters.table.period"),
                    messages.get("letters.table.days"), messages.get("letters.table.rate"),
                    messages.get("letters.table.base"), messages.get("letters.table.amount"));
            PenaltyStatement penalties = letter.penalties();
            if (penalties != null) {
                for (PenaltyStatement.Line line : penalties.lines()) {
                    rows.add(List.of(line.invoiceNumber(), formats.date(line.slice().from()) + " – "
                                    + formats.date(line.slice().to()), formats.integer(line.slice().days()),
                            formats.percent(line.slice().rate()), money(line.slice().base()),
                            money(line.slice().amount())));
                }
                rows.add(List.of(messages.get("letters.table.indemnities", penalties.indemnityCount()), "", "", "", "",
                        money(penalties.indemnities())));
                rows.add(List.of(messages.get("letters.table.total"), "", "", "", "", money(penalties.totalClaimed())));
            }
        } else {
            titleKey = "letters.table.instalments";
            id = "letterInstalmentTable";
            header = List.of(messages.get("letters.table.instalment"), messages.get("letters.table.due"),
                    messages.get("letters.table.amount"));
            int n = 1;
            for (Instalment instalment : letter.instalments()) {
                rows.add(List.of(String.valueOf(n++), formats.date(instalment.dueDate()), money(instalment.amount())));
            }
        }
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(2);
        for (int c = 0; c < header.size(); c++) {
            Label label = new Label(header.get(c));
            label.getStyleClass().add("text-bold");
            label.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(label, c, 0);
            ColumnConstraints column = new ColumnConstraints();
            column.setHalignment(c == 0 ? HPos.LEFT : HPos.RIGHT);
            grid.getColumnConstraints().add(column);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                Label cell = new Label(rows.get(r).get(c));
                cell.setMinWidth(Region.USE_PREF_SIZE);
                grid.add(cell, c, r + 1);
            }
        }
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("text-muted");
        VBox box = new VBox(4, title, grid);
        box.setId(id);
        box.getStyleClass().add("letter-table");
        box.setPadding(new Insets(6, 8, 6, 8));
        return box;
    }

    private String money(BigDecimal amount) {
        return amount == null ? "" : formats.money(amount);
    }
}
