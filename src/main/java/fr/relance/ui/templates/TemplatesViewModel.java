package fr.relance.ui.templates;

import fr.relance.domain.letters.LetterTemplate;
import fr.relance.domain.letters.Placeholder;
import fr.relance.domain.letters.PlaceholderCatalogue;
import fr.relance.domain.letters.TemplateKey;
import fr.relance.domain.letters.TemplateProblem;
import fr.relance.domain.letters.TemplateText;
import fr.relance.store.LetterTemplateRepository;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.common.Dialogs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Paramètres > Modèles de courrier: the current version of every template, an editor for its subject and body
 * that lists unknown or misplaced placeholders with their position as the user types, saving as a new version
 * (never in place), and the version history with "restore this version" (a new version with the old text).
 */
public final class TemplatesViewModel {

    /** One entry of the placeholder catalogue for the selected template's kind of letter. */
    public record PlaceholderRow(Placeholder placeholder, String group, String description) {
    }

    /** One problem of the text being edited, with where it is and what to do, in the user's language. */
    public record ProblemRow(TemplateProblem problem, String where, String message) {
    }

    /** One stored version of the selected template. */
    public record VersionRow(LetterTemplate template, boolean current, String label) {
    }

    private record Selection(List<LetterTemplate> history, Map<Long, Integer> letters) {
    }

    private final LetterTemplateRepository templates;
    private final BackgroundTasks tasks;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Formats formats;

    private final ObservableList<LetterTemplate> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LetterTemplate> selected = new ReadOnlyObjectWrapper<>();
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<TemplateText> subjectText = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TemplateText> bodyText = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ProblemRow> problems = FXCollections.observableArrayList();
    private final ObservableList<PlaceholderRow> catalogue = FXCollections.observableArrayList();
    private final ObservableList<VersionRow> versions = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problemSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public TemplatesViewModel(LetterTemplateRepository templates, BackgroundTasks tasks, Dialogs dialogs,
                              Messages messages, Formats formats) {
        this.templates = templates;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.formats = formats;
        subject.addListener((obs, old, now) -> recheck());
        body.addListener((obs, old, now) -> recheck());
    }

    /** Reads the current versions; the selected template stays selected (at its new version). */
    public void load() {
        busy.set(true);
        tasks.run(templates::current, list -> {
            busy.set(false);
            rows.setAll(list);
            LetterTemplate previous = selected.get();
            if (previous != null) {
                list.stream().filter(t -> t.key().equals(previous.key())).findFirst().ifPresent(this::show);
            }
        }, error -> {
            busy.set(false);
            dialogs.showError(messages.get("templates.load.error.title"), new ErrorMessages(messages).describe(error));
        });
    }

    /**
     * Opens a template in the editor. Unsaved changes to the one being edited are dropped only when the user
     * confirms.
     *
     * @return false when the user kept the changes (the selection stays where it was)
     */
    public boolean select(LetterTemplate template) {
        if (template == null || (selected.get() != null && selected.get().id() == template.id())) {
            return true;
        }
        if (dirty.get() && !dialogs.confirm(messages.get("templates.discard.title"),
                messages.get("templates.discard.text"))) {
            return false;
        }
        status.set("");
        show(template);
        return true;
    }

    private void show(LetterTemplate template) {
        selected.set(template);
        catalogue.setAll(PlaceholderCatalogue.availableIn(template.kind()).stream()
                .map(p -> new PlaceholderRow(p, messages.get("placeholder.group." + p.group().name()),
                        messages.get("placeholder." + p.key())))
                .toList());
        heading.set(messages.get("templates.heading", messages.get("letter.kind." + template.kind().name()),
                messages.get("letter.debtorKind." + template.key().debtorKind().name()),
                messages.get("letter.language." + template.key().language().name()), template.version()));
        subject.set(template.subject());
        body.set(template.body());
        recheck();
        loadHistory(template.key());
    }

    private void loadHistory(TemplateKey key) {
        tasks.run(() -> new Selection(templates.history(key), templates.lettersPerVersion(key)), selection -> {
            if (selected.get() == null || !selected.get().key().equals(key)) {
                return; // another template was opened meanwhile
            }
            List<VersionRow> list = new ArrayList<>();
            for (LetterTemplate version : selection.history()) {
                boolean current = version.id() == selected.get().id();
                String date = version.createdAt() == null ? "" : formats.date(version.createdAt().toLocalDate());
                String label = messages.get(current ? "templates.history.current" : "templates.history.version",
                        version.version(), date)
                        + messages.get("templates.history.used", selection.letters().getOrDefault(version.id(), 0));
                list.add(new VersionRow(version, current, label));
            }
            versions.setAll(list);
        }, this::failed);
    }

    /** Reads the subject and body again: problems, dirty, whether saving is possible. Cheap: no I/O. */
    private void recheck() {
        LetterTemplate template = selected.get();
        if (template == null) {
            subjectText.set(null);
            bodyText.set(null);
            problems.clear();
            dirty.set(false);
            canSave.set(false);
            problemSummary.set("");
            return;
        }
        TemplateText readSubject = TemplateText.read(TemplateText.SUBJECT, subject.get(), template.kind());
        TemplateText readBody = TemplateText.read(TemplateText.BODY, body.get(), template.kind());
        List<ProblemRow> found = new ArrayList<>();
        for (TemplateText text : List.of(readSubject, readBody)) {
            for (TemplateProblem problem : text.problems()) {
                found.add(row(problem));
            }
        }
        subjectText.set(readSubject);
        bodyText.set(readBody);
        problems.setAll(found);
        dirty.set(!Objects.equals(normalized(subject.get()).strip(), normalized(template.subject()).strip())
                || !Objects.equals(normalized(body.get()).stripTrailing(), normalized(template.body()).stripTrailing()));
        canSave.set(dirty.get() && found.isEmpty() && !busy.get());
        problemSummary.set(found.isEmpty() ? "" : messages.get("templates.invalid", found.size()));
    }

    private ProblemRow row(TemplateProblem problem) {
        String where = TemplateText.SUBJECT.equals(problem.field())
                ? messages.get("templates.where.subject", problem.column())
                : messages.get("templates.where.body", problem.line(), problem.column());
        String message = messages.get(problem.messageKey(), problem.typed(), problem.line(), problem.column(),
                problem.suggestionText());
        if (problem.suggestion() != null) {
            message = message + " " + messages.get("template.problem.suggestion", problem.suggestionText());
        }
        return new ProblemRow(problem, where, message);
    }

    /**
     * Saves the edited text as the next version. Refused, with the reason in the problem summary, while the text
     * has problems; nothing is stored when the text has not changed.
     *
     * @return whether a save was started
     */
    public boolean save() {
        LetterTemplate template = selected.get();
        if (template == null) {
            return false;
        }
        recheck();
        if (!problems.isEmpty()) {
            status.set(messages.get("templates.notSaved"));
            return false;
        }
        if (!dirty.get()) {
            status.set(messages.get("templates.unchanged"));
            return false;
        }
        String newSubject = subject.get();
        String newBody = body.get();
        store(template, newSubject, newBody, saved -> status.set(messages.get("templates.saved", saved.version())));
        return true;
    }

    /** Back to the text of the version being edited. */
    public void revert() {
        LetterTemplate template = selected.get();
        if (template != null) {
            subject.set(template.subject());
            body.set(template.body());
            status.set("");
        }
    }

    /**
     * Stores the text of an older version as the next version, after the user confirms; unsaved edits are
     * dropped only when the user agreed to restore.
     */
    public boolean restore(VersionRow row) {
        LetterTemplate template = selected.get();
        if (template == null || row == null || row.current()) {
            return false;
        }
        int next = versions.stream().mapToInt(v -> v.template().version()).max().orElse(template.version()) + 1;
        if (!dialogs.confirm(messages.get("templates.restore.title", row.template().version()),
                messages.get("templates.restore.text", row.template().version(), next))) {
            return false;
        }
        LetterTemplate old = row.template();
        store(template, old.subject(), old.body(),
                saved -> status.set(messages.get("templates.restored", old.version(), saved.version())));
        return true;
    }

    private void store(LetterTemplate template, String newSubject, String newBody,
                       java.util.function.Consumer<LetterTemplate> done) {
        busy.set(true);
        canSave.set(false);
        tasks.run(() -> templates.saveNewVersion(template.key(), template.title(), newSubject, newBody), saved -> {
            busy.set(false);
            rows.replaceAll(t -> t.key().equals(saved.key()) ? saved : t);
            show(saved);
            done.accept(saved);
        }, error -> {
            busy.set(false);
            recheck();
            failed(error);
        });
    }

    private void failed(Throwable error) {
        dialogs.showError(messages.get("templates.error.title"), new ErrorMessages(messages).describe(error));
    }

    private static String normalized(String text) {
        return text == null ? "" : text.replace("\r\n", "\n");
    }

    // ---- properties ----

    public ObservableList<LetterTemplate> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<LetterTemplate> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ReadOnlyObjectProperty<TemplateText> subjectTextProperty() {
        return subjectText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TemplateText> bodyTextProperty() {
        return bodyText.getReadOnlyProperty();
    }

    public ObservableList<ProblemRow> problems() {
        return problems;
    }

    public ObservableList<PlaceholderRow> catalogue() {
        return catalogue;
    }

    public ObservableList<VersionRow> versions() {
        return versions;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemSummaryProperty() {
        return problemSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
