package fr.relance.domain.agency;

import fr.relance.domain.DebtorKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What to do once the agency did not collect everything (domain reference, section 7): an order for payment at the
 * tribunal de commerce (commercial claim, Cerfa 12946) or the tribunal judiciaire (civil or consumer claim, Cerfa
 * 12948); the simplified small-claims procedure by a commissaire de justice, offered only up to 5,000 EUR; the
 * claim declared when insolvency proceedings are open; or the write-off.
 */
public final class NextStepRules {

    /** CPCE L125-1: the small-claims procedure is for claims up to this amount (principal and interest). */
    public static final BigDecimal SMALL_CLAIMS_LIMIT = new BigDecimal("5000.00");

    private NextStepRules() {
    }

    /**
     * @param remaining  what the debtor still owes, the agency's collections counted
     * @param insolvent  insolvency proceedings are open against the debtor
     * @param timeBarred every claimed invoice is past its limitation date
     * @return the proposals, the recommended one first; empty when nothing is owed
     */
    public static List<NextStep> propose(DebtorKind kind, BigDecimal remaining, boolean insolvent,
                                         boolean timeBarred) {
        List<NextStep> steps = new ArrayList<>();
        if (remaining == null || remaining.signum() <= 0) {
            return steps;
        }
        NextStep writeOff = new NextStep(NextStepKind.WRITE_OFF, null, "dossier.next.writeOff.reason",
                List.of(remaining), false);
        if (insolvent) {
            // No court action against a debtor in insolvency proceedings: the claim is declared instead.
            steps.add(new NextStep(NextStepKind.CLAIM_DECLARATION, null, "dossier.next.claimDeclaration.reason",
                    List.of(remaining), true));
            steps.add(writeOff);
            return steps;
        }
        if (timeBarred) {
            steps.add(new NextStep(NextStepKind.WRITE_OFF, null, "dossier.next.writeOff.timeBarred",
                    List.of(remaining), true));
            return steps;
        }
        Court court = kind == DebtorKind.B2B ? Court.TRIBUNAL_DE_COMMERCE : Court.TRIBUNAL_JUDICIAIRE;
        String orderReason = kind == DebtorKind.B2B ? "dossier.next.order.commercial" : "dossier.next.order.civil";
        boolean small = remaining.compareTo(SMALL_CLAIMS_LIMIT) <= 0;
        if (small) {
            steps.add(new NextStep(NextStepKind.SMALL_CLAIMS_PROCEDURE, null, "dossier.next.smallClaims.reason",
                    List.of(remaining, SMALL_CLAIMS_LIMIT), true));
        }
        steps.add(new NextStep(NextStepKind.ORDER_FOR_PAYMENT, court, orderReason,
                List.of(remaining, court.cerfa()), !small));
        steps.add(writeOff);
        return steps;
    }
}
