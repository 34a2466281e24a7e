package fr.relance.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "23/11/2026|2026-11-23",
            "3/1/2026|2026-01-03",
            "03/01/2026|2026-01-03",
            "23-11-2026|2026-11-23",
            "23.11.2026|2026-11-23",
            "23/11/26|2026-11-23",
            "2026-11-23|2026-11-23",
            "2026/11/23|2026-11-23",
            "20261123|2026-11-23",
            "2026-11-23 00:00:00|2026-11-23",
            "2026-11-23T00:00|2026-11-23",
            "2026-11-23T10:15:30.123|2026-11-23",
            "23/11/2026 00:00|2026-11-23",
            "29/02/2028|2028-02-29",
            " 23/11/2026 |2026-11-23",
    })
    void readsTheUsualForms(String text, LocalDate expected) {
        assertThat(Dates.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] is not a date")
    @ValueSource(strings = {"", "  ", "31/02/2026", "29/02/2027", "32/01/2026", "12/13/2026", "2026-02-30",
            "20261323", "23/11-2026", "23 nov 2026", "2026-11", "11/23/2026", "00/01/2026", "01/01/0026",
            "99999999", "abc"})
    void refusesJunkAndImpossibleDates(String text) {
        assertThat(Dates.parse(text)).isNull();
    }
}
