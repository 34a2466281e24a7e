package fr.relance.imports;

import static fr.relance.imports.LedgerField.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnMappingTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Code client|DEBTOR_CODE", "Compte|DEBTOR_CODE", "N° client|DEBTOR_CODE", "CODE_CLIENT|DEBTOR_CODE",
            "Raison sociale|DEBTOR_NAME", "Nom|DEBTOR_NAME", "N° facture|NUMBER", "Numéro de pièce|NUMBER",
            "Pièce|NUMBER", "Facture|NUMBER", "Invoice number|NUMBER", "Invoice No.|NUMBER", "Date|ISSUE_DATE",
            "Date facture|ISSUE_DATE", "Date pièce|ISSUE_DATE", "Invoice date|ISSUE_DATE", "Échéance|DUE_DATE",
            "ECHEANCE|DUE_DATE", "Date d'échéance|DUE_DATE", "Due date|DUE_DATE", "Date d'échéance prévue|DUE_DATE",
            "Montant TTC|AMOUNT_INCL_VAT", "Total TTC|AMOUNT_INCL_VAT", "TTC|AMOUNT_INCL_VAT", "Amount|AMOUNT_INCL_VAT",
            "Montant|AMOUNT_INCL_VAT", "Montant HT|AMOUNT_EXCL_VAT", "HT|AMOUNT_EXCL_VAT", "Reste dû|OPEN_AMOUNT",
            "Solde|OPEN_AMOUNT", "Restant dû|OPEN_AMOUNT", "Montant restant|OPEN_AMOUNT", "Open amount|OPEN_AMOUNT",
            "Balance|OPEN_AMOUNT", "Devise|CURRENCY", "Currency|CURRENCY", "Type|DOCUMENT_TYPE",
            "Libellé|REFERENCE", "Référence|REFERENCE", "SIREN|SIREN", "N° TVA|VAT_NUMBER", "E-mail|EMAIL",
            "Téléphone|PHONE", "Tél.|PHONE", "Adresse|STREET", "Code postal|POSTCODE", "CP|POSTCODE", "Ville|CITY",
            "Pays|COUNTRY", "Type client|DEBTOR_KIND", "  montant   ttc  |AMOUNT_INCL_VAT",
    })
    void recognisesOneHeader(String header, LedgerField field) {
        assertThat(ColumnMapping.guess(List.of("xyz", header)).columns()).containsExactly(entry(field, 1));
    }

    @Test
    void clientIsTheCodeUnlessAnotherColumnIsTheCode() {
        assertThat(ColumnMapping.guess(List.of("Client", "Raison sociale")).columns())
                .containsOnly(entry(DEBTOR_CODE, 0), entry(DEBTOR_NAME, 1));
        assertThat(ColumnMapping.guess(List.of("Client", "Code client")).columns())
                .containsOnly(entry(DEBTOR_CODE, 1), entry(DEBTOR_NAME, 0));
    }

    @Test
    void aSageExportMapsFully() {
        List<String> header = List.of("Compte", "Intitulé", "Type", "N° pièce", "Date pièce", "Échéance",
                "Montant TTC", "Montant HT", "Reste dû", "Devise", "Libellé", "");
        ColumnMapping mapping = ColumnMapping.guess(header);
        assertThat(mapping.missingRequired()).isEmpty();
        assertThat(mapping.columns()).containsOnly(entry(DEBTOR_CODE, 0), entry(DEBTOR_NAME, 1),
                entry(DOCUMENT_TYPE, 2), entry(NUMBER, 3), entry(ISSUE_DATE, 4), entry(DUE_DATE, 5),
                entry(AMOUNT_INCL_VAT, 6), entry(AMOUNT_EXCL_VAT, 7), entry(OPEN_AMOUNT, 8), entry(CURRENCY, 9),
                entry(REFERENCE, 10));
    }

    @Test
    void aQuickBooksExportMapsFully() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("Customer", "Invoice Date", "Invoice Number",
                "Due Date", "Amount", "Open Balance", "Customer Code"));
        assertThat(mapping.columns()).containsOnly(entry(DEBTOR_NAME, 0), entry(ISSUE_DATE, 1), entry(NUMBER, 2),
                entry(DUE_DATE, 3), entry(AMOUNT_INCL_VAT, 4), entry(OPEN_AMOUNT, 5), entry(DEBTOR_CODE, 6));
    }

    @Test
    void eachFieldTakesTheFirstColumnThatNamesIt() {
        assertThat(ColumnMapping.guess(List.of("Date", "Date")).columns()).containsOnly(entry(ISSUE_DATE, 0));
    }

    @Test
    void missingRequiredListsWhatIsNotMapped() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("Nom", "Date", "Montant TTC"));
        assertThat(mapping.missingRequired()).containsExactly(DEBTOR_CODE, NUMBER);
        assertThat(mapping.with(DEBTOR_CODE, 0).with(NUMBER, 5).missingRequired(4)).containsExactly(NUMBER);
        assertThat(mapping.with(DEBTOR_CODE, 0).without(DEBTOR_CODE).missingRequired()).contains(DEBTOR_CODE);
    }

    @Test
    void signatureIgnoresAccentsCaseAndSpacing() {
        assertThat(ColumnMapping.headerSignature(List.of("N° Facture", " Échéance")))
                .isEqualTo(ColumnMapping.headerSignature(List.of("n facture", "ECHEANCE")))
                .isEqualTo("n facture|echeance");
    }

    @Test
    void presetRoundTrips() {
        List<String> header = List.of("Code client", "N° facture", "Date", "TTC");
        MappingPreset preset = new MappingPreset("Sage \"mensuel\"\n", ColumnMapping.headerSignature(header),
                ColumnMapping.guess(header));
        MappingPreset back = MappingPreset.decode(preset.encode());
        assertThat(back).isEqualTo(preset);
        assertThat(back.fits(List.of("CODE CLIENT", "N° Facture", "date", "ttc"))).isTrue();
        assertThat(back.fits(List.of("Code client", "N° facture", "Date"))).isFalse();
    }

    @Test
    void presetFromANewerVersionKeepsTheFieldsItKnows() {
        MappingPreset preset = MappingPreset.decode(
                "{\"version\":2,\"name\":\"x\",\"headerSignature\":\"a|b\",\"columns\":{\"DEBTOR_CODE\":0,\"IBAN\":1}}");
        assertThat(preset.mapping().columns()).containsOnly(entry(DEBTOR_CODE, 0));
    }

    @Test
    void junkIsNotAPreset() {
        assertThatThrownBy(() -> MappingPreset.decode("name=x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MappingPreset.decode("{\"name\":\"x\"}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ColumnMapping(Map.of(NUMBER, -1))).isInstanceOf(IllegalArgumentException.class);
    }
}
