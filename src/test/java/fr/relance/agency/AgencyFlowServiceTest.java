package fr.relance.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.domain.Allocation;
import fr.relance.domain.CaseEvent;
import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.Invoice;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.Money;
import fr.relance.domain.Payment;
import fr.relance.domain.PostalAddress;
import fr.relance.domain.CaseStage;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.agency.AgencyHandover;
import fr.relance.domain.agency.AgencyOutcome;
import fr.relance.domain.agency.AgencyReportStatus;
import fr.relance.domain.agency.CollectionAgency;
import fr.relance.domain.agency.NextStepKind;
import fr.relance.domain.dossier.DossierChecklist;
import fr.relance.domain.dossier.DossierItemCode;
import fr.relance.domain.dossier.DossierItemDefinition;
import fr.relance.domain.dossier.TickSource;
import fr.relance.domain.dunning.WorklistItem;
import fr.relance.domain.dunning.WorklistKind;
import fr.relance.dunning.WorklistService;
import fr.relance.store.AgencyCaseRepository;
import fr.relance.store.AgencyRepository;
import fr.relance.store.Database;
import fr.relance.store.LedgerWriter;
import fr.relance.store.TimelineRepository;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dossier checklist and the agency flow on a real data file. Durand owes 1,200 + 300 (FA-2 disputed in the
 * ledger), Martin 500 (pays 200 on DAY + 5); both 30 days late on DAY.
 */
public class AgencyFlowServiceTest {

    public static final LocalDate DUE = LocalDate.of(2026, 9, 1);
    public static final LocalDate DAY = DUE.plusDays(30);
    public static final long DURAND = 1;
    public static final long MARTIN = 2;

    @TempDir
    Path dir;
    Database database;
    FakeDossierExport export;
    AgencyFlowService service;
    DossierChecklistService checklists;
    WorklistService worklist;
    TimelineRepository timeline;
    AgencyCaseRepository cases;
    CollectionAgency agency;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(Files.createDirectories(dir.resolve("data")));
        new LedgerWriter(database).writeIntoEmptyFile(ledger(), (done, total) -> { },
                () -> false);
        export = new FakeDossierExport();
        service = new AgencyFlowService(database, "claire", export);
        checklists = service.checklists();
        worklist = new WorklistService(database, "claire");
        timeline = new TimelineRepository(database);
        cases = new AgencyCaseRepository(database);
        agency = new AgencyRepository(database).save(new CollectionAgency(null, "Recouvra Lyon", null, null, null,
                null, null, null, null, null, new BigDecimal("12"), null, null, null, null, null, null, false), DAY);
    }

    @AfterEach
    void close() {
        database.close();
    }

    public static LedgerWriter.Ledger ledger() {
        PostalAddress lyon = PostalAddress.france("4 rue Garibaldi", "69006", "Lyon");
        List<Debtor> debtors = List.of(
                new Debtor(DURAND, "411DURAND", "Durand SARL", DebtorKind.B2B, null, null, lyon, "fr"),
                new Debtor(MARTIN, "411MARTIN", "Martin SA", DebtorKind.B2B, null, null, lyon, "fr"));
        List<Invoice> invoices = List.of(
                invoice(1, DURAND, "FA-1", "1200.00", false),
                invoice(2, DURAND, "FA-2", "300.00", true),
                invoice(3, MARTIN, "FA-3", "500.00", false));
        List<Payment> payments = List.of(
                new Payment(1, MARTIN, DAY.plusDays(5), Money.of("200.00"), "TRANSFER", "VIR MARTIN"));
        List<Allocation> allocations = List.of(new Allocation(1, 3, 1L, null, Money.of("200.00"), DAY.plusDays(5)));
        return new LedgerWriter.Ledger(null, debtors, List.of(), invoices, payments, allocations);
    }

    static Invoice invoice(long id, long debtor, String number, String amount, boolean disputed) {
        BigDecimal ttc = Money.of(amount);
        return new Invoice(id, debtor, InvoiceKind.INVOICE, number, DUE.minusDays(30), DUE,
                Money.cents(ttc.divide(new BigDecimal("1.2"), java.math.MathContext.DECIMAL64)), ttc, "EUR", disputed,
                disputed ? "Quantité contestée" : null);
    }

    int count(String table) {
        return database.dsl().fetchOne("SELECT COUNT(*) FROM " + table).get(0, Integer.class);
    }

    List<String> kinds(long debtorId) {
        return timeline.ofDebtor(debtorId, List.of()).stream().map(CaseEvent::kind).toList();
    }

    boolean dunned(long debtorId, LocalDate day) {
        return worklist.worklist(day).stream().anyMatch(i -> i.debtorId() == debtorId
                && i.kind() == WorklistKind.DUNNING_STEP);
    }

    String stage(long debtorId) {
        return database.dsl().fetchOne("SELECT stage FROM collection_case WHERE debtor_id = ? AND closed_on IS NULL",
                debtorId).get(0, String.class);
    }

    @Test
    void theChecklistIsConfiguredInTheDatabase() {
        List<DossierItemDefinition> items = new ArrayList<>(checklists.items());
        assertThat(items).hasSize(9).allMatch(i -> !i.custom() && i.enabled());
        assertThat(items).filteredOn(DossierItemDefinition::required).extracting(DossierItemDefinition::code)
                .containsExactly(DossierItemCode.INVOICE_COPIES, DossierItemCode.STATEMENT_OF_ACCOUNT,
                        DossierItemCode.REMINDERS_SENT, DossierItemCode.FORMAL_NOTICE_WITH_PROOF,
                        DossierItemCode.DEBTOR_IDENTITY, DossierItemCode.NO_OPEN_DISPUTE);
        items.set(4, items.get(4).withEnabled(false));
        items.set(5, items.get(5).withRequired(true));
        items.add(new DossierItemDefinition(null, null, "Extrait Kbis", true, true, 0));
        List<DossierItemDefinition> saved = checklists.save(items);
        assertThat(saved).hasSize(10);
        assertThat(saved.get(4).enabled()).isFalse();
        assertThat(saved.get(5).required()).isTrue();
        assertThat(saved.get(9).label()).isEqualTo("Extrait Kbis");
        assertThat(saved.get(9).position()).isEqualTo(10);

        // The same label twice is refused, nothing written.
        List<DossierItemDefinition> twice = new ArrayList<>(saved);
        twice.add(new DossierItemDefinition(null, null, " extrait kbis ", false, true, 0));
        assertThatThrownBy(() -> checklists.save(twice)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems().get(0).messageKey())
                .isEqualTo(DossierItemDefinition.LABEL_TAKEN);
        assertThat(count("dossier_item")).isEqualTo(10);
        assertThat(checklists.checklist(MARTIN, DAY).items()).hasSize(9);
    }

    @Test
    void aTickByHandNeedsANoteAndKeepsItsHistory() {
        DossierItemDefinition correspondence = checklists.items().get(4);
        assertThatThrownBy(() -> checklists.tick(MARTIN, correspondence.id(), true, " ", DAY))
                .isInstanceOf(InvalidInputException.class);
        assertThat(count("dossier_tick")).isZero();
        DossierChecklist ticked = checklists.tick(MARTIN, correspondence.id(), true, "Mails du 12/09 classés", DAY);
        var item = ticked.items().get(4);
        assertThat(item.how()).isEqualTo(TickSource.MANUAL);
        assertThat(item.manual().by()).isEqualTo("claire");
        assertThat(item.manual().note()).isEqualTo("Mails du 12/09 classés");
        assertThat(item.manual().at()).isNotNull();
        DossierChecklist unticked = checklists.tick(MARTIN, correspondence.id(), false, null, DAY);
        assertThat(unticked.items().get(4).present()).isFalse();
        assertThat(count("dossier_tick")).isEqualTo(2);

        // "No open dispute" is never ticked by hand: the dispute is resolved instead.
        DossierItemDefinition dispute = checklists.items().get(8);
        assertThatThrownBy(() -> checklists.tick(DURAND, dispute.id(), true, "client d'accord", DAY))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems().get(0).messageKey())
                .isEqualTo(DossierChecklistService.NOT_BY_HAND);
    }

    @Test
    void anIncompleteDossierIsHandedOverOnlyWithAReasonAndTheWorklistThenLeavesTheDebtorAlone() throws Exception {
        assertThat(dunned(MARTIN, DAY)).isTrue();
        Path file = dir.resolve("dossier-martin.pdf");
        assertThat(service.overview(MARTIN, DAY).checklist().missingRequired()).isNotEmpty();

        assertThatThrownBy(() -> service.handOver(MARTIN, agency.id(), "  ", file, DAY))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems().get(0).messageKey())
                .isEqualTo(AgencyFlowService.OVERRIDE_REASON_REQUIRED);
        assertThat(export.exports).isZero();
        assertThat(Files.exists(file)).isFalse();
        assertThat(count("agency_handover")).isZero();

        AgencyHandover handover = service.handOver(MARTIN, agency.id(), "Client injoignable, l'agence complètera",
                file, DAY);
        assertThat(handover.agencyName()).isEqualTo("Recouvra Lyon");
        assertThat(handover.previousStage()).isEqualTo(CaseStage.AMICABLE);
        assertThat(handover.balance()).isEqualByComparingTo("500.00");
        String sha = FakeDossierExport.sha256Of(file);
        assertThat(handover.dossierSha256()).isEqualTo(sha);
        assertThat(stage(MARTIN)).isEqualTo("AGENCY");
        var row = database.dsl().fetchOne("SELECT agency_id, handed_over_on FROM collection_case WHERE debtor_id = ?",
                MARTIN);
        assertThat(row.get(0, Long.class)).isEqualTo(agency.id());
        assertThat(row.get(1, LocalDate.class)).isEqualTo(DAY);
        CaseEvent event = timeline.ofDebtor(MARTIN, List.of(CaseEvent.AGENCY_HANDOVER)).get(0);
        assertThat(event.summary()).contains("Recouvra Lyon", "OVERRIDE", "l'agence complètera");
        assertThat(cases.details(event.id())).contains("dossier.sha256=" + sha, "override.missing=");

        // Relance stops its own dunning; a second handover is refused.
        assertThat(dunned(MARTIN, DAY)).isFalse();
        assertThat(dunned(MARTIN, DAY.plusDays(40))).isFalse();
        assertThat(dunned(DURAND, DAY)).isTrue();
        assertThatThrownBy(() -> service.handOver(MARTIN, agency.id(), "encore", dir.resolve("b.pdf"), DAY))
                .isInstanceOf(InvalidInputException.class);

        // Recall: back to the stage it left, agency cleared, dunning resumes.
        assertThatThrownBy(() -> service.recall(MARTIN, "", DAY)).isInstanceOf(InvalidInputException.class);
        service.recall(MARTIN, "Le client a appelé pour régler", DAY.plusDays(3));
        assertThat(stage(MARTIN)).isEqualTo("AMICABLE");
        assertThat(database.dsl().fetchOne("SELECT agency_id FROM collection_case WHERE debtor_id = ?", MARTIN)
                .get(0)).isNull();
        assertThat(kinds(MARTIN)).contains(CaseEvent.AGENCY_RECALLED);
        assertThat(dunned(MARTIN, DAY.plusDays(3))).isTrue();
        assertThat(service.overview(MARTIN, DAY.plusDays(3)).current()).isNull();
    }

    @Test
    void aHandoverWhoseTransactionFailsLeavesNoDossierBehind() {
        Path first = dir.resolve("first.pdf");
        Path second = dir.resolve("second.pdf");
        // Another window hands the case over while this one writes its dossier.
        export.whileExporting = () -> {
            export.whileExporting = () -> { };
            service.handOver(MARTIN, agency.id(), "autre fenêtre", first, DAY);
        };
        assertThatThrownBy(() -> service.handOver(MARTIN, agency.id(), "cette fenêtre", second, DAY))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems().get(0).messageKey())
                .isEqualTo(AgencyCaseRepository.ALREADY_HANDED_OVER);
        assertThat(Files.exists(second)).isFalse();
        assertThat(Files.exists(first)).isTrue();
        assertThat(count("agency_handover")).isEqualTo(1);
        assertThat(timeline.ofDebtor(MARTIN, List.of(CaseEvent.AGENCY_HANDOVER))).hasSize(1);
    }

    @Test
    void reportsAreSummedUnlessReversedAndAFailedCaseGoesToCourt() {
        service.handOver(DURAND, agency.id(), "litige FA-2 traité par l'agence", dir.resolve("d.pdf"), DAY);
        assertThatThrownBy(() -> service.report(DURAND, DAY.plusDays(5), AgencyReportStatus.COLLECTED,
                new BigDecimal("1500.01"), BigDecimal.ZERO, null, DAY.plusDays(10)))
                .isInstanceOf(InvalidInputException.class);
        service.report(DURAND, DAY.plusDays(5), AgencyReportStatus.IN_PROGRESS, BigDecimal.ZERO, BigDecimal.ZERO,
                "Débiteur relancé par téléphone", DAY.plusDays(10));
        service.report(DURAND, DAY.plusDays(8), AgencyReportStatus.PARTLY_COLLECTED, new BigDecimal("400.00"),
                new BigDecimal("48.00"), null, DAY.plusDays(10));
        long mistaken = service.report(DURAND, DAY.plusDays(9), AgencyReportStatus.PARTLY_COLLECTED,
                new BigDecimal("400.00"), new BigDecimal("48.00"), "saisi deux fois", DAY.plusDays(10));
        long eventId = database.dsl().fetchOne("SELECT event_id FROM agency_report WHERE id = ?", mistaken)
                .get(0, Long.class);
        timeline.reverse(eventId, "claire", "Compte rendu saisi deux fois", DAY.plusDays(10));

        AgencyCase overview = service.overview(DURAND, DAY.plusDays(10));
        assertThat(overview.reports()).hasSize(3);
        assertThat(overview.account().collected()).isEqualByComparingTo("400.00");
        assertThat(overview.account().fees()).isEqualByComparingTo("48.00");
        assertThat(overview.account().pendingRemittance()).isEqualByComparingTo("400.00");
        assertThat(overview.account().remaining()).isEqualByComparingTo("1100.00");
        assertThat(overview.nextSteps()).isEmpty();

        assertThat(service.end(DURAND, DAY.plusDays(10))).isEqualTo(AgencyOutcome.PARTLY_PAID);
        assertThat(dunned(DURAND, DAY.plusDays(10))).isFalse();
        overview = service.overview(DURAND, DAY.plusDays(10));
        assertThat(overview.nextSteps()).extracting(s -> s.kind())
                .containsExactly(NextStepKind.SMALL_CLAIMS_PROCEDURE, NextStepKind.ORDER_FOR_PAYMENT,
                        NextStepKind.WRITE_OFF);
        assertThatThrownBy(() -> service.engage(DURAND, NextStepKind.CLAIM_DECLARATION, null, DAY.plusDays(10)))
                .isInstanceOf(InvalidInputException.class);
        service.engage(DURAND, NextStepKind.ORDER_FOR_PAYMENT, "Requête préparée", DAY.plusDays(11));
        assertThat(stage(DURAND)).isEqualTo("LEGAL");
        assertThat(timeline.ofDebtor(DURAND, List.of(CaseEvent.LEGAL_REVIEW)).get(0).summary())
                .isEqualTo("ORDER_FOR_PAYMENT · TRIBUNAL_DE_COMMERCE · Cerfa 12946: Requête préparée");
        assertThat(dunned(DURAND, DAY.plusDays(30))).isFalse();
    }

    @Test
    void aWriteOffClosesTheCaseAndRecordsTheVatWording() {
        service.handOver(MARTIN, agency.id(), "dossier partiel", dir.resolve("m.pdf"), DAY);
        service.report(MARTIN, DAY.plusDays(2), AgencyReportStatus.FAILED, BigDecimal.ZERO, BigDecimal.ZERO,
                "Débiteur insolvable", DAY.plusDays(2));
        assertThatThrownBy(() -> service.writeOff(MARTIN, "irrécouvrable", "…", DAY.plusDays(2)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(service.end(MARTIN, DAY.plusDays(2))).isEqualTo(AgencyOutcome.FAILED);
        AgencyCase overview = service.overview(MARTIN, DAY.plusDays(2));
        assertThat(overview.vat().totalVat()).isEqualByComparingTo("83.33");
        assertThatThrownBy(() -> service.writeOff(MARTIN, " ", "…", DAY.plusDays(2)))
                .isInstanceOf(InvalidInputException.class);
        service.writeOff(MARTIN, "Agence en échec, débiteur sans actif", "La TVA de 83,33 € …", DAY.plusDays(2));
        var closed = database.dsl().fetchOne("SELECT stage, closed_reason FROM collection_case WHERE debtor_id = ?",
                MARTIN);
        assertThat(closed.get(0)).isEqualTo("CLOSED");
        assertThat(closed.get(1)).isEqualTo("WRITTEN_OFF");
        assertThat(database.dsl().fetchOne("SELECT closed_on FROM invoice WHERE id = 3").get(0, LocalDate.class))
                .isEqualTo(DAY.plusDays(2));
        CaseEvent vat = timeline.ofDebtor(MARTIN, List.of(CaseEvent.VAT_RECOVERY)).get(0);
        assertThat(vat.amount()).isEqualByComparingTo("83.33");
        assertThat(vat.summary()).isEqualTo("CGI 272-1 · VAT 83.33 · FA-3");
        assertThat(cases.details(vat.id())).isEqualTo("La TVA de 83,33 € …");
        assertThat(worklist.worklist(DAY.plusDays(3))).noneMatch(i -> i.debtorId() == MARTIN);
    }
}
