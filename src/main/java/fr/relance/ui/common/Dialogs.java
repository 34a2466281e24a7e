package fr.relance.ui.common;

/** Every dialog goes through here, so tests can see and answer them. */
public interface Dialogs {

    void showError(String title, String message);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);
}
