package fr.relance.domain.agency;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected agency fees against the balance, and the warnings before a handover. */
class AgencyFeeEstimateTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static CollectionAgency agency(String percent, String fixed, String minimum, boolean agreement) {
        return new CollectionAgency(1L, "Recouvra Lyon", null, null, null, null, null, null, null, null,
                percent == null ? null : new BigDecimal(percent), fixed == null ? null : new BigDecimal(fixed),
                minimum == null ? null : new BigDecimal(minimum), agreement ? TODAY.minusMonths(6) : null,
                agreement ? 7L : null, null, null, false);
    }

    @ParameterizedTest(name = "{0}% + {1} € on {3} € → {4} € ({5} %) {6}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            // percent; fixed; minimum; balance; fee; share; warnings
            "15;     -;      -;      10000.00; 1500.00; 15.00; -",
            "12.5;   -;      -;      1234.56;  154.32;  12.50; -",
            "-;      150.00; -;      1200.00;  150.00;  12.50; -",
            "10;     90.00;  -;      2000.00;  290.00;  14.50; -",
            // The seeds: a small claim is eaten by a fixed fee.
            "10;     90.00;  -;      300.00;   120.00;  40.00; FEE_SHARE_ABOVE_THRESHOLD",
            "20;     -;      500.00; 450.00;   90.00;   20.00; BELOW_MINIMUM_CLAIM",
            "20;     80.00;  500.00; 380.00;   156.00;  41.05; FEE_SHARE_ABOVE_THRESHOLD BELOW_MINIMUM_CLAIM",
            // Exactly the threshold is accepted; one cent more is not.
            "25;     -;      -;      100.00;   25.00;   25.00; -",
            "25;     0.01;   -;      100.00;   25.01;   25.01; FEE_SHARE_ABOVE_THRESHOLD",
            // The minimum itself is accepted.
            "15;     -;      500.00; 500.00;   75.00;   15.00; -",
            // Half-up to the cent: 1 234,57 x 12,5 % = 154,32125.
            "12.5;   -;      -;      1234.57;  154.32;  12.50; -",
            "33.3333; -;     -;      0.03;     0.01;    33.33; FEE_SHARE_ABOVE_THRESHOLD",
    })
    void feeShareAndWarnings(String percent, String fixed, String minimum, String balance, String fee, String share,
                             String warnings) {
        AgencyFeeEstimate estimate = AgencyFeeEstimate.of(agency(percent, fixed, minimum, true),
                new BigDecimal(balance), AgencyFeeEstimate.DEFAULT_MAX_SHARE);

        assertThat(estimate.fee()).isEqualByComparingTo(fee);
        assertThat(estimate.fee().scale()).isEqualTo(2);
        assertThat(estimate.share()).isEqualByComparingTo(share);
        assertThat(estimate.net()).isEqualByComparingTo(new BigDecimal(balance).subtract(new BigDecimal(fee)));
        assertThat(estimate.warnings()).isEqualTo(parse(warnings));
        assertThat(estimate.worthIt()).isEqualTo(warnings == null);
    }

    private static Set<FeeWarning> parse(String warnings) {
        return warnings == null ? EnumSet.noneOf(FeeWarning.class)
                : Arrays.stream(warnings.split(" ")).map(FeeWarning::valueOf).collect(Collectors.toSet());
    }

    @Test
    void theThresholdComesFromTheSettings() {
        CollectionAgency agency = agency("15", null, null, true);
        assertThat(AgencyFeeEstimate.of(agency, new BigDecimal("1000"), new BigDecimal("10")).warnings())
                .containsExactly(FeeWarning.FEE_SHARE_ABOVE_THRESHOLD);
        assertThat(AgencyFeeEstimate.of(agency, new BigDecimal("1000"), new BigDecimal("15")).warnings()).isEmpty();
    }

    @Test
    void aMissingAgreementAndAnArchivedAgencyAreFlagged() {
        AgencyFeeEstimate estimate = AgencyFeeEstimate.of(agency("10", null, null, false).withArchived(true),
                new BigDecimal("5000"), AgencyFeeEstimate.DEFAULT_MAX_SHARE);
        assertThat(estimate.warnings()).containsExactlyInAnyOrder(FeeWarning.AGREEMENT_MISSING, FeeWarning.ARCHIVED);
        assertThat(estimate.fee()).isEqualByComparingTo("500.00");
    }

    @Test
    void nothingDueMeansNoFeeAndNoShare() {
        for (String balance : new String[] {"0", "-120.00"}) {
            AgencyFeeEstimate estimate = AgencyFeeEstimate.of(agency("10", "50", null, true), new BigDecimal(balance),
                    AgencyFeeEstimate.DEFAULT_MAX_SHARE);
            assertThat(estimate.fee()).isNull();
            assertThat(estimate.share()).isNull();
            assertThat(estimate.net()).isNull();
            assertThat(estimate.warnings()).containsExactly(FeeWarning.NOTHING_DUE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "no fee at all;                  -;     -;      -;      -;          -",
            "zero fees count as none;        0;     0.00;   -;      -;          commissionPercent:agency.fee.required",
            "percent above 100;              120;   -;      -;      -;          commissionPercent:agency.percent.invalid",
            "negative percent;               -5;    -;      -;      -;          commissionPercent:agency.percent.invalid",
            "five decimals;                  12.12345; -;   -;      -;          commissionPercent:agency.percent.invalid",
            "negative fixed fee;             -;     -10;    -;      -;          fixedFee:agency.amount.invalid",
            "fixed fee in tenths of a cent;  -;     10.005; -;      -;          fixedFee:agency.amount.invalid",
            "negative minimum;               10;    -;      -1;     -;          minimumClaim:agency.amount.invalid",
            "bad SIREN;                      10;    -;      -;      123456789;  siren:validation.siren",
    })
    void rules(String label, String percent, String fixed, String minimum, String siren, String expected) {
        CollectionAgency agency = new CollectionAgency(null, "Recouvra", siren, null, null, null, null, null, null,
                null, percent == null ? null : new BigDecimal(percent), fixed == null ? null : new BigDecimal(fixed),
                minimum == null ? null : new BigDecimal(minimum), null, null, null, null, false);
        List<FieldProblem> problems = AgencyRules.validate(agency, TODAY);
        if (expected == null) {
            assertThat(problems).extracting(FieldProblem::messageKey).containsExactly(AgencyRules.FEE_REQUIRED);
        } else {
            String[] parts = expected.split(":");
            assertThat(problems).contains(new FieldProblem(parts[0], parts[1]));
        }
    }

    @Test
    void aCompleteAgencyPassesAndEveryOtherRuleIsNamed() {
        CollectionAgency good = new CollectionAgency(null, "Recouvra Lyon", "732 829 320", "4 quai Perrache",
                "Bâtiment B", "69002", "Lyon", "Mme Roux", "contact@recouvra.fr", "04 78 00 00 00",
                new BigDecimal("12.5"), new BigDecimal("90.00"), new BigDecimal("300.00"), TODAY, null, "RC 12345",
                null, false);
        assertThat(AgencyRules.validate(good, TODAY)).isEmpty();

        CollectionAgency bad = new CollectionAgency(null, " ", null, "x".repeat(39), null, "6900", null, null,
                "pas-un-email", null, new BigDecimal("10"), null, null, TODAY.plusDays(1), null, null, null, false);
        assertThat(AgencyRules.validate(bad, TODAY)).containsExactlyInAnyOrder(
                new FieldProblem("name", "validation.required"),
                new FieldProblem("street", AgencyRules.TOO_LONG),
                new FieldProblem("postcode", "validation.postcode"),
                new FieldProblem("email", "validation.email"),
                new FieldProblem("agreementSignedOn", AgencyRules.SIGNED_AFTER_TODAY));
    }
}
