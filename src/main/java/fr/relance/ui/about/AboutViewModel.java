package fr.relance.ui.about;

import fr.relance.documents.SystemViewer;
import fr.relance.support.LogTail;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.common.Dialogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The About dialog: this build's version and date, where the data and the logs are (with buttons opening those
 * folders in the system's file manager) and "Copier le diagnostic", which puts what a support request needs on
 * the clipboard. Folders are opened and the log read off the JavaFX thread.
 */
public final class AboutViewModel {

    /** Lines of the log copied into the diagnostic: the last minutes of a session, a few kilobytes. */
    static final int LOG_LINES = 60;

    private static final Logger LOG = LoggerFactory.getLogger(AboutViewModel.class);

    private final AboutFacts facts;
    private final SystemViewer viewer;
    private final BackgroundTasks tasks;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Formats formats;
    private final Consumer<String> clipboard;
    private final ZoneId zone;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /**
     * @param clipboard puts a text on the system clipboard (called on the JavaFX thread)
     * @param zone      the zone the build time is shown in
     */
    public AboutViewModel(AboutFacts facts, SystemViewer viewer, BackgroundTasks tasks, Dialogs dialogs,
                          Messages messages, Formats formats, Consumer<String> clipboard, ZoneId zone) {
        this.facts = facts;
        this.viewer = viewer;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.formats = formats;
        this.clipboard = clipboard;
        this.zone = zone;
    }

    public String versionText() {
        return messages.get("about.version", facts.version());
    }

    public String buildText() {
        return facts.buildTime()
                .map(time -> messages.get("about.built", formats.dateTime(LocalDateTime.ofInstant(time, zone))))
                .orElse(messages.get("about.built.unknown"));
    }

    public String dataFolderText() {
        return facts.dataFolder().toString();
    }

    public String dataFileText() {
        return facts.dataFile().toString();
    }

    public String logFolderText() {
        return facts.logFolder().toString();
    }

    public String javaText() {
        return messages.get("about.java", facts.java(), facts.os());
    }

    /** What was last done (the diagnostic copied), shown under the buttons. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void openDataFolder() {
        open(facts.dataFolder());
    }

    public void openLogFolder() {
        open(facts.logFolder());
    }

    private void open(Path folder) {
        tasks.run(() -> {
            if (!Files.isDirectory(folder)) {
                throw new IOException("No folder " + folder);
            }
            viewer.open(folder);
            return folder;
        }, opened -> { }, error -> {
            LOG.warn("Cannot open the folder {}", folder, error);
            dialogs.showError(messages.get("about.openFolder.failed.title"),
                    messages.get(Files.isDirectory(folder) ? "about.openFolder.failed" : "about.openFolder.missing",
                            folder));
        });
    }

    /** Reads the log's last lines off the JavaFX thread, then copies the diagnostic to the clipboard. */
    public void copyDiagnostic() {
        busy.set(true);
        tasks.run(() -> diagnostic(LogTail.lastLines(facts.logFile(), LOG_LINES)), text -> {
            busy.set(false);
            clipboard.accept(text);
            status.set(messages.get("about.diagnostic.copied"));
        }, error -> {
            busy.set(false);
            LOG.warn("Cannot read the log {}", facts.logFile(), error);
            // The diagnostic still helps without the log: copy it, and say the log could not be read.
            clipboard.accept(diagnostic(List.of(messages.get("about.diagnostic.logUnreadable", facts.logFile()))));
            status.set(messages.get("about.diagnostic.copiedWithoutLog"));
        });
    }

    /** The text copied: plain lines a support person reads in an e-mail. */
    String diagnostic(List<String> logLines) {
        StringBuilder text = new StringBuilder();
        line(text, messages.get("app.title") + " " + facts.version());
        line(text, buildText());
        line(text, messages.get("about.diagnostic.os", facts.os()));
        line(text, messages.get("about.diagnostic.java", facts.java(), facts.javaHome()));
        line(text, messages.get("about.diagnostic.locale", messages.locale().toLanguageTag()));
        line(text, messages.get("about.diagnostic.dataFile", facts.dataFile()));
        line(text, messages.get("about.diagnostic.logFile", facts.logFile()));
        line(text, "");
        if (logLines.isEmpty()) {
            line(text, messages.get("about.diagnostic.noLog"));
        } else {
            line(text, messages.get("about.diagnostic.logHeader", logLines.size()));
            logLines.forEach(logLine -> line(text, logLine));
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append(System.lineSeparator());
    }
}
