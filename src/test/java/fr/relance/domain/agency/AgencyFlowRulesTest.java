package fr.relance.domain.agency;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.DebtorKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Next steps after the agency, the agency's account, reports and the VAT of a write-off. */
class AgencyFlowRulesTest {

    @ParameterizedTest(name = "{0} owing {1}, insolvent {2}, time-barred {3} → {4}")
    @CsvSource(delimiter = '|', value = {
            // kind   | remaining | insolvent | barred | proposals (recommended first)                           | court
            "B2B      | 4200.00   | false     | false  | SMALL_CLAIMS_PROCEDURE ORDER_FOR_PAYMENT WRITE_OFF      | TRIBUNAL_DE_COMMERCE",
            "B2B      | 5000.00   | false     | false  | SMALL_CLAIMS_PROCEDURE ORDER_FOR_PAYMENT WRITE_OFF      | TRIBUNAL_DE_COMMERCE",
            "B2B      | 5000.01   | false     | false  | ORDER_FOR_PAYMENT WRITE_OFF                             | TRIBUNAL_DE_COMMERCE",
            "CONSUMER | 18000.00  | false     | false  | ORDER_FOR_PAYMENT WRITE_OFF                             | TRIBUNAL_JUDICIAIRE",
            "CONSUMER | 350.00    | false     | false  | SMALL_CLAIMS_PROCEDURE ORDER_FOR_PAYMENT WRITE_OFF      | TRIBUNAL_JUDICIAIRE",
            "B2B      | 12000.00  | true      | false  | CLAIM_DECLARATION WRITE_OFF                             | ",
            "B2B      | 900.00    | false     | true   | WRITE_OFF                                               | ",
            "B2B      | 0.00      | false     | false  |                                                         | ",
    })
    void nextStepsAfterTheAgency(DebtorKind kind, BigDecimal remaining, boolean insolvent, boolean barred,
                                 String proposals, Court court) {
        List<NextStep> steps = NextStepRules.propose(kind, remaining, insolvent, barred);
        assertThat(steps).extracting(s -> s.kind().name())
                .containsExactlyElementsOf(proposals == null ? List.of() : List.of(proposals.split(" ")));
        if (!steps.isEmpty()) {
            assertThat(steps.get(0).recommended()).isTrue();
            assertThat(steps.stream().skip(1)).noneMatch(NextStep::recommended);
        }
        assertThat(steps.stream().filter(s -> s.kind() == NextStepKind.ORDER_FOR_PAYMENT).map(NextStep::court)
                .findFirst().orElse(null)).isEqualTo(court);
    }

    @Test
    void theCourtsFormsAreThoseOfTheReference() {
        assertThat(Court.TRIBUNAL_DE_COMMERCE.cerfa()).isEqualTo("12946");
        assertThat(Court.TRIBUNAL_JUDICIAIRE.cerfa()).isEqualTo("12948");
        NextStep order = NextStepRules.propose(DebtorKind.B2B, new BigDecimal("8000.00"), false, false).get(0);
        assertThat(order.reasonKey()).isEqualTo("dossier.next.order.commercial");
        assertThat(order.reasonArgs()).containsExactly(new BigDecimal("8000.00"), "12946");
    }

    @ParameterizedTest(name = "collected {1} of {0}, booked {3} → pending {4}, remaining {5}, {6}")
    @CsvSource(delimiter = '|', value = {
            // at handover | ledger now | collected | booked | pending | remaining | outcome
            "3000.00       | 3000.00    | 0.00      | 0.00   | 0.00    | 3000.00   | FAILED",
            "3000.00       | 3000.00    | 1000.00   | 0.00   | 1000.00 | 2000.00   | PARTLY_PAID",
            "3000.00       | 2000.00    | 1000.00   | 1000.00| 0.00    | 2000.00   | PARTLY_PAID",
            "3000.00       | 2400.00    | 1000.00   | 600.00 | 400.00  | 2000.00   | PARTLY_PAID",
            "3000.00       | 3000.00    | 3000.00   | 0.00   | 3000.00 | 0.00      | PAID",
            "3000.00       | 0.00       | 3000.00   | 3000.00| 0.00    | 0.00      | PAID",
            // a direct payment to the creditor, beyond what the agency reported, is not counted twice
            "3000.00       | 1500.00    | 1000.00   | 1500.00| 0.00    | 1500.00   | PARTLY_PAID",
    })
    void theAgencysCollectionsAreCountedOnce(BigDecimal atHandover, BigDecimal ledger, BigDecimal collected,
                                             BigDecimal booked, BigDecimal pending, BigDecimal remaining,
                                             AgencyOutcome outcome) {
        AgencyReport report = new AgencyReport(1L, LocalDate.of(2026, 11, 1), AgencyReportStatus.PARTLY_COLLECTED,
                collected, new BigDecimal("120.00"), null, "claire", 9L, false);
        AgencyReport reversed = new AgencyReport(2L, LocalDate.of(2026, 11, 2), AgencyReportStatus.COLLECTED,
                new BigDecimal("500.00"), new BigDecimal("50.00"), "saisi deux fois", "claire", 10L, true);
        AgencyAccount account = AgencyAccount.of(atHandover, ledger, List.of(report, reversed), booked);
        assertThat(account.collected()).isEqualByComparingTo(collected);
        assertThat(account.fees()).isEqualByComparingTo("120.00");
        assertThat(account.net()).isEqualByComparingTo(collected.subtract(new BigDecimal("120.00")));
        assertThat(account.pendingRemittance()).isEqualByComparingTo(pending);
        assertThat(account.remaining()).isEqualByComparingTo(remaining);
        assertThat(account.outcome()).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "fine                       | 2026-11-05 | PARTLY_COLLECTED | 500.00  | 60.00 | ",
            "before the handover        | 2026-10-31 | IN_PROGRESS      | 0.00    | 0.00  | agencyReport.beforeHandover",
            "in the future              | 2026-11-30 | IN_PROGRESS      | 0.00    | 0.00  | agencyReport.inFuture",
            "collected without amount   | 2026-11-05 | COLLECTED        | 0.00    | 0.00  | agencyReport.amountRequired",
            "more than owed             | 2026-11-05 | COLLECTED        | 2500.01 | 0.00  | agencyReport.moreThanOwed",
            "a negative fee             | 2026-11-05 | FAILED           | 0.00    | -1.00 | agencyReport.amountInvalid",
            "a fraction of a cent       | 2026-11-05 | PARTLY_COLLECTED | 10.005  | 0.00  | agencyReport.amountInvalid",
    })
    void aReportIsCheckedBeforeItIsRecorded(String label, LocalDate on, AgencyReportStatus status,
                                            BigDecimal collected, BigDecimal fee, String problem) {
        AgencyReport report = new AgencyReport(null, on, status, collected, fee, null, "claire", null, false);
        assertThat(report.validate(LocalDate.of(2026, 11, 1), new BigDecimal("2500.00"), LocalDate.of(2026, 11, 23)))
                .extracting(p -> p.messageKey()).containsExactlyElementsOf(problem == null ? List.of()
                        : List.of(problem));
    }

    @Test
    void theVatOfAWriteOffIsTheVatShareOfEachBalance() {
        WriteOffVat vat = WriteOffVat.of(List.of(
                new WriteOffVat.Invoice("FA-1", new BigDecimal("1200.00"), new BigDecimal("1000.00"),
                        new BigDecimal("1200.00")),
                // part paid: 700 of 1,200 left, of which 700 × 200 / 1,200 = 116.666… VAT
                new WriteOffVat.Invoice("FA-2", new BigDecimal("1200.00"), new BigDecimal("1000.00"),
                        new BigDecimal("700.00")),
                // no VAT (exempt, or outside France)
                new WriteOffVat.Invoice("FA-3", new BigDecimal("300.00"), new BigDecimal("300.00"),
                        new BigDecimal("300.00"))));
        assertThat(vat.lines()).extracting(WriteOffVat.Line::vat).map(BigDecimal::toPlainString)
                .containsExactly("200.00", "116.67", "0.00");
        assertThat(vat.totalVat()).isEqualByComparingTo("316.67");
        assertThat(vat.totalBalance()).isEqualByComparingTo("2200.00");
    }

    @Test
    void theOutcomeFollowsWhatWasCollectedAndWhatRemains() {
        assertThat(AgencyOutcome.of(BigDecimal.ZERO, BigDecimal.TEN)).isEqualTo(AgencyOutcome.FAILED);
        assertThat(AgencyOutcome.of(BigDecimal.ONE, BigDecimal.TEN)).isEqualTo(AgencyOutcome.PARTLY_PAID);
        assertThat(AgencyOutcome.of(BigDecimal.TEN, BigDecimal.ZERO)).isEqualTo(AgencyOutcome.PAID);
    }
}
