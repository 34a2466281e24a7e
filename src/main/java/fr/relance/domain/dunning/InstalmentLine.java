package fr.relance.domain.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One instalment followed against the payments.
 *
 * @param paid   what the payments cover of this instalment, oldest instalment first
 * @param paidOn day the instalment became fully covered; null unless {@link InstalmentStatus#PAID}
 */
public record InstalmentLine(Instalment instalment, BigDecimal paid, LocalDate paidOn, InstalmentStatus status) {

    public BigDecimal outstanding() {
        return instalment.amount().subtract(paid);
    }
}
