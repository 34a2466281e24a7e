package fr.relance.domain.agency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The VAT included in what is written off, per invoice: the VAT on a definitively unrecoverable debt can be
 * recovered with a corrective invoice (CGI 272-1, domain reference section 9). A reminder or a formal notice alone
 * is not proof enough: the failed collection steps of the timeline are.
 */
public record WriteOffVat(List<Line> lines, BigDecimal totalBalance, BigDecimal totalVat) {

    /** One invoice given up: its balance and the VAT that balance includes, to the cent. */
    public record Line(String number, BigDecimal balance, BigDecimal vat) {
    }

    /** An open invoice given up, with its amounts as issued. */
    public record Invoice(String number, BigDecimal amountInclVat, BigDecimal amountExclVat, BigDecimal balance) {
    }

    public WriteOffVat {
        lines = List.copyOf(lines);
    }

    /**
     * The VAT in each balance is the invoice's VAT share of that balance (a part payment paid VAT too), rounded
     * half-up to the cent; an invoice without VAT (or whose amounts are unknown) has none.
     */
    public static WriteOffVat of(List<Invoice> invoices) {
        List<Line> lines = invoices.stream().map(invoice -> {
            BigDecimal vat = BigDecimal.ZERO.setScale(2);
            BigDecimal incl = invoice.amountInclVat();
            BigDecimal excl = invoice.amountExclVat();
            if (incl != null && excl != null && incl.signum() > 0 && incl.compareTo(excl) > 0) {
                vat = invoice.balance().multiply(incl.subtract(excl)).divide(incl, 2, RoundingMode.HALF_UP);
            }
            return new Line(invoice.number(), invoice.balance(), vat);
        }).toList();
        return new WriteOffVat(lines, lines.stream().map(Line::balance).reduce(BigDecimal.ZERO, BigDecimal::add),
                lines.stream().map(Line::vat).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
    }
}
