package fr.relance.documents;

import java.io.IOException;
import java.nio.file.Path;

/** Opens a file with the program the system associates with its type (a PDF reader, an image viewer, a mail app). */
@FunctionalInterface
public interface SystemViewer {

    void open(Path file) throws IOException;
}
