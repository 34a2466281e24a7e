package fr.relance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money applied to one invoice on the day it reached the creditor (payment or credit note). */
public record PartPayment(LocalDate receivedOn, BigDecimal amount) {
}
