package fr.relance.imports;

import static fr.relance.imports.LedgerField.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import fr.relance.domain.EntryKind;
import fr.relance.domain.LedgerEntry;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading the lines of a bank statement: which columns, which lines are payments. */
class BankStatementTest {

    @Test
    void creditIsTheAmountAndDebitIsMoneyGoingOut() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("Date", "Libellé", "Débit", "Crédit"));
        assertThat(mapping.columns()).containsOnly(entry(ISSUE_DATE, 0), entry(REFERENCE, 1), entry(DEBIT, 2),
                entry(AMOUNT_INCL_VAT, 3));
        assertThat(mapping.isBankStatement()).isTrue();
        assertThat(mapping.missingRequired()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Date opération;Date valeur;Libellé opération;Débit;Crédit|0|2|4",
            "Date;Libellé;Montant|0|1|2",
            "Date valeur;Libelle;Montant crédit EUR;Montant débit EUR|0|1|2",
    })
    void recognisesTheUsualBankHeaders(String header, int date, int label, int amount) {
        ColumnMapping mapping = ColumnMapping.guess(Arrays.asList(header.split(";")));
        assertThat(mapping.isBankStatement()).isTrue();
        assertThat(mapping.column(ISSUE_DATE)).isEqualTo(date);
        assertThat(mapping.column(REFERENCE)).isEqualTo(label);
        assertThat(mapping.column(AMOUNT_INCL_VAT)).isEqualTo(amount);
    }

    @Test
    void aLedgerWithDebitAndCreditColumnsKeepsDebitAsTheAmount() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("Code client", "N° pièce", "Date", "Libellé", "Débit",
                "Crédit"));
        assertThat(mapping.isBankStatement()).isFalse();
        assertThat(mapping.column(AMOUNT_INCL_VAT)).isEqualTo(4);
        assertThat(mapping.has(DEBIT)).isFalse();
        assertThat(mapping.missingRequired()).isEmpty();
    }

    @Test
    void aFileWithoutCodeNumberNorLabelStillNeedsThem() {
        assertThat(ColumnMapping.guess(List.of("Date", "Montant")).missingRequired())
                .containsExactly(DEBTOR_CODE, NUMBER);
    }

    private static final List<String> HEADER = List.of("Date", "Libellé", "Débit", "Crédit");
    private final LedgerRowConverter converter = new LedgerRowConverter(ColumnMapping.guess(HEADER), HEADER);

    private RowOutcome convert(String line) {
        return converter.convert(new SourceRow(7, Arrays.asList(line.split(";", -1))));
    }

    @Test
    void aCreditIsAPaymentOfADebtorStillToBeFound() {
        LedgerEntry payment = ((RowOutcome.Entry) convert("02/11/2026;VIR SEPA DURAND FA-12;;1 234,50")).entry();
        assertThat(payment.kind()).isEqualTo(EntryKind.PAYMENT);
        assertThat(payment.debtorCode()).isEmpty();
        assertThat(payment.number()).isNull();
        assertThat(payment.reference()).isEqualTo("VIR SEPA DURAND FA-12");
        assertThat(payment.date()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(payment.amount()).isEqualByComparingTo("1234.50");
    }

    @Test
    void debitsNegativeAndEmptyAmountsAreNotReceived() {
        assertThat(convert("03/11/2026;PRLV URSSAF;1 234,56;")).isEqualTo(new RowOutcome.NotReceived(7));
        assertThat(convert("03/11/2026;SOLDE;;")).isEqualTo(new RowOutcome.NotReceived(7));
        assertThat(convert("03/11/2026;ANNUL;;-12,00")).isEqualTo(new RowOutcome.NotReceived(7));
    }

    @Test
    void aCreditWithoutLabelOrDateIsRejected() {
        assertThat(((RowOutcome.Rejected) convert("03/11/2026;;;10,00")).line().reasonKey())
                .isEqualTo(LedgerRowConverter.MISSING);
        assertThat(((RowOutcome.Rejected) convert("31/02/2026;VIR X;;10,00")).line().reasonKey())
                .isEqualTo(LedgerRowConverter.BAD_DATE);
    }
}
