package fr.relance.imports;

import static fr.relance.imports.LedgerField.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Headers seen in Sage, Cegid, EBP, Pennylane and QuickBooks exports, normalised by {@link HeaderNames}.
 * Exact names come first; a few words ("client", "date", "montant") are ambiguous and only take a field the
 * exact names left free; then keywords catch the variants ("Date d'échéance prévue").
 */
final class HeaderAliases {

    /** Whole normalised header -> field. */
    static final Map<String, LedgerField> EXACT = new LinkedHashMap<>();

    /** Whole normalised header -> fields to try in order, when no exact header took them. */
    static final Map<String, List<LedgerField>> AMBIGUOUS = new LinkedHashMap<>();

    /** Word sequences a header contains -> field; checked in order, so the specific ones come first. */
    static final Map<String, LedgerField> KEYWORDS = new LinkedHashMap<>();

    static {
        exact(DEBTOR_CODE, "code client", "compte", "compte client", "n client", "no client", "num client",
                "numero client", "numero de client", "code tiers", "tiers", "compte tiers", "compte auxiliaire",
                "compauxnum", "customer code", "customer id", "customer number", "account", "account code",
                "customer account", "code");
        exact(DEBTOR_NAME, "raison sociale", "nom", "nom client", "nom du client", "intitule", "intitule tiers",
                "intitule client", "compauxlib", "customer", "customer name", "name", "company", "societe",
                "denomination");
        exact(DOCUMENT_TYPE, "type", "type piece", "type de piece", "type document", "type de document",
                "nature", "nature piece", "document type", "transaction type");
        exact(NUMBER, "n facture", "no facture", "num facture", "numero facture", "numero de facture",
                "n piece", "no piece", "numero piece", "numero de piece", "piece", "facture", "pieceref",
                "ref piece", "reference piece", "invoice", "invoice number", "invoice no", "invoice n", "number",
                "num", "no", "n", "document number", "doc number");
        exact(ISSUE_DATE, "date facture", "date de facture", "date piece", "date de piece", "date document",
                "date d emission", "date emission", "invoice date", "document date", "piecedate", "ecrituredate",
                "issue date", "date de facturation");
        exact(DUE_DATE, "echeance", "date echeance", "date d echeance", "date de l echeance", "due date",
                "due", "date limite de paiement", "date de reglement prevue");
        exact(AMOUNT_INCL_VAT, "montant ttc", "total ttc", "ttc", "mt ttc", "montant facture", "amount",
                "total", "amount incl vat", "amount incl tax", "total amount", "invoice amount", "gross amount");
        exact(AMOUNT_EXCL_VAT, "montant ht", "total ht", "ht", "mt ht", "amount excl vat", "amount excl tax",
                "net amount", "subtotal");
        exact(OPEN_AMOUNT, "reste du", "restant du", "reste a payer", "reste a regler", "solde", "montant restant",
                "montant restant du", "solde du", "open amount", "balance", "balance due", "amount due",
                "outstanding", "open balance", "remaining amount");
        exact(CURRENCY, "devise", "currency", "monnaie", "idevise");
        exact(REFERENCE, "libelle", "reference", "ref", "ecriturelib", "memo", "description", "label");
        exact(SIREN, "siren", "n siren", "siret", "n siret");
        exact(VAT_NUMBER, "n tva", "numero tva", "no tva", "tva intracommunautaire", "n tva intracommunautaire",
                "tva intra", "vat number", "vat id", "tax id");
        exact(EMAIL, "e mail", "email", "mail", "courriel", "adresse e mail", "adresse email");
        exact(PHONE, "telephone", "tel", "phone", "telephone fixe", "portable", "mobile");
        exact(STREET, "adresse", "rue", "adresse 1", "adresse1", "address", "street", "billing address");
        exact(POSTCODE, "code postal", "cp", "postcode", "zip", "zip code", "postal code");
        exact(CITY, "ville", "commune", "city", "town");
        exact(COUNTRY, "pays", "country", "code pays", "country code");
        exact(DEBTOR_KIND, "type client", "type de client", "categorie client", "customer type", "client type");

        AMBIGUOUS.put("client", List.of(DEBTOR_CODE, DEBTOR_NAME));
        AMBIGUOUS.put("date", List.of(ISSUE_DATE));
        AMBIGUOUS.put("montant", List.of(AMOUNT_INCL_VAT));
        AMBIGUOUS.put("debit", List.of(AMOUNT_INCL_VAT));

        keyword("type client", DEBTOR_KIND);
        keyword("echeance", DUE_DATE);
        keyword("due date", DUE_DATE);
        keyword("restant", OPEN_AMOUNT);
        keyword("reste", OPEN_AMOUNT);
        keyword("solde", OPEN_AMOUNT);
        keyword("ttc", AMOUNT_INCL_VAT);
        keyword("ht", AMOUNT_EXCL_VAT);
        keyword("siren", SIREN);
        keyword("tva", VAT_NUMBER);
        keyword("mail", EMAIL);
        keyword("tel", PHONE);
        keyword("postal", POSTCODE);
        keyword("raison sociale", DEBTOR_NAME);
        keyword("date", ISSUE_DATE);
        keyword("libelle", REFERENCE);
        keyword("facture", NUMBER);
        keyword("piece", NUMBER);
    }

    /** A bank statement's money-in column ("Crédit", "Montant crédit", "Crédit EUR"), normalised. */
    static final Pattern BANK_CREDIT = Pattern.compile("(montant )?credits?( (eur|euros?))?");

    /** A bank statement's money-out column. */
    static final Pattern BANK_DEBIT = Pattern.compile("(montant )?debits?( (eur|euros?))?");

    private HeaderAliases() {
    }

    private static void exact(LedgerField field, String... headers) {
        for (String header : headers) {
            EXACT.put(header, field);
        }
    }

    private static void keyword(String words, LedgerField field) {
        KEYWORDS.put(words, field);
    }
}
