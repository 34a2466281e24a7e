package fr.relance.domain.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.FieldProblem;
import fr.relance.domain.Money;
import fr.relance.domain.PartPayment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PromiseToPayTest {

    @ParameterizedTest(name = "due {0}, {1} EUR, recorded {2} -> {3}")
    @CsvSource(nullValues = "-", value = {
            // due date,  amount,  as of,      problems
            "2025-06-30, 500.00, 2025-06-01, -",
            "2025-06-01, 500.00, 2025-06-01, -",                       // due today is still a promise
            "2025-05-31, 500.00, 2025-06-01, dueDate:promise.dueInPast", // bad input: a promise dated in the past
            "2025-06-30, 0.00,   2025-06-01, amount:promise.amountPositive",
            "2025-06-30, -10.00, 2025-06-01, amount:promise.amountPositive",
            "2025-05-01, 0.00,   2025-06-01, dueDate:promise.dueInPast amount:promise.amountPositive"})
    void validation(String due, String amount, String asOf, String expected) {
        PromiseToPay promise = new PromiseToPay(LocalDate.parse(asOf), LocalDate.parse(due), Money.of(amount));

        assertThat(promise.validate(LocalDate.parse(asOf))).containsExactlyElementsOf(problems(expected));
    }

    @ParameterizedTest(name = "{2} on {3} -> {4}")
    @CsvSource(nullValues = "-", value = {
            // promised 2025-06-01 for 1,000.00 due 2025-06-15
            // payments (date=amount, space separated), as of, expected
            "-,                                 2025-06-10, PENDING",
            "-,                                 2025-06-15, PENDING",  // the due day itself is still in time
            "-,                                 2025-06-16, BROKEN",
            "2025-06-15=1000.00,                2025-06-15, KEPT",
            "2025-06-05=1200.00,                2025-06-10, KEPT",     // kept before the due date, more is fine
            "2025-06-05=400.00 2025-06-12=600.00, 2025-06-20, KEPT",   // in two parts
            "2025-06-05=400.00,                 2025-06-12, PENDING",
            "2025-06-05=400.00,                 2025-06-16, BROKEN",   // part payment only
            "2025-06-16=1000.00,                2025-06-20, BROKEN",   // paid, but a day late
            "2025-05-20=1000.00,                2025-06-16, BROKEN",   // before the promise: not towards it
            "2025-06-12=1000.00,                2025-06-11, PENDING"}) // not yet received on the as-of date
    void statusFromThePayments(String payments, String asOf, PromiseStatus expected) {
        PromiseToPay promise = new PromiseToPay(LocalDate.parse("2025-06-01"), LocalDate.parse("2025-06-15"),
                Money.of("1000.00"));

        assertThat(promise.status(payments(payments), LocalDate.parse(asOf))).isEqualTo(expected);
    }

    static List<PartPayment> payments(String spec) {
        List<PartPayment> payments = new ArrayList<>();
        if (spec != null) {
            for (String one : spec.trim().split("\\s+")) {
                String[] parts = one.split("=");
                payments.add(new PartPayment(LocalDate.parse(parts[0]), Money.of(parts[1])));
            }
        }
        return payments;
    }

    static List<FieldProblem> problems(String spec) {
        List<FieldProblem> problems = new ArrayList<>();
        if (spec != null) {
            for (String one : spec.trim().split("\\s+")) {
                String[] parts = one.split(":");
                problems.add(new FieldProblem(parts[0], parts[1]));
            }
        }
        return problems;
    }
}
