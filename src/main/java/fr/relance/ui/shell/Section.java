package fr.relance.ui.shell;

/** The main window's screens, in navigation order. */
public enum Section {
    AGING("navAging"),
    WORKLIST("navWorklist"),
    CASES("navCases"),
    LETTERS("navLetters"),
    SETTINGS("navSettings");

    private final String buttonId;

    Section(String buttonId) {
        this.buttonId = buttonId;
    }

    public String buttonId() {
        return buttonId;
    }
}
