package fr.relance.domain.registered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrackingNumberTest {

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', value = {
            "1A 123 456 7890 1    | 1A12345678901 | DOMESTIC | 1A 123 456 7890 1",
            "1a12345678901        | 1A12345678901 | DOMESTIC | 1A 123 456 7890 1",
            "2C-004-512-3317-8    | 2C00451233178 | DOMESTIC | 2C 004 512 3317 8",
            "RR123456785FR        | RR123456785FR | S10      | RR 123 456 785 FR",
            "rr 123 456 785 fr    | RR123456785FR | S10      | RR 123 456 785 FR",
            "RA 000 000 005 FR    | RA000000005FR | S10      | RA 000 000 005 FR",
    })
    void validNumbersAreNormalisedAndPrintedAsLaPosteDoes(String typed, String stored,
                                                             TrackingNumber.Format format, String display) {
        TrackingNumber number = TrackingNumber.parse(typed);
        assertThat(number.value()).isEqualTo(stored);
        assertThat(number.format()).isEqualTo(format);
        assertThat(number.display()).isEqualTo(display);
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
            "''                  | registered.tracking.required",
            "'   '               | registered.tracking.required",
            "1A 123 456 7890     | registered.tracking.length",
            "1A 123 456 7890 12  | registered.tracking.length",
            "1A 123 456 789O 1   | registered.tracking.pattern",
            "AA 123 456 7890 1   | registered.tracking.pattern",
            "11 123 456 7890 1   | registered.tracking.pattern",
            "1A 123 456 7890 é   | registered.tracking.characters",
            "1A/123/456/7890/1   | registered.tracking.characters",
            "RR123456784FR       | registered.tracking.checkDigit",
            "RA000000000FR       | registered.tracking.checkDigit",
            "RR12345678FR        | registered.tracking.length",
    })
    void invalidNumbersAreRefusedSayingWhy(String typed, String key) {
        assertThat(TrackingNumber.problems(typed)).containsExactly(new FieldProblem("trackingNumber", key));
        assertThatThrownBy(() -> TrackingNumber.parse(typed)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(FieldProblem::messageKey).containsExactly(key));
    }

    @ParameterizedTest(name = "S10 serial {0} -> check digit {1}")
    @CsvSource({
            "12345678, 5",   // the UPU's own example RR 123 456 785 FR
            "00000008, 0",   // sum 8*7 = 56, 56 mod 11 = 1, 11 - 1 = 10 -> 0
            "47312482, 9",   // sum 200, 200 mod 11 = 2, 11 - 2 = 9
            "00000000, 5",   // sum 0 -> 11 -> 5
    })
    void s10CheckDigitFollowsTheUpuRule(String serial, int expected) {
        assertThat(TrackingNumber.s10CheckDigit(serial)).isEqualTo(expected);
    }
}
