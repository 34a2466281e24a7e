package fr.relance.domain.dunning;

import static fr.relance.domain.dunning.PromiseToPayTest.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisputeTest {

    static final LocalDate OPENED = LocalDate.parse("2025-03-10");

    @ParameterizedTest(name = "{0} \"{1}\" resolved {2} on {3} -> {4}")
    @CsvSource(nullValues = "-", value = {
            // category,   note,               resolution,  resolved on, problems
            "PRICE,        -,                  -,           -,           -",
            "NOT_RECEIVED, '',                 -,           -,           -",
            "OTHER,        Wrong delivery site, -,          -,           -",
            "OTHER,        -,                  -,           -,           note:dispute.noteRequired",
            "OTHER,        '   ',              -,           -,           note:dispute.noteRequired",
            "QUALITY,      -,                  CREDIT_NOTE, 2025-03-10,  -",          // same day is fine
            "QUALITY,      -,                  REJECTED,    2025-04-01,  -",
            "QUALITY,      -,                  JUSTIFIED,   2025-03-09,  resolvedOn:dispute.resolvedBeforeOpened",
            "QUALITY,      -,                  JUSTIFIED,   -,           resolvedOn:dispute.resolutionIncomplete",
            "QUALITY,      -,                  -,           2025-04-01,  resolution:dispute.resolutionIncomplete"})
    void validation(DisputeCategory category, String note, DisputeResolution resolution, LocalDate resolvedOn,
                    String expected) {
        Dispute dispute = new Dispute(42L, category, note, OPENED, resolution, resolvedOn);

        assertThat(dispute.validate()).containsExactlyElementsOf(problems(expected));
    }

    @ParameterizedTest(name = "{0}: open pauses invoice 42 only, resolution resumes it")
    @CsvSource({"CREDIT_NOTE", "JUSTIFIED", "REJECTED"})
    void anOpenDisputePausesItsInvoiceOnlyAndAnyResolutionResumesIt(DisputeResolution how) {
        Dispute open = Dispute.open(42L, DisputeCategory.QUANTITY, "3 pallets short", OPENED);
        assertThat(open.isOpen()).isTrue();
        assertThat(open.pausesDunningOf(42L)).isTrue();
        assertThat(open.pausesDunningOf(43L)).isFalse();

        Dispute resolved = open.resolve(how, LocalDate.parse("2025-04-02"));

        assertThat(resolved.isOpen()).isFalse();
        assertThat(resolved.pausesDunningOf(42L)).isFalse();
        assertThat(resolved).extracting(Dispute::invoiceId, Dispute::category, Dispute::note, Dispute::openedOn,
                        Dispute::resolution, Dispute::resolvedOn)
                .containsExactly(42L, DisputeCategory.QUANTITY, "3 pallets short", OPENED, how,
                        LocalDate.parse("2025-04-02"));
        assertThat(open.isOpen()).as("records are immutable").isTrue();
    }

    @Test
    void aResolutionIsNotOverwritten() {
        Dispute resolved = Dispute.open(42L, DisputeCategory.PRICE, null, OPENED)
                .resolve(DisputeResolution.REJECTED, OPENED.plusDays(5));

        assertThatThrownBy(() -> resolved.resolve(DisputeResolution.CREDIT_NOTE, OPENED.plusDays(9)))
                .isInstanceOf(IllegalStateException.class);
    }
}
