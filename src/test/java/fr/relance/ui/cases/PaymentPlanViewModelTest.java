package fr.relance.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.Invoice;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.Money;
import fr.relance.domain.PostalAddress;
import fr.relance.domain.dunning.Frequency;
import fr.relance.domain.dunning.InstalmentLine;
import fr.relance.domain.dunning.InstalmentStatus;
import fr.relance.domain.dunning.PaymentPlan;
import fr.relance.domain.dunning.PlanStatus;
import fr.relance.dunning.PaymentPlanService;
import fr.relance.store.Database;
import fr.relance.store.LedgerWriter;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.QueuedTasks;
import fr.relance.ui.common.BackgroundTasks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan tab's view-model on a real data file: Durand owes 1,500.00 overdue since 1 September 2026. */
class PaymentPlanViewModelTest {

    static final LocalDate DUE = LocalDate.of(2026, 9, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    Database database;
    Messages messages = new Messages(Locale.FRANCE);
    PaymentPlanViewModel model;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        new LedgerWriter(database).writeIntoEmptyFile(ledger(), (done, total) -> { }, () -> false);
        model = modelOn(TODAY, BackgroundTasks.sameThread());
        model.open(1);
    }

    @AfterEach
    void close() {
        database.close();
    }

    PaymentPlanViewModel modelOn(LocalDate today, BackgroundTasks tasks) {
        return new PaymentPlanViewModel(service(today), tasks, messages, new Formats(Locale.FRANCE), today);
    }

    PaymentPlanService service(LocalDate today) {
        ZoneId paris = ZoneId.of("Europe/Paris");
        return new PaymentPlanService(database, "claire", Clock.fixed(today.atTime(9, 0).atZone(paris).toInstant(),
                paris));
    }

    static LedgerWriter.Ledger ledger() {
        PostalAddress lyon = PostalAddress.france("4 rue Garibaldi", "69006", "Lyon");
        List<Debtor> debtors = List.of(
                new Debtor(1, "411DURAND", "Durand SARL", DebtorKind.B2B, null, null, lyon, "fr"),
                new Debtor(2, "411MARTIN", "Martin SA", DebtorKind.B2B, null, null, lyon, "fr"));
        List<Invoice> invoices = List.of(invoice(1, 1, "FA-1", "1200.00", DUE), invoice(2, 1, "FA-2", "300.00", DUE),
                invoice(3, 2, "FA-3", "500.00", TODAY.plusDays(10)));
        return new LedgerWriter.Ledger(null, debtors, List.of(), invoices, List.of(), List.of());
    }

    static Invoice invoice(long id, long debtor, String number, String amount, LocalDate due) {
        BigDecimal ttc = Money.of(amount);
        return new Invoice(id, debtor, InvoiceKind.INVOICE, number, due.minusDays(30), due,
                Money.cents(ttc.divide(new BigDecimal("1.2"), MathContext.DECIMAL64)), ttc, "EUR", false, null);
    }

    int count(String sql) {
        return database.dsl().fetchOne(sql).get(0, Integer.class);
    }

    PlanDraft draft() {
        return model.draft();
    }

    List<String> amounts() {
        return draft().rows().stream().map(r -> r.amountProperty().get().toPlainString()).toList();
    }

    @Test
    void openingProposesThreeMonthlyInstalmentsOfTheOverdueBalance() {
        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.activeProperty().get()).isNull();
        assertThat(model.coverable()).hasSize(2);
        assertThat(draft().balanceProperty().get()).isEqualByComparingTo("1500.00");
        assertThat(amounts()).containsExactly("500.00", "500.00", "500.00");
        assertThat(draft().rows()).extracting(r -> r.dueDateProperty().get())
                .containsExactly(TODAY.plusMonths(1), TODAY.plusMonths(2), TODAY.plusMonths(3));
        assertThat(draft().agreedOnProperty().get()).isEqualTo(TODAY);
        assertThat(draft().differenceProperty().get()).isEqualByComparingTo("0");
        assertThat(draft().blockedReasonProperty().get()).isEmpty();
        assertThat(model.canSaveProperty().get()).isTrue();

        draft().countProperty().set(4);
        draft().frequencyProperty().set(Frequency.WEEKLY);
        assertThat(amounts()).containsExactly("375.00", "375.00", "375.00", "375.00");
        assertThat(draft().rows().get(3).dueDateProperty().get()).isEqualTo(TODAY.plusMonths(1).plusWeeks(3));
    }

    @Test
    void anEditedAmountShowsTheDifferenceAndBlocksSavingUntilTheTotalMatches() {
        draft().rows().get(1).amountProperty().set(Money.of("400.00"));

        assertThat(draft().totalProperty().get()).isEqualByComparingTo("1400.00");
        assertThat(draft().differenceProperty().get()).isEqualByComparingTo("100.00");
        assertThat(model.canSaveProperty().get()).isFalse();
        assertThat(draft().blockedReasonProperty().get())
                .isEqualTo("Le total des échéances ne correspond pas au solde dû : ajustez les montants.");
        model.save();
        assertThat(count("SELECT COUNT(*) FROM payment_plan")).isZero();

        draft().absorbDifference();
        assertThat(amounts()).containsExactly("500.00", "400.00", "600.00");
        assertThat(draft().differenceProperty().get()).isEqualByComparingTo("0");
        assertThat(model.canSaveProperty().get()).isTrue();
    }

    @Test
    void aLineInThePastOrOutOfOrderSaysSoOnItsRow() {
        draft().rows().get(0).dueDateProperty().set(TODAY.minusDays(1));
        draft().rows().get(2).dueDateProperty().set(TODAY.plusDays(10));

        assertThat(draft().rows().get(0).problemProperty().get())
                .isEqualTo("La première échéance est dans le passé : choisissez une date à venir.");
        assertThat(draft().rows().get(1).problemProperty().get()).isEmpty();
        assertThat(draft().rows().get(2).problemProperty().get())
                .isEqualTo("Les dates des échéances doivent se suivre.");
        assertThat(model.canSaveProperty().get()).isFalse();

        draft().firstDateProperty().set(TODAY);
        assertThat(draft().rows().get(0).problemProperty().get()).isEmpty();
        assertThat(model.canSaveProperty().get()).isTrue();
    }

    @Test
    void theAgreementDateIsRequiredAndNotInTheFuture() {
        draft().agreedOnProperty().set(null);
        assertThat(draft().blockedReasonProperty().get())
                .isEqualTo("Indiquez la date à laquelle le débiteur a signé l’échéancier.");
        draft().agreedOnProperty().set(TODAY.plusDays(1));
        assertThat(draft().blockedReasonProperty().get())
                .isEqualTo("La date d’accord de l’échéancier ne peut pas être dans le futur.");
        assertThat(model.canSaveProperty().get()).isFalse();
        draft().agreedOnProperty().set(TODAY.minusDays(2));
        assertThat(model.canSaveProperty().get()).isTrue();
    }

    @Test
    void savingShowsThePlanFollowedAndTellsTheTimeline() {
        draft().agreedOnProperty().set(TODAY.minusDays(2));
        model.save();

        assertThat(model.activeProperty().get()).isNotNull();
        assertThat(model.activeProperty().get().agreedOn()).isEqualTo(TODAY.minusDays(2));
        assertThat(model.lines()).extracting(InstalmentLine::status).containsOnly(InstalmentStatus.DUE);
        assertThat(model.changedProperty().get()).isEqualTo(1);
        assertThat(model.canSaveProperty().get()).isFalse();
        assertThat(model.describe(model.activeProperty().get())).isEqualTo(
                "3 échéances mensuelles du 23/12/2026 au 23/02/2027 · 1\u202F500,00\u00A0€");
        assertThat(model.signature(model.activeProperty().get())).startsWith("Accord signé le 21/11/2026");
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void aDoubleClickOnSaveSavesOnce() {
        QueuedTasks tasks = new QueuedTasks();
        model = modelOn(TODAY, tasks);
        model.open(1);
        tasks.runAll();

        model.save();
        model.save();
        assertThat(model.busyProperty().get()).isTrue();
        tasks.runAll();

        assertThat(count("SELECT COUNT(*) FROM payment_plan")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM case_event WHERE kind = 'PLAN_AGREED'")).isEqualTo(1);
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.activeProperty().get()).isNotNull();
    }

    @Test
    void aPlanSavedElsewhereMeanwhileIsARefusalInASentence() {
        service(TODAY).save(1, Frequency.MONTHLY,
                PaymentPlan.propose(Money.of("1500.00"), 2, Frequency.MONTHLY, TODAY).instalments(), TODAY, TODAY);

        model.save();

        assertThat(model.errorProperty().get())
                .isEqualTo("Ce débiteur a déjà un échéancier en cours : annulez-le avant d’en enregistrer un autre.");
        assertThat(count("SELECT COUNT(*) FROM payment_plan")).isEqualTo(1);
    }

    @Test
    void cancellingNeedsAReasonThenTheFormComesBackWithThePlanInTheHistory() {
        model.save();
        model.cancelPlan(" ");
        assertThat(model.errorProperty().get()).isEqualTo(messages.get("worklist.reasonRequired"));
        assertThat(model.activeProperty().get()).isNotNull();

        model.cancelPlan("Erreur de saisie du calendrier");

        assertThat(model.activeProperty().get()).isNull();
        assertThat(model.history()).singleElement().satisfies(plan -> {
            assertThat(plan.status()).isEqualTo(PlanStatus.CANCELLED);
            assertThat(plan.endReason()).isEqualTo("Erreur de saisie du calendrier");
        });
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(draft().rows()).hasSize(3);
        assertThat(model.canSaveProperty().get()).isTrue();
        assertThat(model.changedProperty().get()).isEqualTo(2);
    }

    @Test
    void anUnpaidInstalmentWithinTheGraceDaysIsAnAlert() {
        model.save();
        LocalDate later = TODAY.plusMonths(1).plusDays(3);

        PaymentPlanViewModel then = modelOn(later, BackgroundTasks.sameThread());
        then.open(1);

        assertThat(then.lines()).extracting(InstalmentLine::status)
                .containsExactly(InstalmentStatus.MISSED, InstalmentStatus.DUE, InstalmentStatus.DUE);
        assertThat(then.alertProperty().get()).isEqualTo("L’échéance du 23/12/2026 n’est pas payée : sans paiement, "
                + "la déchéance du terme s’appliquera le 01/01/2027. Appelez le débiteur.");

        PaymentPlanViewModel defaulted = modelOn(TODAY.plusMonths(1).plusDays(9), BackgroundTasks.sameThread());
        defaulted.open(1);
        assertThat(defaulted.activeProperty().get()).isNull();
        assertThat(defaulted.history()).extracting(p -> p.status()).containsExactly(PlanStatus.DEFAULTED);
        assertThat(defaulted.changedProperty().get()).isEqualTo(1);
    }

    @Test
    void aDebtorWithNothingOverdueHasNothingToSpread() {
        model.open(2);

        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.coverable()).isEmpty();
        assertThat(model.canSaveProperty().get()).isFalse();
    }

    @Test
    void everyLabelBuiltFromAStatusOrAKindExistsInBothLanguages() {
        List<String> keys = new java.util.ArrayList<>();
        for (InstalmentStatus status : InstalmentStatus.values()) {
            keys.add("plan.status." + status.name());
        }
        for (PlanStatus status : PlanStatus.values()) {
            keys.add("plan.planStatus." + status.name());
        }
        for (Frequency frequency : Frequency.values()) {
            keys.add("plan.frequency." + frequency.name());
            keys.add("plan.frequency.lower." + frequency.name());
        }
        for (var kind : List.of(fr.relance.domain.dunning.WorklistKind.INSTALMENT_MISSED,
                fr.relance.domain.dunning.WorklistKind.PLAN_DEFAULTED)) {
            keys.add("worklist.group." + kind.name());
        }
        keys.add("worklist.flag." + fr.relance.domain.dunning.WorklistItem.FLAG_PLAN_DEFAULTED);
        keys.add("worklist.badge." + fr.relance.domain.dunning.WorklistItem.FLAG_PLAN_DEFAULTED);
        Messages english = new Messages(Locale.UK);
        assertThat(keys).allMatch(messages::has).allMatch(english::has);
    }
}
