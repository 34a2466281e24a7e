package fr.relance.ui.worklist;

import fr.relance.ui.common.EmptyState;
import fr.relance.text.Messages;
import javafx.scene.layout.StackPane;

/** Actions du jour. Filled by the dunning workflow; until then it says what will appear here. */
public final class WorklistView extends StackPane {

    public WorklistView(Messages messages) {
        setId("worklistView");
        getChildren().add(EmptyState.of("worklistEmptyState", messages.get("worklist.empty.title"),
                messages.get("worklist.empty.text")));
    }
}
