package fr.relance.ui.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.Invoice;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.Money;
import fr.relance.domain.PostalAddress;
import fr.relance.domain.dunning.WorklistItem;
import fr.relance.domain.dunning.WorklistKind;
import fr.relance.dunning.WorklistService;
import fr.relance.store.Database;
import fr.relance.store.LedgerWriter;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.RecordingDialogs;
import fr.relance.ui.common.BackgroundTasks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The actions of the day against a real data file: two debtors overdue since 1 September 2026. */
class WorklistViewModelTest {

    static final LocalDate DUE = LocalDate.of(2026, 9, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    Database database;
    RecordingDialogs dialogs = new RecordingDialogs();
    Messages messages = new Messages(Locale.FRANCE);
    WorklistViewModel model;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        new LedgerWriter(database).writeIntoEmptyFile(ledger(), (done, total) -> { }, () -> false);
        model = new WorklistViewModel(new WorklistService(database, "claire"), BackgroundTasks.sameThread(),
                dialogs, messages, new Formats(Locale.FRANCE), "claire", TODAY);
        model.refresh();
    }

    @AfterEach
    void close() {
        database.close();
    }

    static LedgerWriter.Ledger ledger() {
        PostalAddress lyon = PostalAddress.france("4 rue Garibaldi", "69006", "Lyon");
        List<Debtor> debtors = List.of(
                new Debtor(1, "411DURAND", "Durand SARL", DebtorKind.B2B, null, null, lyon, "fr"),
                new Debtor(2, "411MARTIN", "Martin SA", DebtorKind.B2B, null, null, lyon, "fr"),
                new Debtor(3, "411ANCIEN", "Ancien & Fils", DebtorKind.B2B, null, null, lyon, "fr"));
        // FA-9 fell due on 01/12/2021: time-barred on 01/12/2026, flagged since 01/06/2026
        Invoice old = new Invoice(9, 3, InvoiceKind.INVOICE, "FA-9", LocalDate.of(2021, 11, 1),
                LocalDate.of(2021, 12, 1), Money.of("500.00"), Money.of("600.00"), "EUR", false, null);
        List<Invoice> invoices = List.of(invoice(1, 1, "FA-1", "1200.00"), invoice(2, 1, "FA-2", "300.00"),
                invoice(3, 2, "FA-3", "500.00"), old);
        return new LedgerWriter.Ledger(null, debtors, List.of(), invoices, List.of(), List.of());
    }

    static Invoice invoice(long id, long debtor, String number, String amount) {
        BigDecimal ttc = Money.of(amount);
        return new Invoice(id, debtor, InvoiceKind.INVOICE, number, DUE.minusDays(30), DUE,
                Money.cents(ttc.divide(new BigDecimal("1.2"), MathContext.DECIMAL64)), ttc, "EUR", false, null);
    }

    int events() {
        return database.dsl().fetchOne("SELECT COUNT(*) FROM case_event").get(0, Integer.class);
    }

    int events(String kind) {
        return database.dsl().fetchOne("SELECT COUNT(*) FROM case_event WHERE kind = ?", kind)
                .get(0, Integer.class);
    }

    int executions() {
        return database.dsl().fetchOne("SELECT COUNT(*) FROM worklist_decision WHERE decision = 'EXECUTED'")
                .get(0, Integer.class);
    }

    WorklistItem step(String debtorName) {
        return model.items().stream().filter(i -> i.debtorName().equals(debtorName))
                .filter(i -> i.kind() == WorklistKind.DUNNING_STEP).findFirst().orElseThrow();
    }

    @Test
    void linesAppearGroupedByActionTypeWithTheirCounts() {
        assertThat(model.items()).extracting(WorklistItem::debtorName).contains("Durand SARL", "Martin SA");
        assertThat(model.emptyProperty().get()).isFalse();
        assertThat(model.groups()).isNotEmpty();
        for (WorklistGroup group : model.groups()) {
            assertThat(group.items()).allSatisfy(item -> assertThat(WorklistGroup.keyOf(item)).isEqualTo(group.key()));
            assertThat(group.title()).isEqualTo(messages.get("worklist.group." + group.key()));
        }
        assertThat(model.groups().stream().mapToInt(g -> g.items().size()).sum()).isEqualTo(model.items().size());
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void executeRecordsOneEventAndTheLineLeavesTheList() {
        WorklistItem durand = step("Durand SARL");
        String kind = WorklistService.eventKind(durand.action());
        int before = events(kind);

        model.select(List.of(durand));
        model.execute(model.selection());

        assertThat(events(kind)).isEqualTo(before + 1);
        assertThat(executions()).isEqualTo(1);
        assertThat(dialogs.confirmations).hasSize(1);
        if (WorklistViewModel.DOCUMENT_ACTIONS.contains(durand.action())) {
            assertThat(dialogs.confirmations.get(0)).contains("générateur de courriers");
        }
        if (fr.relance.dunning.LetterRun.letterKind(durand).isPresent()) {
            assertThat(dialogs.confirmations.get(0)).contains("Courriers du jour");
        }
        assertThat(model.items()).doesNotContain(durand);
        assertThat(model.items()).noneMatch(i -> i.debtorId() == 1 && i.kind() == WorklistKind.DUNNING_STEP);
        assertThat(model.statusProperty().get()).isEqualTo("1 action enregistrée dans l’historique.");
        assertThat(model.errorProperty().get()).isEmpty();

        // Executing the same line again (a double click that got through) records nothing more
        model.execute(List.of(durand));
        assertThat(events(kind)).isEqualTo(before + 1);
        assertThat(executions()).isEqualTo(1);
    }

    @Test
    void nothingIsRecordedWhenTheConfirmationIsDeclined() {
        dialogs.confirmAnswer = false;
        int before = events();
        model.execute(List.of(step("Martin SA")));
        assertThat(events()).isEqualTo(before);
        assertThat(model.items()).contains(step("Martin SA"));
    }

    @Test
    void postponeWithoutReasonOrWithAPastDateIsRefusedWithTheSentence() {
        WorklistItem martin = step("Martin SA");
        int before = events();

        model.select(List.of(martin));
        model.postpone(List.of(martin), TODAY.plusDays(10), "  ");
        assertThat(model.selection()).as("kept, to correct and retry").containsExactly(martin);
        assertThat(model.errorProperty().get()).isEqualTo(messages.get("worklist.reasonRequired"));

        model.postpone(List.of(martin), TODAY.minusDays(1), "Client en congés");
        assertThat(model.errorProperty().get()).isEqualTo(messages.get("worklist.postpone.untilNotAfterAsOf"));

        model.postpone(List.of(martin), null, null);
        assertThat(model.errorProperty().get()).contains(messages.get("worklist.postpone.untilNotAfterAsOf"))
                .contains(messages.get("worklist.reasonRequired")).doesNotContain("Exception");

        assertThat(events()).isEqualTo(before);
        assertThat(model.items()).contains(martin);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void postponeMovesTheLineOutUntilTheDate() {
        WorklistItem martin = step("Martin SA");
        model.postpone(List.of(martin), TODAY.plusDays(10), "Client en congés");
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("1 action reportée au 03/12/2026.");
        assertThat(model.items()).noneMatch(i -> i.debtorId() == 2 && i.kind() == WorklistKind.DUNNING_STEP);
    }

    @Test
    void skipNeedsAReasonThenPassesTheStep() {
        List<WorklistItem> both = List.of(step("Durand SARL"), step("Martin SA"));
        int before = events();
        model.skip(both, "");
        assertThat(model.errorProperty().get()).isEqualTo(messages.get("worklist.reasonRequired"));
        assertThat(events()).isEqualTo(before);

        model.skip(both, "Accord commercial en cours");
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.statusProperty().get()).startsWith("2 actions ignorées");
        assertThat(events()).isEqualTo(before + 2);
        assertThat(model.items()).doesNotContainAnyElementsOf(both);
    }

    @Test
    void aDateWithNothingDueShowsTheEmptyState() {
        model.asOfProperty().set(LocalDate.of(2021, 10, 1)); // before any invoice of the ledger
        assertThat(model.items()).isEmpty();
        assertThat(model.emptyProperty().get()).isTrue();
        assertThat(model.groups()).isEmpty();
    }

    WorklistItem line(String debtorName, WorklistKind kind) {
        return model.items().stream().filter(i -> i.debtorName().equals(debtorName) && i.kind() == kind)
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " line for " + debtorName));
    }

    @Test
    void aLineSelectedAloneIsTheCurrentOne() {
        WorklistItem durand = step("Durand SARL");
        model.select(List.of(durand));
        assertThat(model.currentProperty().get()).isEqualTo(durand);
        model.select(List.of(durand, step("Martin SA")));
        assertThat(model.currentProperty().get()).isNull();
    }

    @Test
    void linesThatAreNotExecutedBlindAreRefusedWithTheReasonBeforeAnyQuestion() {
        WorklistItem warning = line("Ancien & Fils", WorklistKind.LIMITATION_WARNING);
        assertThat(warning.deadline()).isEqualTo(LocalDate.of(2026, 12, 1));
        int before = events();

        model.execute(List.of(step("Durand SARL"), warning));

        assertThat(model.errorProperty().get()).isEqualTo(messages.get(WorklistService.WARNING_NOT_EXECUTABLE));
        assertThat(dialogs.confirmations).isEmpty();
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aCallLoggedFromACallBackLineSettlesIt() {
        new WorklistService(database, "claire").logCall(2, TODAY.minusDays(3), fr.relance.domain.dunning.CallOutcome
                .CALL_BACK, "Rappeler lundi", TODAY, null, null);
        model.refresh();
        WorklistItem callBack = line("Martin SA", WorklistKind.CALL_BACK);
        model.select(List.of(callBack));

        model.logCall(callBack, null, "Personne", null, null, null);
        assertThat(model.formErrorProperty().get()).isEqualTo(messages.get(WorklistService.OUTCOME_REQUIRED));
        assertThat(model.currentProperty().get()).as("kept to correct").isEqualTo(callBack);

        model.logCall(callBack, fr.relance.domain.dunning.CallOutcome.PROMISED, "Virement promis", null,
                TODAY.plusDays(7), new BigDecimal("500.00"));
        assertThat(model.formErrorProperty().get()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Appel noté pour Martin SA.");
        assertThat(model.items()).noneMatch(i -> i.debtorId() == 2 && i.kind() == WorklistKind.CALL_BACK);
        assertThat(model.currentProperty().get()).isNull();
        assertThat(model.savedProperty().get()).isEqualTo(1);
        assertThat(events("CALL")).isEqualTo(2);
        assertThat(events("PROMISE_MADE")).isEqualTo(1);
    }

    @Test
    void aClaimIsDeclaredFromItsLineAndALimitationWarningTakenNoteOf() {
        new WorklistService(database, "claire").markInsolvency(1, TODAY.minusDays(20), TODAY.minusDays(14), TODAY);
        model.refresh();
        WorklistItem claim = line("Durand SARL", WorklistKind.CLAIM_FILING);

        model.declareClaim(claim, TODAY, new BigDecimal("1500.00"), "  ", null);
        assertThat(model.formErrorProperty().get())
                .isEqualTo(messages.get("insolvency.claim.representativeRequired"));
        model.declareClaim(claim, TODAY, new BigDecimal("1500.00"), "Me Dupont", "LRAR 1A 123 456 7890 1");
        assertThat(model.statusProperty().get()).isEqualTo("Déclaration de créance enregistrée pour Durand SARL.");
        assertThat(model.items()).noneMatch(i -> i.kind() == WorklistKind.CLAIM_FILING);
        assertThat(events("CLAIM_DECLARED")).isOne();

        WorklistItem warning = line("Ancien & Fils", WorklistKind.LIMITATION_WARNING);
        model.takeNote(warning, " ");
        assertThat(model.formErrorProperty().get()).isEqualTo(messages.get(WorklistService.REASON_REQUIRED));
        model.takeNote(warning, "Assignation en préparation");
        assertThat(model.statusProperty().get()).startsWith("Alerte de prescription prise en compte");
        assertThat(model.items()).noneMatch(i -> i.kind() == WorklistKind.LIMITATION_WARNING);
        assertThat(model.items()).anyMatch(i -> i.debtorName().equals("Ancien & Fils"));
    }
}
