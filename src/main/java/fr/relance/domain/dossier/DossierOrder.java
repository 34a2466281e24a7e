package fr.relance.domain.dossier;

import fr.relance.domain.documents.DocumentKind;
import fr.relance.domain.dossier.DossierContent.DossierAttachment;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which a dossier presents its evidence, as a court or an agency reads a claim (domain reference,
 * section 7): the contract or terms of sale first, then the order, the delivery, the invoices, the correspondence,
 * the letters and their receipts, the acknowledgements; within a kind, by the date the document bears.
 */
public final class DossierOrder {

    public static final List<DocumentKind> KINDS = List.of(DocumentKind.CONTRACT_OR_TERMS, DocumentKind.PURCHASE_ORDER,
            DocumentKind.DELIVERY_PROOF, DocumentKind.INVOICE_COPY, DocumentKind.CORRESPONDENCE, DocumentKind.LETTER,
            DocumentKind.REGISTERED_RECEIPT, DocumentKind.DEBT_ACKNOWLEDGEMENT, DocumentKind.OTHER,
            DocumentKind.DOSSIER);

    public static final Comparator<DossierAttachment> ORDER = Comparator
            .comparing((DossierAttachment a) -> KINDS.indexOf(a.kind()))
            .thenComparing(DossierAttachment::documentDate, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(DossierAttachment::documentId);

    private DossierOrder() {
    }
}
