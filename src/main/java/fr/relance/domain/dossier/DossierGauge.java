package fr.relance.domain.dossier;

/**
 * How complete a dossier is: the required items present over the required items, and all items present over
 * all items that apply.
 */
public record DossierGauge(int requiredPresent, int requiredTotal, int present, int total) {

    public boolean complete() {
        return requiredPresent == requiredTotal;
    }

    /** The share of required items present, 0 to 1 (1 when nothing is required). */
    public double requiredShare() {
        return requiredTotal == 0 ? 1 : (double) requiredPresent / requiredTotal;
    }

    public double share() {
        return total == 0 ? 1 : (double) present / total;
    }
}
