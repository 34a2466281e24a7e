package fr.relance.domain.registered;

/**
 * Why La Poste sent a registered letter back.
 * <ul>
 *   <li>{@link #NOT_COLLECTED} ("avisé non réclamé"): the addressee was notified and did not collect it. The notice
 *       still counts, from its first presentation (domain reference, section 5).</li>
 *   <li>{@link #REFUSED}: the addressee refused it when presented; it counts from that presentation as well.</li>
 *   <li>{@link #ADDRESS_UNKNOWN} ("destinataire inconnu à l'adresse"): never presented to the debtor, so no
 *       deadline runs: the notice must be sent again to a right address.</li>
 * </ul>
 */
public enum ReturnReason {
    NOT_COLLECTED,
    REFUSED,
    ADDRESS_UNKNOWN;

    /** Whether the letter was presented to the debtor, so that the notice still takes effect. */
    public boolean presented() {
        return this != ADDRESS_UNKNOWN;
    }
}
