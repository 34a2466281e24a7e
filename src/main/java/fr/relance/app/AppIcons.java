package fr.relance.app;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The Relance icon (drawn in packaging/icons/relance.svg) on a window: title bar, task bar, Alt+Tab. */
final class AppIcons {

    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    static void addTo(Stage stage) {
        for (int size : SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream("/fr/relance/ui/icon/relance-" + size + ".png")) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            } catch (IOException e) {
                // no icon of this size: the others serve
            }
        }
    }
}
