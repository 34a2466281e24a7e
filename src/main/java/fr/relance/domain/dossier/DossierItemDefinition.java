package fr.relance.domain.dossier;

import fr.relance.domain.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * One item of the dossier checklist as configured in Paramètres › Dossier.
 *
 * @param id       null until stored
 * @param code     the default item it is, null for a custom item (ticked by hand)
 * @param label    the custom item's label; null for a default item (its label comes from the bundles)
 * @param required handover is blocked while a required item is missing (unless overridden with a reason)
 * @param enabled  a disabled item is left out of the checklist
 */
public record DossierItemDefinition(Long id, DossierItemCode code, String label, boolean required, boolean enabled,
                                    int position) {

    public static final int LABEL_MAX = 200;
    public static final String LABEL_REQUIRED = "dossier.item.labelRequired";
    public static final String LABEL_TOO_LONG = "dossier.item.labelTooLong";
    public static final String LABEL_TAKEN = "dossier.item.labelTaken";

    public boolean custom() {
        return code == null;
    }

    /** Problems with a custom item's label against the items already there; empty when it may be saved. */
    public List<FieldProblem> validate(List<DossierItemDefinition> others) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!custom()) {
            return problems;
        }
        String text = label == null ? "" : label.strip();
        if (text.isEmpty()) {
            problems.add(new FieldProblem("label", LABEL_REQUIRED));
        } else if (text.length() > LABEL_MAX) {
            problems.add(new FieldProblem("label", LABEL_TOO_LONG));
        } else if (others.stream().filter(o -> o.custom() && !o.id().equals(id))
                .anyMatch(o -> o.label().strip().equalsIgnoreCase(text))) {
            problems.add(new FieldProblem("label", LABEL_TAKEN));
        }
        return problems;
    }

    public DossierItemDefinition withRequired(boolean value) {
        return new DossierItemDefinition(id, code, label, value, enabled, position);
    }

    public DossierItemDefinition withEnabled(boolean value) {
        return new DossierItemDefinition(id, code, label, required, value, position);
    }
}
