package fr.relance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidationTest {

    @ParameterizedTest
    @CsvSource({
            "732829320, true",        // a real SIREN
            "732 829 320, true",      // spaces tolerated
            "732829321, false",       // Luhn check fails
            "73282932, false",        // 8 digits
            "73282932A, false"})
    void siren(String value, boolean valid) {
        assertThat(Siren.isValidSiren(value)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({
            "FR76 3000 6000 0112 3456 7890 189, true",
            "fr7630006000011234567890189, true",
            "FR76 3000 6000 0112 3456 7890 188, false",
            "FR76 3000, false"})
    void iban(String value, boolean valid) {
        assertThat(Iban.isValid(value)).isEqualTo(valid);
    }

    @Test
    void ibanIsPrintedInGroupsOfFour() {
        assertThat(Iban.formatted("fr7630006000011234567890189")).isEqualTo("FR76 3000 6000 0112 3456 7890 189");
    }

    @Test
    void companyRulesNameEachBrokenField() {
        Company company = new Company("", null, null, "732829321", "73282932000075", null, null, null, null,
                "6900", null, null, "not-an-email", "FR7630006000011234567890188", "BNP", null, null, null, null);
        assertThat(CompanyRules.validate(company)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("legalName", "siren", "siret", "iban", "bic", "postcode", "email");
    }

    @Test
    void aCompleteCompanyIsValid() {
        Company company = new Company("Ateliers Rhône SAS", "SAS", null, "732829320", "73282932000074",
                "FR44732829320", "Lyon", "12 rue des Tanneurs", null, "69003", "Lyon", null, "compta@ateliers.fr",
                "FR7630006000011234567890189", "BNPAFRPPXXX", "Claire Martin", "Directrice financière", null, null);
        assertThat(CompanyRules.validate(company)).isEmpty();
    }
}
