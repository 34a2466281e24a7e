package fr.relance.imports;

import fr.relance.domain.EntryKind;
import java.util.regex.Pattern;

/** Reads the document-type column of an export ("Facture", "AV", "Avoir client", "Règlement", "Payment"). */
final class DocumentTypes {

    private static final Pattern CREDIT_NOTE = Pattern.compile(
            ".*\\b(av|avoirs?|credit notes?|credit memos?|notes? de credit)\\b.*|nc");
    private static final Pattern PAYMENT = Pattern.compile(
            ".*\\b(reglements?|paiements?|payments?|encaissements?|rg|rgl|regl)\\b.*");

    private DocumentTypes() {
    }

    /** @return CREDIT_NOTE, PAYMENT, or INVOICE for anything else (blank, "Facture", "FA", "Invoice") */
    static EntryKind kindOf(String type) {
        String s = HeaderNames.normalise(type);
        if (PAYMENT.matcher(s).matches()) {
            return EntryKind.PAYMENT;
        }
        if (CREDIT_NOTE.matcher(s).matches()) {
            return EntryKind.CREDIT_NOTE;
        }
        return EntryKind.INVOICE;
    }
}
