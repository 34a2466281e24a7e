package fr.relance.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.CaseEvent;
import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.Invoice;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.Money;
import fr.relance.domain.PostalAddress;
import fr.relance.domain.dunning.CallOutcome;
import fr.relance.dunning.CaseHistoryService;
import fr.relance.dunning.WorklistService;
import fr.relance.store.Database;
import fr.relance.store.LedgerWriter;
import fr.relance.store.TimelineRepository;
import fr.relance.text.Messages;
import fr.relance.ui.common.BackgroundTasks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline view-model on a real data file, without a window. */
class TimelineViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final long DURAND = 1;

    @TempDir
    Path dir;
    Database database;
    TimelineRepository timeline;
    TimelineViewModel model;
    final Messages messages = new Messages(Locale.FRANCE);

    @BeforeEach
    void open() {
        database = Database.open(dir);
        new LedgerWriter(database).writeIntoEmptyFile(smallLedger(), (done, total) -> { }, () -> false);
        timeline = new TimelineRepository(database);
        model = new TimelineViewModel(timeline, new WorklistService(database, "claire"),
                new CaseHistoryService(database, "claire"), BackgroundTasks.sameThread(),
                messages, TODAY, "claire");
        timeline.append(CaseEvent.of(DURAND, null, TODAY.minusDays(30), CaseEvent.REMINDER_SENT, "claire",
                new BigDecimal("1200.00"), 1L, "Étape 1"));
        model.open(DURAND);
        // These tests look at the recorded events; those read from the ledger are tested on their own below.
        model.showLedgerProperty().set(false);
    }

    @AfterEach
    void close() {
        database.close();
    }

    static LedgerWriter.Ledger smallLedger() {
        PostalAddress lyon = PostalAddress.france("4 rue Garibaldi", "69006", "Lyon");
        List<Debtor> debtors = List.of(
                new Debtor(DURAND, "411DURAND", "Durand SARL", DebtorKind.B2B, null, null, lyon, "fr"),
                new Debtor(2, "411MARTIN", "Martin SA", DebtorKind.B2B, null, null, lyon, "fr"));
        List<Invoice> invoices = List.of(
                new Invoice(1, DURAND, InvoiceKind.INVOICE, "FA-1", TODAY.minusDays(90), TODAY.minusDays(60),
                        Money.of("1000.00"), Money.of("1200.00"), "EUR", false, null),
                new Invoice(2, 2, InvoiceKind.INVOICE, "FA-2", TODAY.minusDays(40), TODAY.minusDays(10),
                        Money.of("250.00"), Money.of("300.00"), "EUR", false, null));
        return new LedgerWriter.Ledger(null, debtors, List.of(), invoices, List.of(), List.of());
    }

    @Test
    void aNoteAppearsNewestFirst() {
        model.addNote("  Le comptable promet de rappeler lundi.  ");

        assertThat(model.entries()).extracting(e -> e.event().kind())
                .containsExactly(CaseEvent.NOTE, CaseEvent.REMINDER_SENT);
        CaseEvent note = model.entries().get(0).event();
        assertThat(note.summary()).isEqualTo("Le comptable promet de rappeler lundi.");
        assertThat(note.author()).isEqualTo("claire");
        assertThat(note.occurredOn()).isEqualTo(TODAY);
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.savedProperty().get()).isEqualTo(1);
    }

    @Test
    void aBlankNoteIsRefusedWithASentence() {
        model.addNote("   ");

        assertThat(model.errorProperty().get()).isEqualTo(messages.get(TimelineViewModel.NOTE_BLANK))
                .startsWith("Écrivez la note");
        assertThat(model.entries()).hasSize(1);
        assertThat(timeline.ofDebtor(DURAND, List.of())).hasSize(1);
    }

    @Test
    void reversingKeepsTheOriginalAndAddsTheReversal() {
        TimelineEntry reminder = model.entries().get(0);

        model.reverse(reminder, " ");
        assertThat(model.errorProperty().get()).isEqualTo(messages.get(WorklistService.REASON_REQUIRED));
        assertThat(model.entries()).hasSize(1);

        model.reverse(reminder, "Relance envoyée par erreur");
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.entries()).hasSize(2);
        TimelineEntry reversal = model.entries().stream().filter(TimelineEntry::isReversal).findFirst().orElseThrow();
        TimelineEntry original = model.entries().stream().filter(e -> !e.isReversal()).findFirst().orElseThrow();
        assertThat(reversal.event().kind()).isEqualTo(CaseEvent.REVERSAL);
        assertThat(reversal.event().reversesEventId()).isEqualTo(original.event().id());
        assertThat(reversal.event().summary()).contains("Relance envoyée par erreur");
        assertThat(original.event().summary()).isEqualTo("Étape 1");
        assertThat(original.reversed()).isTrue();
        assertThat(original.canBeReversed()).isFalse();
        assertThat(reversal.canBeReversed()).isFalse();

        model.reverse(original, "Encore");
        assertThat(model.errorProperty().get()).isEqualTo(messages.get(TimelineViewModel.ALREADY_REVERSED));
        assertThat(model.entries()).hasSize(2);
    }

    @Test
    void aCallWithANextCallDateIsACallEvent() {
        model.logCall(CallOutcome.CALL_BACK, "Rappeler après 14 h", TODAY.plusDays(3), null, null);

        assertThat(model.errorProperty().get()).isEmpty();
        CaseEvent call = model.entries().get(0).event();
        assertThat(call.kind()).isEqualTo(CaseEvent.CALL);
        assertThat(call.summary()).contains("CALL_BACK").contains("Rappeler après 14 h");
        Object calls = database.dsl().fetchValue(
                "select count(*) from call_log where debtor_id = 1 and next_call_on = ?", TODAY.plusDays(3));
        assertThat(((Number) calls).intValue()).isEqualTo(1);
    }

    @Test
    void aPromiseWithoutDateOrAmountIsRefusedWithASentence() {
        model.logCall(CallOutcome.PROMISED, "Paiera bientôt", null, TODAY.plusDays(10), null);

        assertThat(model.errorProperty().get()).isEqualTo(messages.get(WorklistService.PROMISE_REQUIRED));
        assertThat(model.entries()).hasSize(1);

        model.logCall(CallOutcome.PROMISED, null, null, TODAY.plusDays(10), new BigDecimal("600.00"));
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.entries()).extracting(e -> e.event().kind()).contains(CaseEvent.CALL, CaseEvent.PROMISE_MADE);
    }

    @Test
    void aNextCallDateInThePastIsRefused() {
        model.logCall(CallOutcome.VOICEMAIL, null, TODAY.minusDays(1), null, null);

        assertThat(model.errorProperty().get()).isEqualTo(messages.get(WorklistService.UNTIL_NOT_AFTER));
        assertThat(model.entries()).hasSize(1);
    }

    @Test
    void theKindFilterNarrowsTheList() {
        model.addNote("Première note");
        model.logCall(CallOutcome.REACHED, "Parlé au comptable", null, null, null);
        assertThat(model.entries()).hasSize(3);

        model.kindFilterProperty().set(CaseEvent.NOTE);
        assertThat(model.entries()).singleElement().satisfies(e -> assertThat(e.event().kind()).isEqualTo("NOTE"));

        model.kindFilterProperty().set(CaseEvent.CALL);
        assertThat(model.entries()).singleElement().satisfies(e -> assertThat(e.event().kind()).isEqualTo("CALL"));

        model.kindFilterProperty().set(null);
        assertThat(model.entries()).hasSize(3);
    }

    @Test
    void anotherDebtorHasItsOwnTimeline() {
        model.open(2);
        assertThat(model.entries()).isEmpty();
    }

    @Test
    void theLedgersEventsAreMergedByDateCannotBeReversedAndCanBeHidden() {
        model.showLedgerProperty().set(true);

        assertThat(model.entries()).extracting(e -> e.event().kind(), e -> e.event().occurredOn()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CaseEvent.REMINDER_SENT, TODAY.minusDays(30)),
                org.assertj.core.groups.Tuple.tuple(CaseEvent.DUE_DATE_PASSED, TODAY.minusDays(59)),
                org.assertj.core.groups.Tuple.tuple(CaseEvent.INVOICE_ISSUED, TODAY.minusDays(90)));
        TimelineEntry late = model.entries().get(1);
        assertThat(late.fromLedger()).isTrue();
        assertThat(late.canBeReversed()).isFalse();
        assertThat(late.event().amount()).isEqualByComparingTo("1200.00");

        int stored = timeline.ofDebtor(DURAND, List.of()).size();
        model.reverse(late, "Erreur");
        assertThat(model.errorProperty().get()).isEqualTo(messages.get(TimelineViewModel.LEDGER_NOT_REVERSIBLE));
        assertThat(timeline.ofDebtor(DURAND, List.of())).hasSize(stored);

        model.kindFilterProperty().set(CaseEvent.INVOICE_ISSUED);
        assertThat(model.entries()).singleElement().satisfies(e -> assertThat(e.event().summary()).isEqualTo("FA-1"));
        model.kindFilterProperty().set(null);
        model.showLedgerProperty().set(false);
        assertThat(model.entries()).extracting(e -> e.event().kind()).containsExactly(CaseEvent.REMINDER_SENT);
    }

    @Test
    void aWrittenAcknowledgementRestartsTheLimitationPeriodAndItsReversalPutsItBack() {
        CaseHistoryService history = new CaseHistoryService(database, "claire");
        LocalDate fromDue = TODAY.minusDays(60).plusYears(5);
        assertThat(history.limitations(DURAND, TODAY).get(1L).limitationDate()).isEqualTo(fromDue);

        model.acknowledgeDebt(TODAY.plusDays(1), 1L, "Lettre signée");
        assertThat(model.errorProperty().get()).isEqualTo(messages.get("dunning.acknowledgement.inFuture"));
        model.acknowledgeDebt(null, null, null);
        assertThat(model.errorProperty().get()).isEqualTo(messages.get("dunning.acknowledgement.dateRequired"));
        assertThat(timeline.ofDebtor(DURAND, List.of(CaseEvent.DEBT_ACKNOWLEDGED))).isEmpty();

        model.acknowledgeDebt(TODAY.minusDays(2), 1L, "Lettre signée du gérant");
        assertThat(model.errorProperty().get()).isEmpty();
        TimelineEntry acknowledged = model.entries().get(0);
        assertThat(acknowledged.event().kind()).isEqualTo(CaseEvent.DEBT_ACKNOWLEDGED);
        assertThat(acknowledged.event().summary()).isEqualTo("FA-1: Lettre signée du gérant");
        assertThat(history.limitations(DURAND, TODAY).get(1L).limitationDate())
                .isEqualTo(TODAY.minusDays(2).plusYears(5));

        model.reverse(acknowledged, "Lettre non signée en fait");
        assertThat(history.limitations(DURAND, TODAY).get(1L).limitationDate()).isEqualTo(fromDue);
        assertThat(model.entries().get(0).isReversal()).isTrue();
    }
}
