package fr.relance.documents;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The two shapes of an agency dossier: one PDF, or a ZIP with the PDF, the original files and claim.csv. */
public enum DossierFormat {
    PDF("pdf"), ZIP("zip");

    private final String extension;

    DossierFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name asks for by its extension ("dossier.ZIP" is a ZIP); empty for any other. */
    public static Optional<DossierFormat> ofFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (DossierFormat format : values()) {
            if (name.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
