package fr.relance.domain.dunning;

import static fr.relance.domain.dunning.PromiseToPayTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentCheckTest {

    @ParameterizedTest(name = "{0} against a balance of {1} -> {2}")
    @CsvSource(nullValues = "-", value = {
            "100.00,  250.00, -",
            "250.00,  250.00, -",                             // settles the invoice exactly
            "250.01,  250.00, amount:payment.aboveBalance",   // bad input: a payment larger than the balance
            "1000.00, 0.00,   amount:payment.aboveBalance",   // nothing left to pay
            "0.00,    250.00, amount:payment.amountPositive",
            "-5.00,   250.00, amount:payment.amountPositive"})
    void aPaymentMayNotExceedTheInvoiceBalance(String payment, String balance, String expected) {
        assertThat(PaymentCheck.validate(Money.of(payment), Money.of(balance)))
                .containsExactlyElementsOf(problems(expected));
    }
}
