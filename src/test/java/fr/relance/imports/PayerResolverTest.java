package fr.relance.imports;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.store.PayerDirectory.DebtorName;
import fr.relance.store.PayerDirectory.InvoiceOwner;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayerResolverTest {

    private final PayerResolver resolver = new PayerResolver(
            List.of(new InvoiceOwner("FA-2026-0140", "411DURAND"), new InvoiceOwner("FA-2026-0141", "411DURAND"),
                    new InvoiceOwner("FA-2026-0150", "411PETIT"), new InvoiceOwner("2026/77", "411MARTIN")),
            List.of(new DebtorName("411DURAND", "Durand SARL"), new DebtorName("411PETIT", "Pâtisserie Petit"),
                    new DebtorName("411MARTIN", "Martin & Fils"), new DebtorName("411SA", "SA")));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "VIR SEPA DURAND FA-2026-0140|411DURAND|-",
            "vir fa-2026-0140,fa-2026-0141.|411DURAND|-",
            "VIR REF:FA-2026-0150 PETIT|411PETIT|-",
            "VIR 2026/77|411MARTIN|-",
            "VIR FA-2026-0140/FA-2026-0150|-|import.reject.ambiguousPayment",
            "VIR FA-2026-0140 FA-2026-0150|-|import.reject.ambiguousPayment",
            "VIR FA-2026-01400|-|import.reject.unknownPayer",
            "VIR PATISSERIE PETIT OCTOBRE|411PETIT|-",
            "VIR SEPA DURAND|411DURAND|-",
            "VIR MARTIN ET FILS|-|import.reject.unknownPayer",
            "VIR MARTIN & FILS|411MARTIN|-",
            "VIR DURAND SARL ET PATISSERIE PETIT|-|import.reject.unknownPayer",
            "VIR SA INCONNUE|-|import.reject.unknownPayer",
    })
    void findsThePayer(String label, String debtorCode, String rejection) {
        PayerResolver.Payer payer = resolver.resolve(label);
        assertThat(payer.debtorCode()).isEqualTo(debtorCode);
        assertThat(payer.rejectionKey()).isEqualTo(rejection);
    }
}
