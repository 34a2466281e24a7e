package fr.relance.ui;

import fr.relance.ui.common.Dialogs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Dialogs for tests: records what would have been shown, and answers confirmations as told. */
public final class RecordingDialogs implements Dialogs {

    /** The answer of the next file choosers; null stands for "cancelled". */
    public Path nextOpenFile;
    public Path nextRejectionsFile;

    @Override
    public Optional<Path> chooseOpenFile(String title, String... extensions) {
        return Optional.ofNullable(nextOpenFile);
    }

    @Override
    public Optional<Path> chooseRejectionsFile(String title, String initialName) {
        return Optional.ofNullable(nextRejectionsFile);
    }

    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    public boolean confirmAnswer = true;
    public final List<String> fileChoosers = new ArrayList<>();
    /** The answer to the next file chooser; null is a cancel. */
    public Path saveFileAnswer;

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(title + ": " + message);
        return confirmAnswer;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName, String... extensions) {
        fileChoosers.add(title + ": " + initialName + " " + String.join(",", extensions));
        return Optional.ofNullable(saveFileAnswer);
    }

    /** The answer to the next text question; null is a cancel. */
    public String textAnswer;
    public final List<String> questions = new ArrayList<>();

    @Override
    public Optional<String> askText(String title, String message) {
        questions.add(title + ": " + message);
        return Optional.ofNullable(textAnswer);
    }
}
