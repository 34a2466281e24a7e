package fr.relance.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.CaseClosingReason;
import fr.relance.domain.CaseEvent;
import fr.relance.domain.CaseStage;
import fr.relance.domain.OpenItem;
import fr.relance.domain.dunning.CaseMeasures.PolicyOption;
import fr.relance.domain.dunning.DisputeCategory;
import fr.relance.domain.dunning.DisputeResolution;
import fr.relance.domain.dunning.InsolvencyProceeding;
import fr.relance.domain.dunning.PromiseStatus;
import fr.relance.domain.dunning.WorklistKind;
import fr.relance.dunning.CaseMeasuresService;
import fr.relance.dunning.WorklistService;
import fr.relance.store.Database;
import fr.relance.store.LedgerWriter;
import fr.relance.store.ReceivablesRepository;
import fr.relance.store.TimelineRepository;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.QueuedTasks;
import fr.relance.ui.RecordingDialogs;
import fr.relance.ui.cases.CaseMeasuresViewModel.Form;
import fr.relance.ui.common.BackgroundTasks;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The follow-up tab's view-model on a real data file, without a window. */
class CaseMeasuresViewModelTest {

    static final LocalDate TODAY = TimelineViewModelTest.TODAY;
    static final long DURAND = TimelineViewModelTest.DURAND;

    @TempDir
    Path dir;
    Database database;
    TimelineRepository timeline;
    final RecordingDialogs dialogs = new RecordingDialogs();
    final Messages messages = new Messages(Locale.FRANCE);
    final Formats formats = new Formats(Locale.FRANCE);
    CaseMeasuresViewModel model;
    int written;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        new LedgerWriter(database).writeIntoEmptyFile(TimelineViewModelTest.smallLedger(), (done, total) -> { },
                () -> false);
        timeline = new TimelineRepository(database);
        model = model(BackgroundTasks.sameThread());
        model.open(DURAND);
    }

    CaseMeasuresViewModel model(BackgroundTasks tasks) {
        CaseMeasuresViewModel created = new CaseMeasuresViewModel(new CaseMeasuresService(database, "claire"), tasks,
                dialogs, messages, formats, TODAY);
        created.setOnWritten(() -> written++);
        return created;
    }

    @AfterEach
    void close() {
        database.close();
    }

    List<String> kinds() {
        return timeline.ofDebtor(DURAND, List.of()).stream().map(CaseEvent::kind).toList();
    }

    OpenItem fa1() {
        return new ReceivablesRepository(database).openItemsOf(DURAND, TODAY).get(0);
    }

    String error(Form form, String field) {
        return model.errors().get(CaseMeasuresViewModel.key(form, field));
    }

    @Test
    void theCaseWithoutACaseYetShowsHowOneOpensAndTheDefaultPolicy() {
        assertThat(model.texts().stage(model.measuresProperty().get())).startsWith("Aucun dossier ouvert");
        assertThat(model.policies()).extracting(PolicyOption::name).containsExactly("B2B");
        assertThat(model.texts().policy(model.policies().get(0))).isEqualTo("B2B (par défaut)");
        assertThat(model.texts().balance(model.measuresProperty().get())).isEqualTo("Solde dû : 1\u202F200,00\u00A0€");
        assertThat(model.texts().insolvency(null)).isEqualTo("Aucune procédure collective connue.");

        new WorklistService(database, "claire").execute(new WorklistService(database, "claire").worklist(TODAY)
                .stream().filter(i -> i.debtorId() == DURAND && i.kind() == WorklistKind.DUNNING_STEP).findFirst()
                .orElseThrow(), TODAY, "claire");
        model.refresh();
        assertThat(model.measuresProperty().get().openCase().stage()).isNotEqualTo(CaseStage.CLOSED);
        assertThat(model.texts().stage(model.measuresProperty().get())).contains("depuis le 23/11/2026")
                .contains("dossier ouvert le 23/11/2026");
    }

    @Test
    void aHoldEndingBeforeItStartsShowsUnderTheEndDateAndNothingIsWritten() {
        List<String> before = kinds();
        model.holdDebtor(TODAY.plusDays(5), TODAY.plusDays(2), "Congés annuels");
        assertThat(error(Form.HOLD, "until")).isEqualTo(messages.get("hold.untilBeforeFrom"));
        assertThat(model.holds()).isEmpty();
        assertThat(kinds()).isEqualTo(before);
        assertThat(model.savedProperty(Form.HOLD).get()).isZero();
        assertThat(written).isZero();

        model.holdSelectedInvoice(TODAY, TODAY.plusDays(2), "Avoir");
        assertThat(error(Form.HOLD, "invoice")).startsWith("Sélectionnez d’abord la facture");

        model.holdDebtor(TODAY, TODAY.plusDays(14), "Congés annuels");
        assertThat(model.errors()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Relances du débiteur suspendues.");
        assertThat(model.holds()).singleElement().satisfies(line -> {
            assertThat(model.texts().holdTarget(line)).isEqualTo("Tout le débiteur");
            assertThat(model.texts().period(line.hold())).isEqualTo("du 23/11/2026 au 07/12/2026");
        });
        assertThat(model.savedProperty(Form.HOLD).get()).isEqualTo(1);
        assertThat(written).isEqualTo(1);

        model.selectedItemProperty().set(fa1());
        model.holdSelectedInvoice(TODAY.plusDays(1), TODAY.plusDays(10), "Attente du bon de livraison");
        assertThat(model.holds()).hasSize(2);
        assertThat(model.texts().followUp(fa1(), model.measuresProperty().get()))
                .isEqualTo("Suspendue jusqu’au 03/12/2026");

        model.liftHold(model.holds().get(0));
        assertThat(model.holds()).hasSize(1);
        assertThat(kinds()).containsExactly(CaseEvent.HOLD_LIFTED, CaseEvent.HOLD_SET, CaseEvent.HOLD_SET);
    }

    @Test
    void aDisputeIsOpenedOnTheSelectedInvoiceMarkedAndResolved() {
        model.openDispute(DisputeCategory.QUALITY, "Rayures sur 3 pièces");
        assertThat(error(Form.DISPUTE, "invoice")).isNotBlank();
        model.selectedItemProperty().set(fa1());
        model.openDispute(DisputeCategory.OTHER, " ");
        assertThat(error(Form.DISPUTE, "note")).isEqualTo(messages.get("dispute.noteRequired"));

        model.openDispute(DisputeCategory.QUALITY, "Rayures sur 3 pièces");
        assertThat(model.errors()).isEmpty();
        assertThat(model.disputes()).singleElement().satisfies(d -> {
            assertThat(model.texts().disputeCategory(d)).isEqualTo("Qualité");
            assertThat(model.texts().disputeStatus(d)).isEqualTo("En cours");
        });
        assertThat(model.texts().followUp(fa1(), model.measuresProperty().get())).isEqualTo("Litige");

        model.resolveDispute(model.disputes().get(0), DisputeResolution.CREDIT_NOTE);
        assertThat(model.texts().disputeStatus(model.disputes().get(0))).isEqualTo("Avoir émis");
        assertThat(model.disputes().get(0).resolvedOn()).isEqualTo(TODAY);
        assertThat(kinds()).containsExactly(CaseEvent.DISPUTE_RESOLVED, CaseEvent.DISPUTE_OPENED);
    }

    @Test
    void aPromiseInThePastOrAboveTheBalanceIsRefusedUnderItsFieldThenOneIsRecordedAndCancelled() {
        model.recordPromise(TODAY.minusDays(1), "100");
        assertThat(error(Form.PROMISE, "dueDate")).isEqualTo(messages.get("promise.dueInPast"));
        model.recordPromise(TODAY.plusDays(10), "1 200,01");
        assertThat(error(Form.PROMISE, "amount")).isEqualTo(messages.get("promise.amountAboveBalance"));
        assertThat(error(Form.PROMISE, "dueDate")).isNull();
        model.recordPromise(TODAY.plusDays(10), "douze");
        assertThat(error(Form.PROMISE, "amount")).startsWith("Montant illisible");
        assertThat(kinds()).isEmpty();

        model.recordPromise(TODAY.plusDays(10), "1 200,00");
        assertThat(model.promises()).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(PromiseStatus.PENDING);
            assertThat(model.texts().promiseStatus(p)).isEqualTo("En attente");
        });

        dialogs.textAnswer = null; // the controller cancels the question: nothing happens
        model.cancelPromise(model.promises().get(0));
        assertThat(kinds()).containsExactly(CaseEvent.PROMISE_MADE);

        dialogs.textAnswer = "Le client a changé d’avis";
        model.cancelPromise(model.promises().get(0));
        assertThat(model.texts().promiseStatus(model.promises().get(0))).isEqualTo("Annulée");
        assertThat(kinds()).containsExactly(CaseEvent.REVERSAL, CaseEvent.PROMISE_MADE);
        assertThat(dialogs.questions).hasSize(2).allMatch(q -> q.startsWith("Annuler une promesse"));
    }

    @Test
    void insolvencyShowsTheClaimDeadlineAndIsLiftedWithAReason() {
        model.markInsolvency(null, TODAY.minusDays(9), TODAY.minusDays(10));
        assertThat(error(Form.INSOLVENCY, "kind")).startsWith("Choisissez le type de procédure");
        assertThat(error(Form.INSOLVENCY, "publishedOn")).isEqualTo(messages.get("insolvency.publishedBeforeOpening"));

        model.markInsolvency(InsolvencyProceeding.RECEIVERSHIP, TODAY.minusDays(12), TODAY.minusDays(5));
        var insolvency = model.measuresProperty().get().insolvency();
        assertThat(model.texts().insolvency(insolvency)).isEqualTo("Redressement judiciaire · jugement d’ouverture"
                + " du 11/11/2026 · publication au BODACC du 18/11/2026");
        assertThat(model.texts().claim(insolvency)).isEqualTo("Déclarer la créance avant le 18/01/2027 (encore 56 jours)");

        dialogs.textAnswer = "Homonyme";
        model.liftInsolvency();
        assertThat(model.measuresProperty().get().insolvency()).isNull();
        assertThat(kinds()).containsExactly(CaseEvent.REVERSAL, CaseEvent.INSOLVENCY_OPENED);
    }

    @Test
    void closingAsksFirstAndRefusesPaidWhileInvoicesRemain() {
        WorklistService worklist = new WorklistService(database, "claire");
        worklist.execute(worklist.worklist(TODAY).stream().filter(i -> i.debtorId() == DURAND)
                .filter(i -> i.kind() == WorklistKind.DUNNING_STEP).findFirst().orElseThrow(), TODAY, "claire");
        model.refresh();

        model.closeCase(CaseClosingReason.PAID, null);
        assertThat(error(Form.CLOSING, "reason")).startsWith("Des factures restent ouvertes");
        assertThat(dialogs.confirmations).isEmpty();

        dialogs.confirmAnswer = false;
        model.closeCase(CaseClosingReason.WRITTEN_OFF, "Société radiée");
        assertThat(model.measuresProperty().get().hasOpenCase()).isTrue();

        dialogs.confirmAnswer = true;
        model.closeCase(CaseClosingReason.WRITTEN_OFF, "Société radiée");
        assertThat(model.measuresProperty().get().hasOpenCase()).isFalse();
        assertThat(dialogs.confirmations).hasSize(2).last().asString().contains("Passer en perte");
        assertThat(model.statusProperty().get()).isEqualTo("Dossier clôturé.");
    }

    @Test
    void aDoubleClickRecordsOnce() {
        QueuedTasks deferred = new QueuedTasks();
        CaseMeasuresViewModel slow = model(deferred);
        slow.open(DURAND);
        deferred.runAll();
        slow.holdDebtor(TODAY, TODAY.plusDays(3), "Congés");
        assertThat(slow.busyProperty().get()).isTrue();
        slow.holdDebtor(TODAY, TODAY.plusDays(3), "Congés");
        slow.recordPromise(TODAY.plusDays(3), "100");
        deferred.runAll();
        assertThat(slow.busyProperty().get()).isFalse();
        assertThat(kinds()).containsExactly(CaseEvent.HOLD_SET);
    }

    @Test
    void aStageChangeNeedsItsReasonUnderTheField() {
        model.changeStage(CaseStage.LEGAL, "");
        assertThat(error(Form.STAGE, "reason")).isEqualTo(messages.get(WorklistService.REASON_REQUIRED));
        model.changeStage(CaseStage.LEGAL, "Dossier confié à Maître Roux");
        assertThat(model.texts().stage(model.measuresProperty().get())).startsWith("Étape : Contentieux, depuis le");
        assertThat(model.statusProperty().get()).isEqualTo("Étape du dossier changée.");
    }

    @Test
    void aPolicyChoiceIsRefusedWhenItChangesNothing() {
        model.assignPolicy(model.policies().get(0));
        assertThat(error(Form.POLICY, "policy")).isEqualTo(messages.get("measures.policy.unchanged"));
        assertThat(kinds()).isEmpty();
    }

    @Test
    void everyKeyBuiltFromAnEnumExistsInBothLanguages() {
        List<String> keys = new ArrayList<>();
        for (CaseStage stage : CaseStage.values()) {
            keys.add("measures.stage." + stage.name());
        }
        for (CaseClosingReason reason : CaseClosingReason.values()) {
            keys.add("measures.closing.reason." + reason.name());
        }
        for (DisputeCategory category : DisputeCategory.values()) {
            keys.add("measures.dispute.category." + category.name());
        }
        for (DisputeResolution resolution : DisputeResolution.values()) {
            keys.add("measures.dispute.resolution." + resolution.name());
        }
        for (PromiseStatus status : PromiseStatus.values()) {
            keys.add("measures.promise.status." + status.name());
        }
        for (InsolvencyProceeding kind : InsolvencyProceeding.values()) {
            keys.add("measures.insolvency.kind." + kind.name());
        }
        for (String kind : CaseEvent.KINDS) {
            keys.add("timeline.kind." + kind);
        }
        keys.addAll(List.of(CaseMeasuresService.INVOICE_REQUIRED, CaseMeasuresService.INVOICE_NOT_OPEN,
                CaseMeasuresService.POLICY_OTHER_KIND, CaseMeasuresService.POLICY_UNCHANGED,
                CaseMeasuresService.DEBTOR_UNKNOWN, CaseMeasuresService.DISPUTE_NOT_OPEN,
                CaseMeasuresService.KIND_REQUIRED, CaseMeasuresService.AMOUNT_CENTS,
                CaseMeasuresService.STAGE_CLOSED_BY_CLOSING, fr.relance.store.MeasuresJournal.STAGE_UNCHANGED,
                fr.relance.store.MeasuresJournal.HOLD_NONE, fr.relance.store.MeasuresJournal.PROMISE_NOT_OPEN,
                fr.relance.store.MeasuresJournal.INSOLVENCY_ALREADY, fr.relance.store.MeasuresJournal.INSOLVENCY_NONE,
                fr.relance.store.MeasuresJournal.CASE_NONE_OPEN, fr.relance.store.MeasuresJournal.POLICY_UNKNOWN,
                fr.relance.store.MeasuresJournal.DISPUTE_NOT_IN_LEDGER, fr.relance.domain.CaseClosing.REASON_REQUIRED,
                fr.relance.domain.CaseClosing.OPEN_INVOICES_REMAIN,
                fr.relance.domain.CaseClosing.WRITE_OFF_NOTE_REQUIRED,
                fr.relance.domain.CaseClosing.NOTHING_TO_WRITE_OFF));
        Messages english = new Messages(Locale.UK);
        assertThat(keys).allMatch(messages::has).allMatch(english::has);
    }

    @Test
    void storedSummariesReadInTheUsersLanguage() {
        assertThat(EventSummaries.localize(CaseEvent.STAGE_CHANGED,
                "FORMAL_NOTICE → CLOSED (WRITTEN_OFF): Société radiée", messages, formats))
                .isEqualTo("Mise en demeure → Clôturé (Passé en perte): Société radiée");
        assertThat(EventSummaries.localize(CaseEvent.HOLD_SET, "2026-11-23 → 2026-12-07: Congés", messages, formats))
                .isEqualTo("23/11/2026 → 07/12/2026: Congés");
        assertThat(EventSummaries.localize(CaseEvent.INSOLVENCY_OPENED, "LIQUIDATION 2026-11-11 / BODACC 2026-11-18",
                messages, formats)).isEqualTo("Liquidation judiciaire 11/11/2026 / BODACC 18/11/2026");
        assertThat(EventSummaries.localize(CaseEvent.DISPUTE_OPENED, "PRICE: remise oubliée", messages, formats))
                .isEqualTo("Prix: remise oubliée");
        assertThat(EventSummaries.localize(CaseEvent.NOTE, "PRICE 2026-11-23", messages, formats))
                .isEqualTo("PRICE 23/11/2026");
    }
}
