package fr.relance.domain.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.DebtorKind;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.OpenItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks demo debtors through D+0..D+120, executing every line the day it appears, and checks the days and
 * actions a credit controller would expect. D is the due date of the first invoice.
 */
class DunningWalkTest {

    static final LocalDate D = LocalDate.of(2026, 1, 5);
    static final int LAST_DAY = 120;

    static Stream<Arguments> walks() {
        return Stream.of(
                walk("B2B 1,000 EUR: the whole B2B calendar",
                        b2b(invoice(11, 0, "1000.00")), Map.of(),
                        "7:EMAIL_REMINDER 15:REMINDER_LETTER 21:PHONE_CALL 30:FORMAL_NOTICE 60:AGENCY_PROPOSAL"
                                + " 120:LEGAL_REVIEW"),
                walk("B2B 50 EUR: under the minimum of the call, the notice, the agency and the legal review",
                        b2b(invoice(21, 0, "50.00")), Map.of(),
                        "7:EMAIL_REMINDER 15:REMINDER_LETTER"),
                walk("Consumer 400 EUR: the consumer calendar, no legal review",
                        consumer(invoice(31, 0, "400.00")), Map.of(),
                        "10:EMAIL_REMINDER 20:REMINDER_LETTER 30:PHONE_CALL 45:FORMAL_NOTICE 90:AGENCY_PROPOSAL"),
                walk("Consumer 60 EUR: reminders only",
                        consumer(invoice(41, 0, "60.00")), Map.of(),
                        "10:EMAIL_REMINDER 20:REMINDER_LETTER"),
                walk("B2B 1,000 EUR disputed + 300 EUR: dunning on the 300 EUR, too little for the legal review",
                        b2b(invoice(51, 0, "1000.00"), invoice(52, 0, "300.00")).withDisputedInvoiceIds(Set.of(51L)),
                        Map.of(),
                        "7:EMAIL_REMINDER 15:REMINDER_LETTER 21:PHONE_CALL 30:FORMAL_NOTICE 60:AGENCY_PROPOSAL"),
                walk("B2B 1,000 EUR, debtor on hold D+10..D+40: resumes at the step reached, agency after its gap",
                        b2b(invoice(61, 0, "1000.00"))
                                .withDebtorHold(new Hold(D.plusDays(10), D.plusDays(40), "Credit note expected")),
                        Map.of(),
                        "7:EMAIL_REMINDER 41:FORMAL_NOTICE 61:AGENCY_PROPOSAL 120:LEGAL_REVIEW"),
                walk("B2B 1,500 EUR, one invoice on hold until D+90: dunning on the other, legal review on both",
                        b2b(invoice(71, 0, "1000.00"), invoice(72, 0, "500.00"))
                                .withInvoiceHolds(Map.of(71L, new Hold(D, D.plusDays(90), "Delivery checked"))),
                        Map.of(),
                        "7:EMAIL_REMINDER 15:REMINDER_LETTER 21:PHONE_CALL 30:FORMAL_NOTICE 60:AGENCY_PROPOSAL"
                                + " 120:LEGAL_REVIEW"),
                walk("B2B 1,000 EUR, promise on D+25 to pay by D+35, kept",
                        b2b(invoice(81, 0, "1000.00")),
                        Map.of(25, s -> s.withPromise(new PromiseView(D.plusDays(35), new BigDecimal("1000.00"), false)),
                                35, s -> pay(s, 81, "1000.00")),
                        "7:EMAIL_REMINDER 15:REMINDER_LETTER 21:PHONE_CALL"),
                walk("B2B 1,000 EUR, promise on D+25 to pay by D+35, broken: back flagged with the formal notice",
                        b2b(invoice(91, 0, "1000.00")),
                        Map.of(25, s -> s.withPromise(new PromiseView(D.plusDays(35), new BigDecimal("1000.00"), false)),
                                36, s -> s.withPromise(new PromiseView(D.plusDays(35), new BigDecimal("1000.00"), true))),
                        "7:EMAIL_REMINDER 15:REMINDER_LETTER 21:PHONE_CALL 36:BROKEN_PROMISE>FORMAL_NOTICE"
                                + " 60:AGENCY_PROPOSAL 120:LEGAL_REVIEW"),
                walk("B2B 1,000 EUR, insolvency published D+50: dunning stops, the claim is declared",
                        b2b(invoice(101, 0, "1000.00")),
                        Map.of(50, s -> s.withInsolvencyOpenedOn(D.plusDays(50))),
                        "7:EMAIL_REMINDER 15:REMINDER_LETTER 21:PHONE_CALL 30:FORMAL_NOTICE 50:CLAIM_FILING"),
                walk("B2B 1,000 EUR, 800 EUR paid on D+40: 200 EUR left is under the agency minimum",
                        b2b(invoice(111, 0, "1000.00")),
                        Map.of(40, s -> pay(s, 111, "800.00")),
                        "7:EMAIL_REMINDER 15:REMINDER_LETTER 21:PHONE_CALL 30:FORMAL_NOTICE"),
                walk("B2B 1,000 EUR, call back agreed for D+26 during the call",
                        b2b(invoice(121, 0, "1000.00")),
                        Map.of(22, s -> s.withNextCallDate(D.plusDays(26))),
                        "7:EMAIL_REMINDER 15:REMINDER_LETTER 21:PHONE_CALL 26:CALL_BACK 30:FORMAL_NOTICE"
                                + " 60:AGENCY_PROPOSAL 120:LEGAL_REVIEW"),
                walk("B2B 1,000 EUR, formal notice postponed to D+35",
                        b2b(invoice(131, 0, "1000.00")),
                        Map.of(30, s -> s.withPostponedUntil(D.plusDays(35))),
                        "7:EMAIL_REMINDER 15:REMINDER_LETTER 21:PHONE_CALL 35:FORMAL_NOTICE 60:AGENCY_PROPOSAL"
                                + " 120:LEGAL_REVIEW"),
                walk("B2B 1,000 EUR then 2,000 EUR due D+20: one action per debtor, paced by the oldest invoice",
                        b2b(invoice(141, 0, "1000.00"), invoice(142, 20, "2000.00")), Map.of(),
                        "7:EMAIL_REMINDER 15:REMINDER_LETTER 21:PHONE_CALL 30:FORMAL_NOTICE 60:AGENCY_PROPOSAL"
                                + " 120:LEGAL_REVIEW"),
                walk("B2B 1,000 EUR invoiced after the first was paid: a new case starts the calendar again",
                        b2b(invoice(151, 0, "1000.00")),
                        Map.of(10, s -> pay(s, 151, "1000.00").withLastAction(null),
                                20, s -> s.withOpenItems(List.of(invoice(152, 20, "1000.00")))),
                        "7:EMAIL_REMINDER 27:EMAIL_REMINDER 35:REMINDER_LETTER 41:PHONE_CALL 50:FORMAL_NOTICE"
                                + " 80:AGENCY_PROPOSAL"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("walks")
    void walkingTheDaysGivesTheExpectedActions(String debtor, DebtorDunningState start,
                                               Map<Integer, UnaryOperator<DebtorDunningState>> events,
                                               String expected) {
        assertThat(String.join(" ", simulate(start, events))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("walks")
    void allDebtorsWalkedTogetherGiveTheSameActions(String debtor, DebtorDunningState start,
                                                    Map<Integer, UnaryOperator<DebtorDunningState>> events,
                                                    String expected) {
        // The same debtor among all the others: lines of other debtors never leak into its walk.
        List<DebtorDunningState> others = walks().map(a -> (DebtorDunningState) a.get()[1])
                .filter(s -> s.debtorId() != start.debtorId()).toList();
        List<String> log = new ArrayList<>();
        DebtorDunningState state = start;
        for (int day = 0; day <= LAST_DAY; day++) {
            LocalDate asOf = D.plusDays(day);
            state = events.getOrDefault(day, UnaryOperator.identity()).apply(state);
            List<DebtorDunningState> everyone = new ArrayList<>(others);
            everyone.add(state);
            for (WorklistItem item : Worklist.compute(asOf, everyone)) {
                if (item.debtorId() == state.debtorId()) {
                    log.add(day + ":" + label(item));
                    state = execute(state, item, asOf);
                }
            }
        }
        assertThat(String.join(" ", log)).isEqualTo(expected);
    }

    static List<String> simulate(DebtorDunningState start, Map<Integer, UnaryOperator<DebtorDunningState>> events) {
        List<String> log = new ArrayList<>();
        DebtorDunningState state = start;
        for (int day = 0; day <= LAST_DAY; day++) {
            LocalDate asOf = D.plusDays(day);
            state = events.getOrDefault(day, UnaryOperator.identity()).apply(state);
            for (WorklistItem item : Worklist.compute(asOf, List.of(state))) {
                log.add(day + ":" + label(item));
                state = execute(state, item, asOf);
            }
            // Once executed, nothing is left for the day: the same step is never offered twice.
            assertThat(Worklist.compute(asOf, List.of(state))).as("day %d after executing", day)
                    .noneMatch(item -> item.kind() != WorklistKind.LIMITATION_WARNING);
        }
        return log;
    }

    /** What the controller's "done" button does to the inputs of the next day. */
    static DebtorDunningState execute(DebtorDunningState state, WorklistItem item, LocalDate asOf) {
        return switch (item.kind()) {
            case DUNNING_STEP, BROKEN_PROMISE, PLAN_DEFAULTED -> item.action() == null ? state.withLastContact(asOf)
                    : state.withLastAction(new LastAction(item.stepPosition(), asOf)).withLastContact(asOf);
            case CALL_BACK, INSTALMENT_MISSED -> state.withLastContact(asOf);
            case CLAIM_FILING -> state.withClaimDeclaredOn(asOf);
            case LIMITATION_WARNING, REGISTERED_LETTER_TRACKING -> state;
        };
    }

    static String label(WorklistItem item) {
        return switch (item.kind()) {
            case DUNNING_STEP -> item.action().name();
            case BROKEN_PROMISE -> "BROKEN_PROMISE>" + item.action();
            default -> item.kind().name();
        };
    }

    static Arguments walk(String name, DebtorDunningState start, Map<Integer, UnaryOperator<DebtorDunningState>> events,
                          String expected) {
        return Arguments.of(name, start, events, expected);
    }

    static DebtorDunningState b2b(OpenItem... items) {
        return DebtorDunningState.of(items[0].invoiceId(), "B2B " + items[0].invoiceId(), DebtorKind.B2B,
                List.of(items));
    }

    static DebtorDunningState consumer(OpenItem... items) {
        return DebtorDunningState.of(items[0].invoiceId(), "Consumer " + items[0].invoiceId(),
                DebtorKind.CONSUMER, List.of(items));
    }

    static OpenItem invoice(long id, int dueDay, String balance) {
        LocalDate due = D.plusDays(dueDay);
        return new OpenItem(id, "debtor", id, InvoiceKind.INVOICE, "F-" + id, due.minusDays(30), due,
                new BigDecimal(balance), new BigDecimal(balance));
    }

    /** A payment allocated to one invoice: its balance goes down. */
    static DebtorDunningState pay(DebtorDunningState state, long invoiceId, String paid) {
        return state.withOpenItems(state.openItems().stream()
                .map(i -> i.invoiceId() != invoiceId ? i : new OpenItem(i.debtorId(), i.debtorName(), i.invoiceId(),
                        i.kind(), i.number(), i.issueDate(), i.dueDate(), i.amount(),
                        i.balance().subtract(new BigDecimal(paid))))
                .collect(Collectors.toList()));
    }
}
