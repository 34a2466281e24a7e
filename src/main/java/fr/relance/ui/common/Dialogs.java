package fr.relance.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Every dialog goes through here, so tests can see and answer them. */
public interface Dialogs {

    /** @param extensions patterns such as {@code "*.csv"}; empty when the user cancels */
    Optional<Path> chooseOpenFile(String title, String... extensions);

    /** Where to save the rejected lines of an import (a CSV); empty when the user cancels. */
    Optional<Path> chooseRejectionsFile(String title, String initialName);

    void showError(String title, String message);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);

    /**
     * Asks where to save a file.
     *
     * @param extensions without the dot ("xlsx", "csv"), the first one proposed first
     * @return empty when the user cancels
     */
    Optional<Path> chooseSaveFile(String title, String initialName, String... extensions);

    /**
     * Asks for a line of text (a reason, a comment).
     *
     * @return what the user typed, empty when the user cancels
     */
    default Optional<String> askText(String title, String message) {
        return Optional.empty();
    }
}
