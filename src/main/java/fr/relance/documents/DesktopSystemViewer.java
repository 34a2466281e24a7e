package fr.relance.documents;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The system's viewer: {@code xdg-open} on Linux desktops (AWT's Desktop needs GNOME libraries there), the AWT
 * Desktop elsewhere. Called off the JavaFX thread.
 */
public final class DesktopSystemViewer implements SystemViewer {

    @Override
    public void open(Path file) throws IOException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("linux") || os.contains("bsd")) {
            new ProcessBuilder("xdg-open", file.toString()).inheritIO().start();
        } else if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(file.toFile());
        } else if (os.contains("mac")) {
            new ProcessBuilder("open", file.toString()).inheritIO().start();
        } else {
            throw new IOException("No viewer to open " + file);
        }
    }
}
