package fr.relance.imports;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.DebtorDetails;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.EntryKind;
import fr.relance.domain.LedgerEntry;
import fr.relance.domain.RejectedLine;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LedgerRowConverterTest {

    private static final List<String> HEADER = List.of("Code client", "Nom", "Type", "N° facture", "Date",
            "Échéance", "Montant TTC", "Reste dû", "Devise");
    private final LedgerRowConverter converter = new LedgerRowConverter(ColumnMapping.guess(HEADER), HEADER);

    private RowOutcome convert(int line, String csvLine) {
        return converter.convert(new SourceRow(line, Arrays.asList(csvLine.split(";", -1))));
    }

    private LedgerEntry entry(String csvLine) {
        RowOutcome outcome = convert(2, csvLine);
        assertThat(outcome).isInstanceOf(RowOutcome.Entry.class);
        return ((RowOutcome.Entry) outcome).entry();
    }

    private RejectedLine rejected(int line, String csvLine) {
        RowOutcome outcome = convert(line, csvLine);
        assertThat(outcome).isInstanceOf(RowOutcome.Rejected.class);
        return ((RowOutcome.Rejected) outcome).line();
    }

    @Test
    void anInvoiceWithEverything() {
        LedgerEntry e = entry("C001; Dupont SARL ;Facture;F-1;23/11/2026;23/12/2026;1 234,56;234,56;EUR");
        assertThat(e).isEqualTo(new LedgerEntry(2, EntryKind.INVOICE, "C001", "Dupont SARL", "F-1",
                LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 23), new java.math.BigDecimal("1234.56"),
                new java.math.BigDecimal("234.56"), null, "EUR", null, DebtorDetails.NONE));
    }

    @Test
    void noDueDateMeansThirtyDaysAfterIssue() {
        assertThat(entry("C001;;;F-1;2026-01-31;;100;;").dueDate())
                .isEqualTo(LocalDate.of(2026, 1, 31).plusDays(LedgerRowConverter.DEFAULT_PAYMENT_TERM_DAYS))
                .isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @ParameterizedTest(name = "type [{0}], amount [{1}] -> {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "Facture|100,00|INVOICE|100.00",
            "|100,00|INVOICE|100.00",
            "FA|100,00|INVOICE|100.00",
            "|-100,00|CREDIT_NOTE|100.00",
            "|100,00-|CREDIT_NOTE|100.00",
            "|(100,00)|CREDIT_NOTE|100.00",
            "Facture|-100,00|CREDIT_NOTE|100.00",
            "Avoir|100,00|CREDIT_NOTE|100.00",
            "AV|-100,00|CREDIT_NOTE|100.00",
            "Credit note|100.00|CREDIT_NOTE|100.00",
            "Avoir client|100,00|CREDIT_NOTE|100.00",
            "Règlement|100,00|PAYMENT|100.00",
            "Paiement CB|-100,00|PAYMENT|100.00",
            "Payment|100.00|PAYMENT|100.00",
            "Encaissement|100,00|PAYMENT|100.00",
    })
    void kindComesFromTheTypeAndTheSign(String type, String amount, EntryKind kind, String positive) {
        LedgerEntry e = entry("C001;;" + (type == null ? "" : type) + ";F-1;23/11/2026;;" + amount + ";;");
        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.amount()).isEqualByComparingTo(positive);
        assertThat(e.dueDate()).isEqualTo(kind == EntryKind.PAYMENT ? null : LocalDate.of(2026, 12, 23));
    }

    @Test
    void aPaymentNeedsNoNumber() {
        assertThat(entry("C001;;Règlement;;23/11/2026;;50;;").number()).isNull();
    }

    @Test
    void aCreditNoteShownNegativeHasItsOpenAmountNegativeToo() {
        assertThat(entry("C001;;;AV-1;23/11/2026;;-100,00;-40,00;").openAmount()).isEqualByComparingTo("40.00");
    }

    @Test
    void zeroOpenAmountMeansSettled() {
        assertThat(convert(7, "C001;;;F-9;23/11/2026;;100;0,00;"))
                .isEqualTo(new RowOutcome.Settled(7, EntryKind.INVOICE, "C001", "F-9"));
    }

    @Test
    void rejections() {
        assertThat(rejected(3, ";;;F-1;23/11/2026;;100;;"))
                .isEqualTo(new RejectedLine(3, "Code client", "import.reject.missing", List.of("Code client"), ""));
        assertThat(rejected(4, "C001;;;F-2;31/02/2026;;100;;"))
                .isEqualTo(new RejectedLine(4, "Date", "import.reject.badDate", List.of("31/02/2026"), "31/02/2026"));
        assertThat(rejected(5, "C001;;;F-3;23/11/2026;;12a;;").reasonKey()).isEqualTo("import.reject.badNumber");
        assertThat(rejected(6, "C001;;;F-4;23/11/2026;;0,00;;"))
                .extracting(RejectedLine::reasonKey, RejectedLine::column)
                .containsExactly("import.reject.zeroAmount", "Montant TTC");
        assertThat(rejected(7, "C001;;;F-5;23/11/2026;;100;150;").reasonKey())
                .isEqualTo("import.reject.openAboveAmount");
        assertThat(rejected(8, "C001;;;F-6;23/11/2026;;100;-5;").reasonKey()).isEqualTo("import.reject.badNumber");
        assertThat(rejected(9, "C001;;;F-7;23/11/2026;;100;;E").reasonKey()).isEqualTo("import.reject.badCurrency");
        assertThat(rejected(10, "C001;Soci\uFFFDt\uFFFD;;F-8;23/11/2026;;100;;"))
                .extracting(RejectedLine::reasonKey, RejectedLine::column)
                .containsExactly("import.reject.encoding", "Nom");
        assertThat(rejected(11, "C001;;;;23/11/2026;;100;;").reasonArgs()).containsExactly("N° facture");
    }

    @Test
    void aNumberSeenEarlierRejectsTheLaterLineWhateverItsAmount() {
        entry("C001;;;F-1;23/11/2026;;100;;");
        assertThat(rejected(3, "C001;;;F-1;23/11/2026;;200;;"))
                .extracting(RejectedLine::reasonKey, RejectedLine::column, RejectedLine::reasonArgs)
                .containsExactly("import.reject.duplicate", "N° facture", List.of("F-1"));
        assertThat(rejected(4, "C001;;;F-1;23/11/2026;;100;;").reasonKey()).isEqualTo("import.reject.duplicate");
        assertThat(convert(5, "C002;;Règlement;;23/11/2026;;100;;")).isInstanceOf(RowOutcome.Entry.class);
        assertThat(convert(6, "C002;;Règlement;;23/11/2026;;100;;")).isInstanceOf(RowOutcome.Entry.class);
    }

    @Test
    void aRejectedLineDoesNotTakeItsNumber() {
        rejected(2, "C001;;;F-1;bad;;100;;");
        assertThat(convert(3, "C001;;;F-1;23/11/2026;;100;;")).isInstanceOf(RowOutcome.Entry.class);
    }

    @Test
    void blankRowsAreSkippedAndExtraOrMissingCellsAreFine() {
        assertThat(converter.convert(new SourceRow(4, List.of()))).isEqualTo(new RowOutcome.Skipped(4));
        assertThat(converter.convert(new SourceRow(5, List.of("", " ", "\t")))).isEqualTo(new RowOutcome.Skipped(5));
        assertThat(entry("C001;;;F-1;23/11/2026;;100;;;;;;").number()).isEqualTo("F-1");
        assertThat(converter.convert(new SourceRow(6, List.of("C002", "", "", "F-2", "23/11/2026", "", "100"))))
                .isInstanceOf(RowOutcome.Entry.class);
    }

    @Test
    void debtorDetailsFromTheOptionalColumns() {
        List<String> header = List.of("Code", "N° facture", "Date", "TTC", "SIREN", "N° TVA", "E-mail",
                "Téléphone", "Adresse", "CP", "Ville", "Pays", "Type client", "HT", "Libellé");
        LedgerRowConverter withDetails = new LedgerRowConverter(ColumnMapping.guess(header), header);
        RowOutcome outcome = withDetails.convert(new SourceRow(2, List.of("C1", "F1", "01/01/2026", "120,00",
                "732 829 320", "fr 40 732829320", "a@b.fr", "01 02 03 04 05", "1 rue X", "75001", "Paris", "France",
                "Particulier", "100,00", "Commande 12")));
        LedgerEntry e = ((RowOutcome.Entry) outcome).entry();
        assertThat(e.details()).isEqualTo(new DebtorDetails(DebtorKind.CONSUMER, "732829320", "FR40732829320",
                "a@b.fr", "01 02 03 04 05", "1 rue X", "75001", "Paris", "FR"));
        assertThat(e.amountExclVat()).isEqualByComparingTo("100.00");
        assertThat(e.reference()).isEqualTo("Commande 12");
    }
}
