package fr.relance.ui.worklist;

import fr.relance.ui.common.Dialogs;
import java.time.LocalDate;

/** Makes the view-model of one batch of letters, its dialogs owned by the batch's window. */
@FunctionalInterface
public interface LetterBatchFactory {

    LetterBatchViewModel create(Dialogs dialogs, LocalDate asOf);
}
