package fr.relance.ui.agencies;

import fr.relance.domain.agency.AgencyFeeEstimate;
import fr.relance.domain.agency.CollectionAgency;
import fr.relance.domain.agency.FeeWarning;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import java.math.BigDecimal;
import java.util.List;

/** How an agency's fee model and an estimate's warnings read. */
public final class AgencyTexts {

    private AgencyTexts() {
    }

    /** "12,00 % des sommes recouvrées + forfait 150,00 €". */
    public static String feeModel(CollectionAgency agency, Messages messages, Formats formats) {
        String percent = agency.commissionPercent() == null || agency.commissionPercent().signum() == 0 ? null
                : messages.get("agency.fees.percent", formats.percent(agency.commissionPercent()));
        String fixed = agency.fixedFee() == null || agency.fixedFee().signum() == 0 ? null
                : messages.get("agency.fees.fixed", formats.money(agency.fixedFee()));
        if (percent == null && fixed == null) {
            return messages.get("agency.fees.none");
        }
        return percent == null ? fixed : fixed == null ? percent : percent + " + " + fixed;
    }

    public static String warnings(AgencyFeeEstimate estimate, BigDecimal maxShare, Messages messages,
                                  Formats formats) {
        if (estimate.warnings().isEmpty()) {
            return messages.get("agency.estimate.ok");
        }
        return estimate.warnings().stream().sorted().map(warning -> switch (warning) {
            case FEE_SHARE_ABOVE_THRESHOLD -> messages.get("agency.warning." + warning.name(), formats.percent(maxShare));
            case BELOW_MINIMUM_CLAIM -> messages.get("agency.warning." + warning.name(),
                    formats.money(estimate.agency().minimumClaim()));
            default -> messages.get("agency.warning." + warning.name());
        }).reduce((a, b) -> a + " · " + b).orElse("");
    }

    /** For BundlesTest: every warning has its sentence. */
    public static List<String> warningKeys() {
        return java.util.Arrays.stream(FeeWarning.values()).map(w -> "agency.warning." + w.name()).toList();
    }
}
