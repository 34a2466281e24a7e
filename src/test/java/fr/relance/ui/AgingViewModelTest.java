package fr.relance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.demo.DemoDataService;
import fr.relance.domain.AgingRow;
import fr.relance.domain.DebtorKind;
import fr.relance.store.Database;
import fr.relance.store.LedgerWriter;
import fr.relance.store.ReceivablesRepository;
import fr.relance.text.Messages;
import fr.relance.ui.aging.AgingViewModel;
import fr.relance.ui.aging.CaseFilter;
import fr.relance.ui.common.BackgroundTasks;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The aging view-model's filters, currency, chart data, drill-down and export, on the demo ledger. */
class AgingViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    Database database;
    final RecordingDialogs dialogs = new RecordingDialogs();
    AgingViewModel model;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        model = new AgingViewModel(new ReceivablesRepository(database), new DemoDataService(new LedgerWriter(database)),
                BackgroundTasks.sameThread(), dialogs, new Messages(Locale.FRANCE), TODAY);
        model.loadDemoData();
        assertThat(dialogs.errors).isEmpty();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void eachFilterNarrowsTheRowsAndTheTotalsFollowWhatIsShown() {
        int all = model.rows().size();
        assertThat(model.currencies()).containsExactly("EUR");
        assertThat(model.rows()).allMatch(r -> r.currency().equals("EUR"));

        model.filters().kindProperty().set(DebtorKind.CONSUMER);
        assertThat(model.rows()).isNotEmpty().hasSizeLessThan(all)
                .allMatch(r -> r.debtorKind() == DebtorKind.CONSUMER);
        assertTotalsMatchRows();
        model.filters().kindProperty().set(null);

        model.filters().disputedOnlyProperty().set(true);
        assertThat(model.rows()).isNotEmpty().hasSizeLessThan(all).allMatch(AgingRow::disputed);
        assertTotalsMatchRows();
        model.filters().disputedOnlyProperty().set(false);

        model.filters().minTotalProperty().set(new BigDecimal("10000"));
        assertThat(model.rows()).hasSizeLessThan(all)
                .allMatch(r -> r.total().compareTo(new BigDecimal("10000")) >= 0);
        assertTotalsMatchRows();
        model.filters().minDaysOverdueProperty().set(90L);
        assertThat(model.rows()).allMatch(r -> r.oldestDaysPastDue() >= 90
                && r.total().compareTo(new BigDecimal("10000")) >= 0);
        assertTotalsMatchRows();
        model.filters().clear();
        assertThat(model.rows()).hasSize(all);

        // Case stage: give the largest debtor an open formal-notice case
        AgingRow largest = model.rows().get(0);
        database.dsl().execute("INSERT INTO collection_case (debtor_id, stage, opened_on) VALUES (?, 'FORMAL_NOTICE', ?)",
                largest.debtorId(), TODAY);
        model.refresh();
        model.filters().caseStageProperty().set(CaseFilter.FORMAL_NOTICE);
        assertThat(model.rows()).extracting(AgingRow::debtorId).containsExactly(largest.debtorId());
        assertTotalsMatchRows();
        model.filters().caseStageProperty().set(CaseFilter.NO_CASE);
        assertThat(model.rows()).hasSize(all - 1).noneMatch(r -> r.debtorId() == largest.debtorId());
    }

    @Test
    void aSecondCurrencyIsShownApartAndTheChartTakesTheTopTen() {
        database.dsl().execute("UPDATE invoice SET currency = 'USD' WHERE debtor_id = (SELECT MIN(id) FROM debtor)");
        model.refresh();

        assertThat(model.currencies()).containsExactly("EUR", "USD");
        assertThat(model.currencyProperty().get()).isEqualTo("EUR");
        int eurRows = model.rows().size();
        model.currencyProperty().set("USD");
        assertThat(model.rows()).isNotEmpty().allMatch(r -> r.currency().equals("USD")).hasSizeLessThan(eurRows);
        assertThat(model.totalsProperty().get().currency()).isEqualTo("USD");
        assertTotalsMatchRows();

        model.currencyProperty().set("EUR");
        assertThat(model.topDebtors()).hasSize(10).isSortedAccordingTo(
                Comparator.comparing(AgingRow::total).reversed());
        assertThat(model.topDebtors().get(0).total()).isEqualByComparingTo(
                model.rows().stream().map(AgingRow::total).max(Comparator.naturalOrder()).orElseThrow());
    }

    @Test
    void selectingARowShowsItsOpenItemsAndExportWritesTheFilteredRows() throws Exception {
        AgingRow first = model.rows().get(0);
        model.select(first);
        assertThat(model.selectedItems()).isNotEmpty().allMatch(i -> i.debtorId() == first.debtorId());
        BigDecimal itemsTotal = model.selectedItems().stream().map(i -> i.balance())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(itemsTotal.add(first.unallocatedCredits())).isEqualByComparingTo(first.total());

        model.filters().nameProperty().set("zzzz-nobody");
        assertThat(model.selectedProperty().get()).as("a row filtered out is unselected").isNull();
        assertThat(model.selectedItems()).isEmpty();
        model.filters().clear();

        dialogs.saveFileAnswer = null;
        model.export();
        assertThat(dialogs.fileChoosers).singleElement().asString().contains("balance-agee-2026-11-23.xlsx xlsx");
        assertThat(dialogs.infos).isEmpty();

        model.filters().kindProperty().set(DebtorKind.CONSUMER);
        dialogs.saveFileAnswer = dir.resolve("export.csv");
        model.export();
        assertThat(dialogs.errors).isEmpty();
        List<String> lines = Files.readAllLines(dir.resolve("export.csv"));
        assertThat(lines).hasSize(model.rows().size() + 2); // header, rows, totals
        assertThat(dialogs.infos).singleElement().asString().contains("export.csv");

        dialogs.saveFileAnswer = dir.resolve("export.txt");
        model.export();
        assertThat(dialogs.errors).singleElement().asString().contains(".xlsx");
    }

    private void assertTotalsMatchRows() {
        BigDecimal sum = model.rows().stream().map(AgingRow::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(model.totalsProperty().get().total()).isEqualByComparingTo(sum);
    }
}
