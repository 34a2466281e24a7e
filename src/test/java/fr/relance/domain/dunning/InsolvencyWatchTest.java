package fr.relance.domain.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.FieldProblem;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InsolvencyWatchTest {

    @ParameterizedTest(name = "published {1}, filed {2}, as of {3} -> deadline {4}, {5}")
    @CsvSource(nullValues = "-", value = {
            // opened,    BODACC,     filed on,   as of,      deadline,   status
            // Code de commerce L622-24 / R622-24: 2 months from the BODACC publication, the last day included
            "2025-03-04, 2025-03-15, -,          2025-03-20, 2025-05-15, TO_FILE",
            "2025-03-04, 2025-03-15, -,          2025-05-15, 2025-05-15, TO_FILE",
            "2025-03-04, 2025-03-15, -,          2025-05-16, 2025-05-15, OVERDUE",
            "2025-03-04, 2025-03-15, 2025-04-02, 2025-05-16, 2025-05-15, FILED",
            "2025-03-04, 2025-03-15, 2025-04-02, 2025-04-01, 2025-05-15, TO_FILE",  // filed later than the as-of date
            "2025-03-04, 2025-03-15, 2025-05-20, 2025-06-01, 2025-05-15, FILED",    // filed late (after a relief)
            // month ends: no 31 February
            "2025-12-20, 2025-12-31, -,          2026-02-28, 2026-02-28, TO_FILE",
            "2023-12-20, 2023-12-31, -,          2024-03-01, 2024-02-29, OVERDUE"})
    void claimFilingDeadline(LocalDate opened, LocalDate published, LocalDate filed, LocalDate asOf,
                             LocalDate deadline, ClaimFilingStatus status) {
        InsolvencyWatch watch = new InsolvencyWatch(opened, published, filed);

        assertThat(watch.claimFilingDeadline()).isEqualTo(deadline);
        assertThat(watch.status(asOf)).isEqualTo(status);
    }

    @ParameterizedTest(name = "opened {0}: penalties stop on {1}, dunning stopped on {2}: {3}")
    @CsvSource({
            // Code de commerce L622-28: the opening judgment stops interest; L622-21: it stops pursuit
            "2025-07-01, 2025-06-30, 2025-06-30, false",
            "2025-07-01, 2025-06-30, 2025-07-01, true",
            "2025-01-01, 2024-12-31, 2025-03-01, true"})
    void proceedingsStopPenaltiesAndDunning(LocalDate opened, LocalDate stopOn, LocalDate asOf, boolean stopped) {
        InsolvencyWatch watch = InsolvencyWatch.opened(opened, opened.plusDays(10));

        assertThat(InsolvencyWatch.penaltiesStopOn(opened)).isEqualTo(stopOn);
        assertThat(watch.penaltiesStopOn()).isEqualTo(stopOn);
        assertThat(watch.stopsDunning(asOf)).isEqualTo(stopped);
    }

    @ParameterizedTest(name = "opened {0}, published {1}, filed {2}, as of {3} -> {4}")
    @CsvSource(nullValues = "-", value = {
            "2025-03-04, 2025-03-15, -,          2025-03-20, -",
            "2025-03-04, 2025-03-04, 2025-03-04, 2025-03-04, -",
            "2025-03-16, 2025-03-15, -,          2025-03-20, insolvency.publishedBeforeOpening",
            "2025-03-04, 2025-03-21, -,          2025-03-20, insolvency.publishedInFuture",
            "2025-03-04, 2025-03-15, 2025-03-14, 2025-03-20, insolvency.filedBeforePublication"})
    void validation(LocalDate opened, LocalDate published, LocalDate filed, LocalDate asOf, String keys) {
        InsolvencyWatch watch = new InsolvencyWatch(opened, published, filed);

        assertThat(watch.validate(asOf)).extracting(FieldProblem::messageKey)
                .containsExactlyElementsOf(keys == null ? List.of() : Arrays.asList(keys.split(" ")));
    }

    @ParameterizedTest
    @CsvSource("2025-03-04, 2025-03-15, 2025-04-02")
    void filingTheClaimKeepsTheRest(LocalDate opened, LocalDate published, LocalDate filed) {
        InsolvencyWatch watch = InsolvencyWatch.opened(opened, published).claimFiled(filed);

        assertThat(watch).isEqualTo(new InsolvencyWatch(opened, published, filed));
    }
}
