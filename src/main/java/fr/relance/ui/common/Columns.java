package fr.relance.ui.common;

import fr.relance.text.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Table columns that show amounts, dates and counts in the user's formats. */
public final class Columns {

    private final Formats formats;

    public Columns(Formats formats) {
        this.formats = formats;
    }

    public <S> TableColumn<S, String> text(String title, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    /** Zero amounts stay blank when {@code blankZero}: an aging grid reads better without rows of "0,00 €". */
    public <S> TableColumn<S, BigDecimal> money(String title, Function<S, BigDecimal> value, boolean blankZero) {
        TableColumn<S, BigDecimal> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal amount, boolean empty) {
                super.updateItem(amount, empty);
                boolean blank = empty || amount == null || (blankZero && amount.signum() == 0);
                setText(blank ? null : formats.money(amount));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        column.setComparator(BigDecimal::compareTo);
        return column;
    }

    /** Amounts in each row's own currency. */
    public <S> TableColumn<S, BigDecimal> money(String title, Function<S, BigDecimal> value,
                                                Function<S, String> currency, boolean blankZero) {
        TableColumn<S, BigDecimal> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal amount, boolean empty) {
                super.updateItem(amount, empty);
                int index = getIndex();
                S row = empty || getTableView() == null || index < 0 || index >= getTableView().getItems().size()
                        ? null : getTableView().getItems().get(index);
                boolean blank = empty || amount == null || row == null || (blankZero && amount.signum() == 0);
                setText(blank ? null : formats.money(amount, currency.apply(row)));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        column.setComparator(BigDecimal::compareTo);
        return column;
    }

    public <S> TableColumn<S, Number> integer(String title, Function<S, Number> value) {
        TableColumn<S, Number> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number number, boolean empty) {
                super.updateItem(number, empty);
                setText(empty || number == null ? null : formats.integer(number.longValue()));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        column.setComparator((a, b) -> Long.compare(a.longValue(), b.longValue()));
        return column;
    }

    public <S> TableColumn<S, LocalDate> date(String title, Function<S, LocalDate> value) {
        TableColumn<S, LocalDate> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty ? null : formats.date(date));
            }
        });
        return column;
    }
}
