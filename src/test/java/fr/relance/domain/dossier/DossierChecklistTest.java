package fr.relance.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.CaseEvent;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.domain.dossier.DossierFacts.ClaimedInvoice;
import fr.relance.domain.dossier.DossierFacts.FactDocument;
import fr.relance.domain.dossier.DossierFacts.FactEvent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DossierChecklistTest {

    static final LocalDate DAY = LocalDate.of(2026, 10, 1);
    /** A valid SIREN (Luhn). */
    static final String SIREN = "732829320";
    static final OffsetDateTime AT = OffsetDateTime.of(2026, 10, 2, 9, 30, 0, 0, ZoneOffset.UTC);

    static List<DossierItemDefinition> defaults() {
        List<DossierItemDefinition> items = new ArrayList<>();
        long id = 1;
        for (DossierItemCode code : DossierItemCode.values()) {
            boolean required = switch (code) {
                case CORRESPONDENCE, TERMS_WITH_PENALTY_CLAUSE, ORDER_OR_DELIVERY_PROOF -> false;
                default -> true;
            };
            items.add(new DossierItemDefinition(id, code, null, required, true, (int) id));
            id++;
        }
        return items;
    }

    static DossierFacts facts(DebtorKind kind, String siren, boolean address, List<ClaimedInvoice> claimed,
                              List<FactDocument> documents, List<FactEvent> events) {
        return new DossierFacts(kind, siren, address, claimed, documents, events);
    }

    static ClaimedInvoice invoice(long id, String number) {
        return new ClaimedInvoice(id, number, false);
    }

    static FactDocument doc(DocumentKind kind, String name, String note) {
        return new FactDocument(name.hashCode(), kind, name, note, DAY);
    }

    static FactEvent event(String kind, int day) {
        return new FactEvent(kind, DAY.minusDays(30 - day));
    }

    /** A B2B case with everything an agency needs. */
    static DossierFacts complete() {
        return facts(DebtorKind.B2B, SIREN, true, List.of(invoice(1, "FA-1"), invoice(2, "FA-2")),
                List.of(doc(DocumentKind.INVOICE_COPY, "facture FA-1.pdf", null),
                        doc(DocumentKind.INVOICE_COPY, "scan.pdf", "copie de la FA-2"),
                        doc(DocumentKind.CORRESPONDENCE, "mail.eml", null),
                        doc(DocumentKind.CONTRACT_OR_TERMS, "cgv.pdf", null),
                        doc(DocumentKind.DELIVERY_PROOF, "bl.pdf", null)),
                List.of(event(CaseEvent.REMINDER_SENT, 1), event(CaseEvent.EMAIL_SENT, 5),
                        event(CaseEvent.FORMAL_NOTICE_SENT, 10), event(CaseEvent.REGISTERED_LETTER_DELIVERED, 12)));
    }

    @Test
    void aCompleteCaseHasEveryItemTickedFromItsOwnData() {
        DossierChecklist checklist = DossierChecklist.evaluate(defaults(), complete(), List.of());
        assertThat(checklist.items()).allMatch(ChecklistItem::present)
                .allMatch(i -> i.how() == TickSource.AUTOMATIC);
        assertThat(checklist.gauge()).isEqualTo(new DossierGauge(6, 6, 9, 9));
        assertThat(checklist.gauge().complete()).isTrue();
        assertThat(checklist.missingRequired()).isEmpty();
        ChecklistItem notice = item(checklist, DossierItemCode.FORMAL_NOTICE_WITH_PROOF);
        assertThat(notice.evidenceKey()).isEqualTo("dossier.evidence.formalNotice.withProof");
        assertThat(notice.evidenceArgs()).containsExactly(DAY.minusDays(20), DAY.minusDays(18));
    }

    static Stream<Arguments> oneThingMissing() {
        DossierFacts full = complete();
        return Stream.of(
                Arguments.of("an invoice without its copy", DossierItemCode.INVOICE_COPIES,
                        new DossierFacts(full.kind(), full.siren(), true,
                                List.of(invoice(1, "FA-1"), invoice(2, "FA-2"), invoice(3, "FA-3")),
                                full.documents(), full.events()),
                        "dossier.evidence.invoiceCopies.missing", List.of("FA-3", 2, 3)),
                Arguments.of("no reminder", DossierItemCode.REMINDERS_SENT,
                        new DossierFacts(full.kind(), full.siren(), true, full.claimed(), full.documents(),
                                without(full.events(), CaseEvent.REMINDER_SENT, CaseEvent.EMAIL_SENT)),
                        "dossier.evidence.reminders.none", List.of()),
                Arguments.of("a formal notice without proof", DossierItemCode.FORMAL_NOTICE_WITH_PROOF,
                        new DossierFacts(full.kind(), full.siren(), true, full.claimed(), full.documents(),
                                without(full.events(), CaseEvent.REGISTERED_LETTER_DELIVERED)),
                        "dossier.evidence.formalNotice.noProof", List.of(DAY.minusDays(20))),
                Arguments.of("no formal notice", DossierItemCode.FORMAL_NOTICE_WITH_PROOF,
                        new DossierFacts(full.kind(), full.siren(), true, full.claimed(), full.documents(),
                                without(full.events(), CaseEvent.FORMAL_NOTICE_SENT)),
                        "dossier.evidence.formalNotice.none", List.of()),
                Arguments.of("a company without SIREN", DossierItemCode.DEBTOR_IDENTITY,
                        new DossierFacts(DebtorKind.B2B, null, true, full.claimed(), full.documents(), full.events()),
                        "dossier.evidence.identity.noSiren", List.of()),
                Arguments.of("a wrong SIREN", DossierItemCode.DEBTOR_IDENTITY,
                        new DossierFacts(DebtorKind.B2B, "732829321", true, full.claimed(), full.documents(),
                                full.events()),
                        "dossier.evidence.identity.badSiren", List.of("732829321")),
                Arguments.of("a consumer without address", DossierItemCode.DEBTOR_IDENTITY,
                        new DossierFacts(DebtorKind.CONSUMER, null, false, full.claimed(), full.documents(),
                                full.events()),
                        "dossier.evidence.identity.noAddress", List.of()),
                Arguments.of("an open dispute", DossierItemCode.NO_OPEN_DISPUTE,
                        new DossierFacts(full.kind(), full.siren(), true,
                                List.of(invoice(1, "FA-1"), new ClaimedInvoice(2, "FA-2", true)),
                                full.documents(), full.events()),
                        "dossier.evidence.dispute.open", List.of("FA-2")),
                Arguments.of("no correspondence", DossierItemCode.CORRESPONDENCE,
                        new DossierFacts(full.kind(), full.siren(), true, full.claimed(),
                                withoutKind(full.documents(), DocumentKind.CORRESPONDENCE), full.events()),
                        "dossier.evidence.correspondence.none", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void oneThingMissing(String label, DossierItemCode code, DossierFacts facts, String key, List<Object> args) {
        DossierChecklist checklist = DossierChecklist.evaluate(defaults(), facts, List.of());
        ChecklistItem item = item(checklist, code);
        assertThat(item.status()).isEqualTo(ItemStatus.MISSING);
        assertThat(item.how()).isEqualTo(TickSource.NONE);
        assertThat(item.evidenceKey()).isEqualTo(key);
        assertThat(item.evidenceArgs()).containsExactlyElementsOf(args);
        assertThat(checklist.items().stream().filter(i -> i != item)).allMatch(ChecklistItem::present);
        boolean required = item.required();
        assertThat(checklist.gauge().complete()).isEqualTo(!required);
        assertThat(checklist.gauge().present()).isEqualTo(8);
    }

    @Test
    void aConsumerIsIdentifiedByItsAddressWithoutSiren() {
        DossierFacts full = complete();
        DossierChecklist checklist = DossierChecklist.evaluate(defaults(), new DossierFacts(DebtorKind.CONSUMER,
                null, true, full.claimed(), full.documents(), full.events()), List.of());
        assertThat(item(checklist, DossierItemCode.DEBTOR_IDENTITY).evidenceKey())
                .isEqualTo("dossier.evidence.identity.consumer");
        assertThat(checklist.gauge().complete()).isTrue();
    }

    @Test
    void aReturnedLetterOrAScannedReceiptProvesTheFormalNotice() {
        DossierFacts full = complete();
        List<FactEvent> returned = new ArrayList<>(without(full.events(), CaseEvent.REGISTERED_LETTER_DELIVERED));
        returned.add(event(CaseEvent.REGISTERED_LETTER_RETURNED, 20));
        assertThat(item(DossierChecklist.evaluate(defaults(), new DossierFacts(full.kind(), full.siren(), true,
                full.claimed(), full.documents(), returned), List.of()), DossierItemCode.FORMAL_NOTICE_WITH_PROOF)
                .present()).isTrue();
        List<FactDocument> withReceipt = new ArrayList<>(full.documents());
        withReceipt.add(doc(DocumentKind.REGISTERED_RECEIPT, "ar.pdf", null));
        ChecklistItem receipt = item(DossierChecklist.evaluate(defaults(), new DossierFacts(full.kind(),
                full.siren(), true, full.claimed(), withReceipt,
                without(full.events(), CaseEvent.REGISTERED_LETTER_DELIVERED)), List.of()),
                DossierItemCode.FORMAL_NOTICE_WITH_PROOF);
        assertThat(receipt.present()).isTrue();
        assertThat(receipt.evidenceKey()).isEqualTo("dossier.evidence.formalNotice.withReceipt");
    }

    @Test
    void aTickByHandFillsAMissingItemAndTheLatestTickIsInForce() {
        DossierFacts full = complete();
        DossierFacts noCorrespondence = new DossierFacts(full.kind(), full.siren(), true, full.claimed(),
                withoutKind(full.documents(), DocumentKind.CORRESPONDENCE), full.events());
        long itemId = 5; // CORRESPONDENCE
        ManualTick ticked = new ManualTick(itemId, true, "échanges archivés dans la GED", "claire", AT);
        ChecklistItem item = item(DossierChecklist.evaluate(defaults(), noCorrespondence, List.of(ticked)),
                DossierItemCode.CORRESPONDENCE);
        assertThat(item.status()).isEqualTo(ItemStatus.PRESENT);
        assertThat(item.how()).isEqualTo(TickSource.MANUAL);
        assertThat(item.manual()).isEqualTo(ticked);

        ManualTick unticked = new ManualTick(itemId, false, null, "paul", AT.plusHours(1));
        assertThat(item(DossierChecklist.evaluate(defaults(), noCorrespondence, List.of(ticked, unticked)),
                DossierItemCode.CORRESPONDENCE).status()).isEqualTo(ItemStatus.MISSING);
    }

    @Test
    void anOpenDisputeIsNeverTickedAwayByHand() {
        DossierFacts full = complete();
        DossierFacts disputed = new DossierFacts(full.kind(), full.siren(), true,
                List.of(new ClaimedInvoice(1, "FA-1", true)), full.documents(), full.events());
        ManualTick tick = new ManualTick(9, true, "on passe outre", "claire", AT);
        ChecklistItem item = item(DossierChecklist.evaluate(defaults(), disputed, List.of(tick)),
                DossierItemCode.NO_OPEN_DISPUTE);
        assertThat(item.status()).isEqualTo(ItemStatus.MISSING);
        assertThat(item.manualTickAllowed()).isFalse();
    }

    @Test
    void customItemsAreTickedByHandAndDisabledItemsLeftOut() {
        List<DossierItemDefinition> items = new ArrayList<>(defaults());
        items.set(4, items.get(4).withEnabled(false)); // no correspondence item
        items.set(5, items.get(5).withRequired(true)); // terms required
        items.add(new DossierItemDefinition(10L, null, "Extrait Kbis", true, true, 10));
        DossierChecklist before = DossierChecklist.evaluate(items, complete(), List.of());
        assertThat(before.items()).hasSize(9).noneMatch(i -> i.item().code() == DossierItemCode.CORRESPONDENCE);
        assertThat(before.gauge()).isEqualTo(new DossierGauge(7, 8, 8, 9));
        assertThat(before.missingRequired()).extracting(i -> i.item().label()).containsExactly("Extrait Kbis");
        DossierChecklist after = DossierChecklist.evaluate(items, complete(),
                List.of(new ManualTick(10, true, "Kbis du 01/09/2026", "claire", AT)));
        assertThat(after.gauge()).isEqualTo(new DossierGauge(8, 8, 9, 9));
    }

    @Test
    void aCustomLabelIsRequiredAndUnique() {
        List<DossierItemDefinition> others = List.of(new DossierItemDefinition(10L, null, "Extrait Kbis", false,
                true, 10));
        assertThat(new DossierItemDefinition(null, null, " ", false, true, 0).validate(others))
                .extracting(p -> p.messageKey()).containsExactly(DossierItemDefinition.LABEL_REQUIRED);
        assertThat(new DossierItemDefinition(null, null, "extrait KBIS", false, true, 0).validate(others))
                .extracting(p -> p.messageKey()).containsExactly(DossierItemDefinition.LABEL_TAKEN);
        assertThat(new DossierItemDefinition(null, null, "x".repeat(201), false, true, 0).validate(others))
                .extracting(p -> p.messageKey()).containsExactly(DossierItemDefinition.LABEL_TOO_LONG);
        assertThat(new DossierItemDefinition(null, null, "Devis signé", false, true, 0).validate(others)).isEmpty();
    }

    static ChecklistItem item(DossierChecklist checklist, DossierItemCode code) {
        return checklist.items().stream().filter(i -> i.item().code() == code).findFirst().orElseThrow();
    }

    static List<FactEvent> without(List<FactEvent> events, String... kinds) {
        List<String> dropped = Arrays.asList(kinds);
        return events.stream().filter(e -> !dropped.contains(e.kind())).toList();
    }

    static List<FactDocument> withoutKind(List<FactDocument> documents, DocumentKind kind) {
        return documents.stream().filter(d -> d.kind() != kind).toList();
    }
}
