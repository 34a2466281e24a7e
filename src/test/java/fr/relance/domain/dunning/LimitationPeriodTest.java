package fr.relance.domain.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.DebtorKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LimitationPeriodTest {

    @ParameterizedTest(name = "{0} from {1}, acknowledged {2} -> {3}")
    @CsvSource(nullValues = "-", value = {
            // kind,     start,      acknowledgements,                limitation date, restarted on, warn from
            // Code de commerce L110-4: 5 years between traders, from the invoice date
            "B2B,        2020-03-15, -,                               2025-03-15, -,          2024-09-15",
            // Code de la consommation L218-2: 2 years for a consumer, from the service (the due date)
            "CONSUMER,   2023-04-30, -,                               2025-04-30, -,          2024-10-30",
            // Code civil 2240: a part payment acknowledges the debt, a full new period starts that day
            "B2B,        2020-03-15, 2022-06-01,                      2027-06-01, 2022-06-01, 2026-12-01",
            "CONSUMER,   2023-04-30, 2024-02-29,                      2026-02-28, 2024-02-29, 2025-08-28",
            // the latest acknowledgement counts, whatever order they come in (plan signed, then part payment)
            "B2B,        2020-03-15, 2023-01-10 2021-05-05,           2028-01-10, 2023-01-10, 2027-07-10",
            // an acknowledgement on or before the start changes nothing
            "B2B,        2020-03-15, 2020-03-15 2019-12-01,           2025-03-15, -,          2024-09-15",
            // on the last day it still interrupts
            "CONSUMER,   2023-04-30, 2025-04-30,                      2027-04-30, 2025-04-30, 2026-10-30",
            // once time-barred, a later acknowledgement does not revive the claim (no running period to interrupt)
            "CONSUMER,   2023-04-30, 2025-05-01,                      2025-04-30, -,          2024-10-30",
            // chained: each acknowledgement falls within the period the previous one restarted
            "CONSUMER,   2020-01-10, 2021-12-01 2023-11-20,           2025-11-20, 2023-11-20, 2025-05-20"})
    void limitationDate(DebtorKind kind, LocalDate start, String acknowledgements, LocalDate expected,
                        LocalDate restartedOn, LocalDate warnFrom) {
        List<LocalDate> acks = acknowledgements == null ? List.of()
                : Arrays.stream(acknowledgements.split(" ")).map(LocalDate::parse).toList();

        LimitationPeriod period = LimitationPeriod.of(kind, start, acks);

        assertThat(period.limitationDate()).isEqualTo(expected);
        assertThat(LimitationPeriod.limitationDate(kind, start, acks)).isEqualTo(expected);
        assertThat(period.restartedOn()).isEqualTo(restartedOn);
        assertThat(period.warnFrom()).isEqualTo(warnFrom);
        assertThat(LimitationPeriod.warnFrom(expected)).isEqualTo(warnFrom);
    }

    @ParameterizedTest(name = "as of {0} -> {1}")
    @CsvSource({
            // B2B invoice of 15/03/2020: last day to act 15/03/2025, flagged from 15/09/2024
            "2024-09-14, OK",
            "2024-09-15, WARNING",
            "2025-03-15, WARNING",     // the last day is still in time (Code civil 2229)
            "2025-03-16, TIME_BARRED"})
    void statusFlagsSixMonthsAhead(LocalDate asOf, LimitationStatus expected) {
        LimitationPeriod period = LimitationPeriod.of(DebtorKind.B2B, LocalDate.parse("2020-03-15"), List.of());

        assertThat(period.status(asOf)).isEqualTo(expected);
    }
}
