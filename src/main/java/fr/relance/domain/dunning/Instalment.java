package fr.relance.domain.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One instalment of a payment plan (échéance d'un échéancier). */
public record Instalment(LocalDate dueDate, BigDecimal amount) {

    public Instalment {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
    }
}
