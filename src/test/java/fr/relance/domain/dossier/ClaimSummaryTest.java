package fr.relance.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.DebtorKind;
import fr.relance.domain.HalfYear;
import fr.relance.domain.HalfYearRates;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.LatePenaltyCalculator;
import fr.relance.domain.Money;
import fr.relance.domain.OpenItem;
import fr.relance.domain.PartPayment;
import fr.relance.domain.dossier.DossierContent.Movement;
import fr.relance.domain.dossier.DossierContent.StatementLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The claim split as an agency's letter states it (CPCE R124-4), on the domain reference's worked example. */
class ClaimSummaryTest {

    final LatePenaltyCalculator calculator = new LatePenaltyCalculator(new fr.relance.domain.RateTable(List.of(
            new HalfYearRates(new HalfYear(2025, 1), new BigDecimal("3.15"), new BigDecimal("7.21"),
                    new BigDecimal("3.71")),
            new HalfYearRates(new HalfYear(2025, 2), new BigDecimal("2.15"), new BigDecimal("6.65"),
                    new BigDecimal("2.76")))));
    static final LocalDate AS_OF = LocalDate.of(2025, 8, 14);

    static OpenItem invoice(long id, String number, String amount, String balance, LocalDate due) {
        return new OpenItem(1, "Durand SARL", id, InvoiceKind.INVOICE, number, due.minusDays(30), due,
                Money.of(amount), Money.of(balance));
    }

    @Test
    void b2bPenaltiesAndIndemnitiesFollowTheWorkedExample() {
        // 10,000.00 EUR due 15/03/2025, unpaid on 14/08/2025: 385.49 + 149.79 = 535.28 EUR, plus 40 EUR.
        OpenItem unpaid = invoice(1, "FA-1", "10000.00", "10000.00", LocalDate.of(2025, 3, 15));
        OpenItem partlyPaid = invoice(2, "FA-2", "500.00", "300.00", LocalDate.of(2025, 8, 4));
        OpenItem credit = new OpenItem(1, "Durand SARL", 3, InvoiceKind.CREDIT_NOTE, "AV-1", AS_OF, AS_OF,
                Money.of("50.00"), Money.of("-50.00"));
        ClaimSummary claim = ClaimSummary.of(calculator, DebtorKind.B2B, List.of(unpaid, partlyPaid, credit),
                Map.of(2L, List.of(new PartPayment(LocalDate.of(2025, 8, 9), Money.of("200.00")))), AS_OF, null,
                null);

        assertThat(claim.lines()).extracting(ClaimSummary.ClaimLine::number).containsExactly("FA-1", "FA-2");
        assertThat(claim.lines().get(0).penalties()).isEqualByComparingTo("535.28");
        assertThat(claim.lines().get(0).indemnity()).isEqualByComparingTo("40.00");
        // FA-2: 500 x 12.15 % x 5/365 (5 to 9 August) + 300 x 12.15 % x 5/365 (10 to 14 August) = 0.83 + 0.50
        assertThat(claim.lines().get(1).penalties()).isEqualByComparingTo("1.33");
        assertThat(claim.principal()).isEqualByComparingTo("10500.00");
        assertThat(claim.openCredits()).isEqualByComparingTo("50.00");
        assertThat(claim.alreadyPaid()).isEqualByComparingTo("250.00");
        assertThat(claim.principalOwed()).isEqualByComparingTo("10250.00");
        assertThat(claim.penalties()).isEqualByComparingTo("536.61");
        assertThat(claim.indemnities()).isEqualByComparingTo("80.00");
        assertThat(claim.indemnityCount()).isEqualTo(2);
        assertThat(claim.balance()).isEqualByComparingTo("10866.61");
        assertThat(claim.consumer()).isFalse();
    }

    @Test
    void aConsumerOwesLegalInterestOnlyFromTheFormalNoticeAndNeverAnIndemnity() {
        OpenItem unpaid = invoice(1, "FA-9", "300.00", "300.00", LocalDate.of(2025, 3, 15));
        ClaimSummary before = ClaimSummary.of(calculator, DebtorKind.CONSUMER, List.of(unpaid), Map.of(), AS_OF,
                null, null);
        assertThat(before.penalties()).isEqualByComparingTo("0.00");
        assertThat(before.indemnities()).isEqualByComparingTo("0.00");
        assertThat(before.interestFrom()).isNull();
        assertThat(before.balance()).isEqualByComparingTo("300.00");

        LocalDate presented = LocalDate.of(2025, 7, 15);
        ClaimSummary after = ClaimSummary.of(calculator, DebtorKind.CONSUMER, List.of(unpaid), Map.of(), AS_OF,
                presented, null);
        // 300 x 2.76 % x 30/365 (16 July to 14 August)
        assertThat(after.penalties()).isEqualByComparingTo("0.68");
        assertThat(after.indemnities()).isEqualByComparingTo("0.00");
        assertThat(after.interestFrom()).isEqualTo(presented);
        assertThat(after.consumer()).isTrue();
    }

    @Test
    void theStatementRunsTheBalanceInvoicesFirstOnTheSameDay() {
        LocalDate day = LocalDate.of(2025, 5, 2);
        List<StatementLine> lines = AccountStatement.of(List.of(
                new AccountStatement.Entry(day, Movement.PAYMENT, "VIR 1", null, Money.of("100.00")),
                new AccountStatement.Entry(day, Movement.INVOICE, "FA-1", day.plusDays(30), Money.of("250.00")),
                new AccountStatement.Entry(day.plusDays(1), Movement.CREDIT_NOTE, "AV-1", day, Money.of("20.00"))));
        assertThat(lines).extracting(StatementLine::reference).containsExactly("FA-1", "VIR 1", "AV-1");
        assertThat(lines).extracting(StatementLine::balance).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("250.00"), new BigDecimal("150.00"), new BigDecimal("130.00"));
        assertThat(lines.get(0).debit()).isEqualByComparingTo("250.00");
        assertThat(lines.get(1).credit()).isEqualByComparingTo("100.00");
    }
}
