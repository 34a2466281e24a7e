package fr.relance.ui.letters;

import fr.relance.ui.common.EmptyState;
import fr.relance.text.Messages;
import javafx.scene.layout.StackPane;

/** Courriers. Filled by the letters work; until then it says what will appear here. */
public final class LettersView extends StackPane {

    public LettersView(Messages messages) {
        setId("lettersView");
        getChildren().add(EmptyState.of("lettersEmptyState", messages.get("letters.empty.title"),
                messages.get("letters.empty.text")));
    }
}
