package fr.relance.imports;

import fr.relance.store.PayerDirectory;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds who made a bank-statement payment from its label: the invoice numbers it names (as whole tokens,
 * whatever the case), else the one debtor whose name it contains.
 */
final class PayerResolver {

    static final String AMBIGUOUS = "import.reject.ambiguousPayment";
    static final String UNKNOWN = "import.reject.unknownPayer";

    /** Invoice numbers hold letters, digits and - / _ . ("FA-2026/0140"); anything else separates tokens. */
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}\\-/_.]+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[-/_.]+|[-/_.]+$");
    /** Legal forms a bank label often leaves out of a name ("VIR DURAND" for "Durand SARL"). */
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "^(?:(?:sarl|sas|sasu|sa|eurl|sci|snc|selarl|ste|societe|ets|etablissements) )+"
                    + "|(?: (?:sarl|sas|sasu|sa|eurl|sci|snc|selarl))+$");
    /** Shorter names ("SA", "BM") would be found by chance in most labels. */
    private static final int MIN_NAME_LENGTH = 3;

    /** What the label says about the payer: a debtor's account code, or the reason why none. */
    record Payer(String debtorCode, String rejectionKey) {
        boolean found() {
            return debtorCode != null;
        }
    }

    private final Map<String, Set<String>> debtorsByNumber = new HashMap<>();
    private final Map<String, Set<String>> debtorsByName = new HashMap<>();

    PayerResolver(List<PayerDirectory.InvoiceOwner> invoices, List<PayerDirectory.DebtorName> debtors) {
        for (PayerDirectory.InvoiceOwner invoice : invoices) {
            debtorsByNumber.computeIfAbsent(invoice.number().strip().toLowerCase(Locale.ROOT),
                    n -> new LinkedHashSet<>()).add(invoice.debtorCode());
        }
        for (PayerDirectory.DebtorName debtor : debtors) {
            String name = HeaderNames.normalise(debtor.name());
            for (String variant : List.of(name, LEGAL_FORM.matcher(name).replaceAll("").strip())) {
                if (variant.length() >= MIN_NAME_LENGTH) {
                    debtorsByName.computeIfAbsent(variant, n -> new LinkedHashSet<>()).add(debtor.debtorCode());
                }
            }
        }
    }

    Payer resolve(String label) {
        Set<String> byNumber = new LinkedHashSet<>();
        for (String token : SEPARATORS.split(label.toLowerCase(Locale.ROOT))) {
            byNumber.addAll(debtorsOfToken(token));
        }
        if (byNumber.size() == 1) {
            return new Payer(byNumber.iterator().next(), null);
        }
        if (byNumber.size() > 1) {
            return new Payer(null, AMBIGUOUS);
        }
        String padded = " " + HeaderNames.normalise(label) + " ";
        Set<String> byName = new LinkedHashSet<>();
        debtorsByName.forEach((name, codes) -> {
            if (padded.contains(" " + name + " ")) {
                byName.addAll(codes);
            }
        });
        return byName.size() == 1 ? new Payer(byName.iterator().next(), null) : new Payer(null, UNKNOWN);
    }

    /** The token as written, then without edge punctuation ("FA-12."), then its parts ("FA-12/FA-13"). */
    private Set<String> debtorsOfToken(String token) {
        Set<String> found = debtorsByNumber.get(token);
        if (found != null) {
            return found;
        }
        String trimmed = EDGE_PUNCTUATION.matcher(token).replaceAll("");
        found = debtorsByNumber.get(trimmed);
        if (found != null) {
            return found;
        }
        Set<String> parts = new LinkedHashSet<>();
        if (trimmed.indexOf('/') >= 0) {
            for (String part : trimmed.split("/")) {
                parts.addAll(debtorsByNumber.getOrDefault(part, Set.of()));
            }
        }
        return parts;
    }
}
