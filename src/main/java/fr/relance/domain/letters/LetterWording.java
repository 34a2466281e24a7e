package fr.relance.domain.letters;

import java.util.List;

/**
 * The fixed sentences of a letter that are not in its template (legal mentions at the foot of the page), in the
 * letter's language. The service reads them from the bundles of that language; the domain only names them.
 */
@FunctionalInterface
public interface LetterWording {

    /** Pieces of the creditor's identity line: share capital, RCS, SIRET, VAT number. */
    String CAPITAL = "letter.mention.capital";
    String RCS = "letter.mention.rcs";
    String SIRET = "letter.mention.siret";
    String VAT = "letter.mention.vat";
    /** B2B: penalties at the ECB rate + 10 points (L441-10) and the 40 EUR indemnity (D441-5). */
    String B2B_PENALTIES = "letter.mention.b2bPenalties";
    /** Consumer: legal interest from the formal notice (Code civil 1231-6, 1344). */
    String CONSUMER_INTEREST = "letter.mention.consumerInterest";
    /** Consumer: collection costs stay with the creditor without an enforceable title (CPCE L111-8). */
    String CONSUMER_COSTS = "letter.mention.consumerCosts";
    /** Consumer: personal data processed for the collection of the claim (GDPR). */
    String CONSUMER_DATA = "letter.mention.consumerData";
    /** Agency: the agreement the handover follows (CPCE R124-3) and what the agency's letter must say (R124-4). */
    String AGENCY_RULES = "letter.mention.agencyRules";

    List<String> KEYS = List.of(CAPITAL, RCS, SIRET, VAT, B2B_PENALTIES, CONSUMER_INTEREST, CONSUMER_COSTS,
            CONSUMER_DATA, AGENCY_RULES);

    /** The sentence under the key with its {0}, {1} ... filled in. */
    String text(String key, Object... args);
}
