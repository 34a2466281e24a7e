package fr.relance.agency;

import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.dossier.ChecklistItem;
import fr.relance.domain.dossier.DossierChecklist;
import fr.relance.domain.dossier.DossierItemDefinition;
import fr.relance.store.Database;
import fr.relance.store.DossierRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dossier checklist: its configuration (Paramètres › Dossier) and its evaluation for a case, with the ticks by
 * hand. Inputs are checked first; a refusal throws {@link InvalidInputException} and nothing is written.
 */
public final class DossierChecklistService {

    public static final String DEBTOR_UNKNOWN = "dossier.debtorUnknown";
    public static final String NOTE_REQUIRED = "dossier.tick.noteRequired";
    public static final String NOTE_TOO_LONG = "dossier.tick.noteTooLong";
    public static final String NOT_BY_HAND = "dossier.tick.notByHand";
    public static final String ALREADY_PRESENT = "dossier.tick.alreadyAutomatic";

    private final DossierRepository dossiers;
    private final String user;

    public DossierChecklistService(Database database, String user) {
        this.dossiers = new DossierRepository(database);
        this.user = user;
    }

    public List<DossierItemDefinition> items() {
        return dossiers.items();
    }

    /** Saves the whole configuration: every custom label checked against the others first. */
    public List<DossierItemDefinition> save(List<DossierItemDefinition> items) {
        List<FieldProblem> problems = new ArrayList<>();
        for (DossierItemDefinition item : items) {
            List<DossierItemDefinition> others = items.stream().filter(o -> o != item && o.id() != null).toList();
            item.validate(others).stream().filter(p -> !problems.contains(p)).forEach(problems::add);
        }
        // Two new custom items with the same label.
        List<String> labels = items.stream().filter(i -> i.custom() && i.label() != null)
                .map(i -> i.label().strip().toLowerCase(java.util.Locale.ROOT)).toList();
        if (labels.stream().distinct().count() < labels.size()) {
            FieldProblem taken = new FieldProblem("label", DossierItemDefinition.LABEL_TAKEN);
            if (!problems.contains(taken)) {
                problems.add(taken);
            }
        }
        InvalidInputException.refuseIfAny(problems);
        return dossiers.save(items);
    }

    /** The debtor's checklist on {@code asOf}. */
    public DossierChecklist checklist(long debtorId, LocalDate asOf) {
        return DossierChecklist.evaluate(dossiers.items(),
                dossiers.facts(debtorId, asOf).orElseThrow(() -> new InvalidInputException("debtor", DEBTOR_UNKNOWN)),
                dossiers.ticks(debtorId));
    }

    /**
     * Ticks an item by hand, or unticks it, with a note saying what the dossier holds (ticking needs one). An item
     * the case's data already shows needs no tick; "no open dispute" is never ticked by hand.
     */
    public DossierChecklist tick(long debtorId, long itemId, boolean ticked, String note, LocalDate asOf) {
        DossierChecklist current = checklist(debtorId, asOf);
        ChecklistItem item = current.items().stream().filter(i -> i.item().id() == itemId).findFirst()
                .orElseThrow(() -> new InvalidInputException("item", DossierRepository.ITEM_UNKNOWN));
        String text = note == null || note.isBlank() ? null : note.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (!item.manualTickAllowed()) {
            problems.add(new FieldProblem("item", NOT_BY_HAND));
        } else if (ticked && item.how() == fr.relance.domain.dossier.TickSource.AUTOMATIC) {
            problems.add(new FieldProblem("item", ALREADY_PRESENT));
        }
        if (ticked && text == null) {
            problems.add(new FieldProblem("note", NOTE_REQUIRED));
        }
        if (text != null && text.length() > 500) {
            problems.add(new FieldProblem("note", NOTE_TOO_LONG));
        }
        InvalidInputException.refuseIfAny(problems);
        dossiers.tick(debtorId, itemId, ticked, text, user);
        return checklist(debtorId, asOf);
    }
}
