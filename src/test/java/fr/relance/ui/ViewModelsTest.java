package fr.relance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.demo.DemoDataService;
import fr.relance.domain.AgingBucket;
import fr.relance.domain.AgingRow;
import fr.relance.domain.HalfYear;
import fr.relance.store.CompanyRepository;
import fr.relance.store.Database;
import fr.relance.store.DebtorRepository;
import fr.relance.store.LedgerWriter;
import fr.relance.store.RatesRepository;
import fr.relance.store.ReceivablesRepository;
import fr.relance.text.Messages;
import fr.relance.ui.aging.AgingViewModel;
import fr.relance.ui.cases.CaseFileViewModel;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.settings.SettingsViewModel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** View-models against a real data file, with work run on the test's thread: no window needed. */
class ViewModelsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    Database database;
    final RecordingDialogs dialogs = new RecordingDialogs();
    final Messages messages = new Messages(Locale.FRANCE);
    final BackgroundTasks tasks = BackgroundTasks.sameThread();

    @BeforeEach
    void open() {
        database = Database.open(dir);
    }

    @AfterEach
    void close() {
        database.close();
    }

    AgingViewModel aging() {
        return new AgingViewModel(new ReceivablesRepository(database),
                new DemoDataService(new LedgerWriter(database)), tasks, dialogs, messages, TODAY);
    }

    @Test
    void agingShowsTheEmptyStateThenTheDemoLedgerAndFiltersByName() {
        AgingViewModel model = aging();
        model.refresh();
        assertThat(model.ledgerEmptyProperty().get()).isTrue();
        assertThat(model.rows()).isEmpty();

        model.loadDemoData();

        assertThat(dialogs.errors).isEmpty();
        assertThat(model.demoRunningProperty().get()).isFalse();
        assertThat(model.demoProgressProperty().get()).isEqualTo(1.0);
        assertThat(model.ledgerEmptyProperty().get()).isFalse();
        assertThat(model.rows()).hasSizeGreaterThan(50);
        AgingRow totals = model.totalsProperty().get();
        BigDecimal sumOfRows = model.rows().stream().map(AgingRow::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(totals.total()).isEqualByComparingTo(sumOfRows);

        String someName = model.rows().get(0).debtorName();
        model.nameFilterProperty().set(someName.substring(0, 5).toUpperCase(Locale.ROOT));
        assertThat(model.rows()).isNotEmpty().allMatch(r -> r.debtorName().toLowerCase(Locale.ROOT)
                .contains(someName.substring(0, 5).toLowerCase(Locale.ROOT)));
        BigDecimal filteredSum = model.rows().stream().map(AgingRow::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(model.totalsProperty().get().total()).isEqualByComparingTo(filteredSum);

        model.nameFilterProperty().set("");
        // Another as-of date replays the ledger: a year ago, less was overdue for more than 120 days.
        BigDecimal over120Today = model.totalsProperty().get().bucket(AgingBucket.OVER_120);
        model.asOfProperty().set(TODAY.minusYears(1));
        assertThat(model.totalsProperty().get().bucket(AgingBucket.OVER_120)).isLessThan(over120Today);
    }

    @Test
    void cancellingTheDemoLeavesTheFileEmpty() {
        AgingViewModel model = aging();
        BackgroundTasks cancelAtOnce = new BackgroundTasks() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                                java.util.function.Consumer<Throwable> onError) {
                tasks.run(work, onSuccess, onError);
            }

            @Override
            public <T> Handle runLong(LongWork<T> work, java.util.function.Consumer<Double> onProgress,
                                      java.util.function.Consumer<T> onSuccess,
                                      java.util.function.Consumer<Throwable> onError) {
                return tasks.runLong(progress -> work.run(new Progress() {
                    @Override
                    public void advanced(long done, long total) {
                        progress.advanced(done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return true;
                    }
                }), onProgress, onSuccess, onError);
            }
        };
        AgingViewModel cancelled = new AgingViewModel(new ReceivablesRepository(database),
                new DemoDataService(new LedgerWriter(database)), cancelAtOnce, dialogs, messages, TODAY);
        cancelled.loadDemoData();

        assertThat(dialogs.errors).isEmpty();
        assertThat(cancelled.demoRunningProperty().get()).isFalse();
        assertThat(cancelled.ledgerEmptyProperty().get()).isTrue();
        assertThat(new DebtorRepository(database).count()).isZero();
        model.refresh();
        assertThat(model.rows()).isEmpty();
    }

    @Test
    void caseFileListsTheDebtorsIdentityAndOpenItems() {
        aging().loadDemoData();
        AgingViewModel model = aging();
        model.refresh();
        AgingRow first = model.rows().get(0);

        CaseFileViewModel caseFile = new CaseFileViewModel(new DebtorRepository(database),
                new ReceivablesRepository(database), tasks, dialogs, messages, TODAY);
        caseFile.open(first.debtorId());

        assertThat(caseFile.debtorProperty().get().name()).isEqualTo(first.debtorName());
        assertThat(caseFile.contacts()).isNotEmpty();
        assertThat(caseFile.openItems()).isNotEmpty();
        assertThat(caseFile.balanceProperty().get()).isEqualByComparingTo(first.total());

        caseFile.open(999_999);
        assertThat(dialogs.errors).singleElement().asString().contains("n’existe plus");
    }

    @Test
    void settingsRefuseAnInvalidSirenOrIbanAndSaveNothing() {
        SettingsViewModel settings = new SettingsViewModel(new CompanyRepository(database),
                new RatesRepository(database), tasks, dialogs, messages);
        settings.load();
        settings.companyField("legalName").set("Ateliers Rhône SAS");
        settings.companyField("siren").set("732 829 321");
        settings.companyField("iban").set("FR76 3000 6000 0112 3456 7890 188");

        assertThat(settings.saveCompany()).isFalse();
        assertThat(settings.companyErrors()).containsOnlyKeys("siren", "iban");
        assertThat(settings.companyErrors().get("siren")).contains("SIREN invalide");
        assertThat(settings.companyStatusProperty().get()).contains("2 champs");
        assertThat(new CompanyRepository(database).find()).isEmpty();

        settings.companyField("siren").set("732 829 320");
        settings.companyField("iban").set("fr76 3000 6000 0112 3456 7890 189");
        assertThat(settings.saveCompany()).isTrue();
        assertThat(settings.companyErrors()).isEmpty();
        assertThat(new CompanyRepository(database).find().orElseThrow().iban())
                .isEqualTo("FR7630006000011234567890189");
        assertThat(settings.companyField("iban").get()).isEqualTo("FR76 3000 6000 0112 3456 7890 189");
    }

    @Test
    void settingsAddAHalfYearAndRejectRatesOutOfRange() {
        SettingsViewModel settings = new SettingsViewModel(new CompanyRepository(database),
                new RatesRepository(database), tasks, dialogs, messages);
        settings.load();
        assertThat(settings.newYearProperty().get()).isEqualTo("2026");
        assertThat(settings.newHalfProperty().get()).isEqualTo(2);

        settings.newEcbProperty().set("150");
        settings.newLegalPrivateProperty().set("abc");
        settings.newLegalOtherProperty().set("");
        assertThat(settings.addRate()).isFalse();
        assertThat(settings.rateErrors()).containsOnlyKeys("ecb", "legalPrivate", "legalOther");
        assertThat(new RatesRepository(database).all()).hasSize(7);

        settings.newEcbProperty().set("2,15");
        settings.newLegalPrivateProperty().set("6,50");
        settings.newLegalOtherProperty().set("2.50");
        assertThat(settings.addRate()).isTrue();
        assertThat(settings.rateRows()).hasSize(8);
        assertThat(new RatesRepository(database).table().ratesFor(new HalfYear(2026, 2)).b2bPenaltyRate())
                .isEqualByComparingTo("12.15");
        assertThat(settings.rateStatusProperty().get()).contains("2e semestre 2026");
        // The form moves on to the next half-year to enter.
        assertThat(settings.newYearProperty().get()).isEqualTo("2027");

        // Re-entering an existing half-year asks first; declining changes nothing.
        dialogs.confirmAnswer = false;
        settings.newYearProperty().set("2026");
        settings.newHalfProperty().set(2);
        settings.newEcbProperty().set("9");
        settings.newLegalPrivateProperty().set("9");
        settings.newLegalOtherProperty().set("9");
        assertThat(settings.addRate()).isFalse();
        assertThat(dialogs.confirmations).hasSize(1);
        assertThat(new RatesRepository(database).table().ratesFor(new HalfYear(2026, 2)).ecbRate())
                .isEqualByComparingTo("2.15");
    }
}
