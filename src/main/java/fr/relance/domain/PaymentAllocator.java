package fr.relance.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Applies a payment to a debtor's open invoices: first to the invoices whose number the payment's reference
 * names (a bank label such as "VIR SARL DURAND FA-2025-0123 FA-2025-0124"), then to the oldest due first. What is
 * left stays an unallocated credit on the debtor.
 */
public final class PaymentAllocator {

    /** An invoice that can still receive money. */
    public record OpenInvoice(long invoiceId, String number, java.time.LocalDate dueDate, BigDecimal balance) {
    }

    /** How much of the payment goes to which invoice, and what is left over. */
    public record Result(Map<Long, BigDecimal> allocations, BigDecimal unallocated) {
    }

    private PaymentAllocator() {
    }

    public static Result allocate(BigDecimal amount, String reference, List<OpenInvoice> openInvoices) {
        Map<Long, BigDecimal> allocations = new LinkedHashMap<>();
        BigDecimal left = amount;
        List<OpenInvoice> ordered = new ArrayList<>(openInvoices);
        ordered.removeIf(invoice -> invoice.balance().signum() <= 0);
        ordered.sort(Comparator.comparing(OpenInvoice::dueDate).thenComparing(OpenInvoice::number));

        String text = reference == null ? "" : normalize(reference);
        List<OpenInvoice> named = ordered.stream().filter(i -> !text.isEmpty() && mentions(text, i.number())).toList();
        for (OpenInvoice invoice : named) {
            left = apply(invoice, left, allocations);
        }
        for (OpenInvoice invoice : ordered) {
            if (left.signum() <= 0) {
                break;
            }
            if (!allocations.containsKey(invoice.invoiceId())) {
                left = apply(invoice, left, allocations);
            }
        }
        return new Result(allocations, left.max(BigDecimal.ZERO));
    }

    private static BigDecimal apply(OpenInvoice invoice, BigDecimal left, Map<Long, BigDecimal> allocations) {
        BigDecimal part = left.min(invoice.balance());
        if (part.signum() > 0) {
            allocations.merge(invoice.invoiceId(), part, BigDecimal::add);
            return left.subtract(part);
        }
        return left;
    }

    /** A number is mentioned when it stands as a whole token: "FA-12" is not found in "FA-123". */
    private static boolean mentions(String text, String number) {
        String needle = normalize(number);
        int from = 0;
        while (true) {
            int at = text.indexOf(needle, from);
            if (at < 0) {
                return false;
            }
            int end = at + needle.length();
            boolean startsClean = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endsClean = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startsClean && endsClean) {
                return true;
            }
            from = at + 1;
        }
    }

    private static String normalize(String value) {
        return value.strip().toUpperCase(Locale.ROOT);
    }
}
