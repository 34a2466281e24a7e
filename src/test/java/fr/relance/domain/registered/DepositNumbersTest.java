package fr.relance.domain.registered;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DepositNumbersTest {

    /** Numbers typed for the batch's registered letters, separated by ';', and the problem found for each ('-': none). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "1A 123 456 7890 1                               | -",
            "''                                              | -",
            "1A 123 456 7890 1;;RR 123 456 785 FR            | -;-;-",
            "1A 123 456 7890 1;1a12345678901                 | -;registered.tracking.duplicate",
            "RR123456785FR;1A 123 456 7890 1;rr 123 456 785 fr | -;-;registered.tracking.duplicate",
            "1A 123 456 7890;1A 123 456 7890                 | registered.tracking.length;registered.tracking.length",
            "RR123456784FR;1A 123 456 7890 1                 | registered.tracking.checkDigit;-",
            "1A 123 456 789O 1;                              | registered.tracking.pattern;-",
    })
    void eachNumberIsCheckedAndBelongsToOneLetter(String typed, String expected) {
        List<String> numbers = Arrays.asList(typed.split(";", -1));
        List<Optional<String>> wanted = Arrays.stream(expected.split(";", -1))
                .map(key -> key.equals("-") ? Optional.<String>empty() : Optional.of(key)).toList();
        assertThat(DepositNumbers.problems(numbers)).containsExactlyElementsOf(wanted);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'' | ", "'  ' | ", "1a-123-456-7890-1 | 1A12345678901"})
    void blankIsNoNumberAndATypedOneIsNormalised(String typed, String stored) {
        assertThat(DepositNumbers.parse(typed).map(TrackingNumber::value)).isEqualTo(Optional.ofNullable(stored));
    }
}
