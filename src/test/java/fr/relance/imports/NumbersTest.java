package fr.relance.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "1 234,56|1234.56",
            "1\u00A0234,56|1234.56",
            "1\u202F234,56|1234.56",
            "1234.56|1234.56",
            "1234,56|1234.56",
            "1,234.56|1234.56",
            "1.234,56|1234.56",
            "1.234.567,89|1234567.89",
            "1,234,567.89|1234567.89",
            "1.234.567|1234567.00",
            "-12,50|-12.50",
            "+12,50|12.50",
            "12,50-|-12.50",
            "(12,50)|-12.50",
            "\u221212,50|-12.50",
            "1 234,56 €|1234.56",
            "€1,234.56|1234.56",
            "1234,56 EUR|1234.56",
            "EUR -5|-5.00",
            "1234|1234.00",
            "0,5|0.50",
            "0,500|0.50",
            "1234,500|1234.50",
            "12,3400|12.34",
            ",5|0.50",
            "0|0.00",
            "  42,00  |42.00",
    })
    void readsFrenchAndEnglishAmounts(String text, String expected) {
        assertThat(Numbers.parseAmount(text)).isEqualByComparingTo(expected)
                .extracting(BigDecimal::scale).isEqualTo(2);
    }

    @ParameterizedTest(name = "[{0}] is not an amount")
    @ValueSource(strings = {"", "   ", "abc", "12a", "1,2,3", "1.23.4", "1,23,456.00", "12,345", "1,000", "12.500",
            "1.2,3", "12,3456", "1E5", "--12", "-12-", "12,50 USD", "€", "(12", "1,234.56,7", ".", ","})
    void refusesJunkAndAmbiguousForms(String text) {
        assertThat(Numbers.parseAmount(text)).isNull();
    }
}
