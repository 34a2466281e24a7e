package fr.relance.ui.letters;

import fr.relance.documents.LetterComposer;
import fr.relance.documents.LetterDrafts;
import fr.relance.documents.LetterPreview;
import fr.relance.documents.LetterPrinter;
import fr.relance.documents.SystemViewer;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.letters.LetterBlock;
import fr.relance.domain.letters.LetterChannel;
import fr.relance.domain.letters.SentLetter;
import fr.relance.domain.letters.LetterContent;
import fr.relance.domain.letters.LetterEdits;
import fr.relance.domain.letters.LetterKind;
import fr.relance.domain.letters.LetterLanguage;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.common.Dialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Courriers: pick a debtor and a letter, read and edit the composed text (for this letter only: the template is
 * never changed), see the real PDF pages as they will print while typing, the warnings before printing, then save,
 * print or open the PDF. Blocking problems (the page's or the case's) keep the letter from going out, with the
 * reason shown.
 */
public final class LettersViewModel {

    /** One editable paragraph of the body, or a table the data fills (read-only). */
    public sealed interface BodyPart permits ParagraphPart, TablePart {
    }

    /** A merged paragraph, as the controller edits it. */
    public record ParagraphPart(StringProperty text) implements BodyPart {
    }

    /** Where the template puts a table: invoices, penalties or instalments, from the data. */
    public record TablePart(LetterBlock block) implements BodyPart {
    }

    /** A line of the warnings panel: what is wrong and what to do. */
    public record WarningRow(boolean blocking, String message) {
    }

    static final double MIN_ZOOM = 0.5;
    static final double MAX_ZOOM = 2.0;

    private final LetterDrafts drafts;
    private final LetterPrinter printer;
    private final SystemViewer viewer;
    private final BackgroundTasks tasks;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Formats formats;
    private final LocalDate today;
    private final String user;
    private final WarningTexts warningTexts;
    private final PreviewFeed feed;

    private final ObservableList<LetterDrafts.DebtorChoice> debtors = FXCollections.observableArrayList();
    private final FilteredList<LetterDrafts.DebtorChoice> shownDebtors = new FilteredList<>(debtors);
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Long> debtorId = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper debtorLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LetterKind> kind = new ReadOnlyObjectWrapper<>(LetterKind.FIRST_REMINDER);
    private final ReadOnlyObjectWrapper<DebtorKind> variant = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LetterLanguage> language = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> date = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> deadline = new ReadOnlyObjectWrapper<>();
    private DebtorKind chosenVariant;
    private LetterLanguage chosenLanguage;
    private Integer chosenDeadlineDays;

    private final ReadOnlyObjectWrapper<LetterDrafts.Draft> draft = new ReadOnlyObjectWrapper<>();
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty reference = new SimpleStringProperty("");
    private final ObservableList<BodyPart> body = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper();
    private boolean filling;

    private final ObservableList<WarningRow> warnings = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canPrint = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper blockedReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    private final ReadOnlyObjectWrapper<LetterPreview.Page> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper(0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final ReadOnlyStringWrapper previewStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pageLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper previewsShown = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    private final javafx.beans.property.ObjectProperty<LetterChannel> channel =
            new javafx.beans.property.SimpleObjectProperty<>(LetterChannel.POST);
    private final ReadOnlyObjectWrapper<SentLetter> sent = new ReadOnlyObjectWrapper<>();

    /** @param user the author written on the timeline when a letter is marked as sent */
    public LettersViewModel(LetterDrafts drafts, LetterPrinter printer, SystemViewer viewer, BackgroundTasks tasks,
                            Dialogs dialogs, Messages messages, Formats formats, LocalDate today, String user) {
        this.drafts = drafts;
        this.printer = printer;
        this.viewer = viewer;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.formats = formats;
        this.today = today;
        this.user = user;
        this.warningTexts = new WarningTexts(messages);
        this.feed = new PreviewFeed(drafts, tasks, this::job, this::showRendered, this::previewFailed);
        date.set(today);
        search.addListener((obs, old, now) -> {
            String needle = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            shownDebtors.setPredicate(needle.isEmpty() ? null
                    : choice -> choice.name().toLowerCase(Locale.ROOT).contains(needle));
        });
        subject.addListener((obs, old, now) -> textChanged());
        reference.addListener((obs, old, now) -> textChanged());
        zoom.addListener((obs, old, now) -> feed.request());
    }

    /** Reads the debtors owing money today. */
    public void load() {
        tasks.run(() -> drafts.debtorsOwing(today), debtors::setAll, this::failed);
    }

    /**
     * Opens the composer on a debtor and a letter (from the case file or the worklist): the debtor's own variant
     * and language.
     *
     * @param letterKind null to keep the letter chosen last
     */
    public void open(long debtor, LetterKind letterKind) {
        if (!mayReplaceEdits()) {
            return;
        }
        debtorId.set(debtor);
        debtorLabel.set(debtors.stream().filter(c -> c.id() == debtor).map(LetterDrafts.DebtorChoice::name)
                .findFirst().orElse(""));
        if (letterKind != null) {
            kind.set(letterKind); // from the case file: the letter chosen last
        }
        resetChoices();
        compose();
    }

    /** @return false when the user kept the edited text (the choice is not taken) */
    public boolean chooseDebtor(LetterDrafts.DebtorChoice choice) {
        if (choice == null || Objects.equals(debtorId.get(), choice.id())) {
            return true;
        }
        if (!mayReplaceEdits()) {
            return false;
        }
        debtorId.set(choice.id());
        debtorLabel.set(choice.name());
        resetChoices();
        compose();
        return true;
    }

    public boolean chooseKind(LetterKind letterKind) {
        if (letterKind == null || letterKind == kind.get()) {
            return true;
        }
        return recompose(() -> {
            kind.set(letterKind);
            chosenDeadlineDays = null;
        });
    }

    public boolean chooseVariant(DebtorKind debtorKind) {
        if (debtorKind == null || debtorKind == variant.get()) {
            return true;
        }
        return recompose(() -> {
            chosenVariant = debtorKind;
            chosenDeadlineDays = null;
        });
    }

    public boolean chooseLanguage(LetterLanguage letterLanguage) {
        if (letterLanguage == null || letterLanguage == language.get()) {
            return true;
        }
        return recompose(() -> chosenLanguage = letterLanguage);
    }

    /** The letter's date: balances and penalties are computed on it. The deadline keeps its number of days. */
    public boolean chooseDate(LocalDate letterDate) {
        if (letterDate == null || letterDate.equals(date.get())) {
            return true;
        }
        return recompose(() -> date.set(letterDate));
    }

    /** The payment deadline: its days from the letter's date are merged into the text. */
    public boolean chooseDeadline(LocalDate payBy) {
        if (payBy == null || payBy.equals(deadline.get())) {
            return true;
        }
        if (payBy.isBefore(date.get())) {
            status.set(messages.get("letters.deadline.beforeDate"));
            return false;
        }
        return recompose(() -> chosenDeadlineDays = (int) ChronoUnit.DAYS.between(date.get(), payBy));
    }

    private boolean recompose(Runnable choice) {
        if (!mayReplaceEdits()) {
            return false;
        }
        choice.run();
        compose();
        return true;
    }

    private void resetChoices() {
        chosenVariant = null;
        chosenLanguage = null;
        chosenDeadlineDays = null;
        date.set(date.get() == null ? today : date.get());
    }

    private boolean mayReplaceEdits() {
        return !edited.get() || dialogs.confirm(messages.get("letters.recompose.title"),
                messages.get("letters.recompose.text"));
    }

    /** Composes the letter from the template with the current choices; edits of the text are replaced. */
    private void compose() {
        Long debtor = debtorId.get();
        if (debtor == null) {
            return;
        }
        LetterComposer.Request request = new LetterComposer.Request(debtor, date.get(), kind.get(), null,
                chosenLanguage, null, null);
        LetterComposer.Overrides overrides = new LetterComposer.Overrides(chosenVariant, chosenDeadlineDays);
        busy.set(true);
        status.set("");
        tasks.run(() -> drafts.draft(request, overrides), composed -> {
            busy.set(false);
            if (!Objects.equals(debtorId.get(), debtor)) {
                return; // another debtor was chosen meanwhile
            }
            show(composed);
        }, error -> {
            busy.set(false);
            clearDraft();
            warnings.setAll(new WarningRow(true, new ErrorMessages(messages).describe(error)));
            blockedReason.set(messages.get("letters.blocked.notComposed"));
        });
    }

    private void show(LetterDrafts.Draft composed) {
        LetterContent content = composed.content();
        filling = true;
        try {
            draft.set(composed);
            debtorLabel.set(composed.debtor().name());
            variant.set(composed.variant());
            language.set(LetterLanguage.EN.locale().equals(content.language()) ? LetterLanguage.EN : LetterLanguage.FR);
            deadline.set(content.paymentDeadline());
            subject.set(content.subject());
            reference.set(content.reference());
            List<BodyPart> parts = new ArrayList<>();
            for (LetterBlock block : content.body()) {
                if (block instanceof LetterBlock.Paragraph paragraph) {
                    StringProperty text = new SimpleStringProperty(paragraph.text());
                    text.addListener((obs, old, now) -> textChanged());
                    parts.add(new ParagraphPart(text));
                } else {
                    parts.add(new TablePart(block));
                }
            }
            body.setAll(parts);
        } finally {
            filling = false;
        }
        edited.set(false);
        pageIndex.set(0);
        channel.set(LetterChannel.defaultFor(content.kind()));
        warnings.clear();
        canPrint.set(false); // until the letter as it stands is checked
        checking.set(true);
        feed.request();
    }

    private void clearDraft() {
        filling = true;
        try {
            draft.set(null);
            subject.set("");
            reference.set("");
            body.clear();
        } finally {
            filling = false;
        }
        edited.set(false);
        page.set(null);
        pageLabel.set("");
        previewStatus.set("");
        canPrint.set(false);
    }

    private void textChanged() {
        if (filling || draft.get() == null) {
            return;
        }
        edited.set(!edits().equals(original()));
        feed.request();
    }

    private List<String> edits() {
        List<String> texts = new ArrayList<>();
        texts.add(subject.get());
        texts.add(reference.get());
        for (BodyPart part : body) {
            if (part instanceof ParagraphPart paragraph) {
                texts.add(paragraph.text().get());
            }
        }
        return texts;
    }

    private List<String> original() {
        LetterContent content = draft.get().content();
        List<String> texts = new ArrayList<>();
        texts.add(content.subject());
        texts.add(content.reference());
        texts.addAll(LetterEdits.paragraphs(content));
        return texts;
    }

    /** The letter as edited; null when nothing is composed. */
    public LetterContent editedContent() {
        LetterDrafts.Draft current = draft.get();
        if (current == null) {
            return null;
        }
        List<String> paragraphs = body.stream().filter(ParagraphPart.class::isInstance)
                .map(part -> ((ParagraphPart) part).text().get()).toList();
        return LetterEdits.apply(current.content(), subject.get(), reference.get(), paragraphs);
    }

    /** Back to the text composed from the template. */
    public void revertText() {
        LetterDrafts.Draft current = draft.get();
        if (current != null) {
            show(current);
        }
    }

    // ---- preview ----

    private PreviewFeed.Job job() {
        LetterDrafts.Draft current = draft.get();
        return current == null ? null
                : new PreviewFeed.Job(current, editedContent(), pageIndex.get(), (float) (96 * zoom.get()));
    }

    private void showRendered(PreviewFeed.Rendered rendered) {
        if (draft.get() == null) {
            return;
        }
        checking.set(false);
        List<WarningRow> rows = new ArrayList<>(warningTexts.rows(rendered.checks()));
        warnings.setAll(rows);
        boolean blocked = rendered.checks().blocking();
        canPrint.set(!blocked);
        blockedReason.set(blocked ? messages.get("letters.blocked", rows.stream().filter(WarningRow::blocking)
                .count()) : "");
        previewsShown.set(previewsShown.get() + 1);
        if (rendered.page() != null) {
            page.set(rendered.page());
            pageIndex.set(rendered.page().number() - 1);
            pageLabel.set(messages.get("letters.preview.page", rendered.page().number(),
                    rendered.page().pageCount()));
            previewStatus.set(messages.get("letters.preview.time", rendered.millis()));
        } else {
            page.set(null);
            pageLabel.set("");
            previewStatus.set(messages.get("letters.preview.unavailable"));
        }
    }

    private void previewFailed(Throwable error) {
        checking.set(false);
        canPrint.set(false);
        previewStatus.set(new ErrorMessages(messages).describe(error));
    }

    public void nextPage() {
        LetterPreview.Page shown = page.get();
        if (shown != null && shown.number() < shown.pageCount()) {
            pageIndex.set(shown.number());
            feed.request();
        }
    }

    public void previousPage() {
        LetterPreview.Page shown = page.get();
        if (shown != null && shown.number() > 1) {
            pageIndex.set(shown.number() - 2);
            feed.request();
        }
    }

    public void zoomIn() {
        zoom.set(Math.min(MAX_ZOOM, Math.round((zoom.get() + 0.25) * 4) / 4.0));
    }

    public void zoomOut() {
        zoom.set(Math.max(MIN_ZOOM, Math.round((zoom.get() - 0.25) * 4) / 4.0));
    }

    // ---- output ----

    /** "Enregistrer le PDF…": asks where, then writes the file in one piece. */
    public boolean savePdf() {
        LetterContent content = printable();
        if (content == null) {
            return false;
        }
        LetterDrafts.Draft current = draft.get();
        var target = dialogs.chooseSaveFile(messages.get("letters.save.title"), fileName(content), "pdf");
        if (target.isEmpty()) {
            return false;
        }
        Path file = target.get();
        busy.set(true);
        tasks.run(() -> {
            drafts.write(current, content, file);
            return file;
        }, written -> {
            busy.set(false);
            status.set(messages.get("letters.saved", written.toString()));
        }, this::outputFailed);
        return true;
    }

    /** "Imprimer": the system's print dialog, then the printer, at real size. */
    public boolean print() {
        LetterContent content = printable();
        if (content == null) {
            return false;
        }
        LetterDrafts.Draft current = draft.get();
        String job = fileName(content);
        busy.set(true);
        tasks.run(() -> printer.print(drafts.pdf(current, content), job), printed -> {
            busy.set(false);
            status.set(messages.get(printed ? "letters.printed" : "letters.printCancelled"));
        }, this::outputFailed);
        return true;
    }

    /** "Ouvrir": the PDF in the system's reader (a copy in the temporary folder). */
    public boolean openPdf() {
        LetterContent content = printable();
        if (content == null) {
            return false;
        }
        LetterDrafts.Draft current = draft.get();
        busy.set(true);
        tasks.run(() -> {
            Path file = Files.createTempFile("relance-", "-" + fileName(content));
            file.toFile().deleteOnExit();
            drafts.write(current, content, file);
            viewer.open(file);
            return file;
        }, file -> {
            busy.set(false);
            status.set(messages.get("letters.opened"));
        }, this::outputFailed);
        return true;
    }

    /**
     * "Marquer comme envoyé": after the user confirms, the letter as edited is kept as evidence (exact PDF,
     * SHA-256, the letter in the case's timeline), sent today by the chosen channel.
     */
    public boolean markSent() {
        LetterContent content = printable();
        if (content == null) {
            return false;
        }
        LetterDrafts.Draft current = draft.get();
        LetterChannel by = channel.get() == null ? LetterChannel.defaultFor(content.kind()) : channel.get();
        if (!dialogs.confirm(messages.get("letters.markSent.title"), messages.get("letters.markSent.text",
                messages.get("letter.kind." + content.kind().name()), current.debtor().name(), formats.date(today),
                messages.get("letters.batch.channel." + by.name())))) {
            return false;
        }
        busy.set(true);
        tasks.run(() -> drafts.markSent(current, content, by, today, user), letter -> {
            busy.set(false);
            sent.set(letter);
            status.set(messages.get("letters.markSent.done", formats.date(letter.letterDate()),
                    messages.get("letters.batch.channel." + letter.channel().name()), letter.shortSha256()));
        }, this::outputFailed);
        return true;
    }

    /** The letter to output, or null (with the reason in the status) when it may not go out. */
    private LetterContent printable() {
        if (draft.get() == null || busy.get()) {
            return null;
        }
        if (!canPrint.get()) {
            status.set(blockedReason.get().isEmpty() ? messages.get("letters.blocked.wait") : blockedReason.get());
            return null;
        }
        return editedContent();
    }

    private void outputFailed(Throwable error) {
        busy.set(false);
        String message = error instanceof LetterDrafts.CaseRefusedException refused
                ? String.join(" ", refused.warnings().stream().map(warningTexts::describe).toList())
                : new ErrorMessages(messages).describe(error);
        status.set(message);
        dialogs.showError(messages.get("letters.error.title"), message);
    }

    private void failed(Throwable error) {
        dialogs.showError(messages.get("letters.error.title"), new ErrorMessages(messages).describe(error));
    }

    /** "Mise-en-demeure-C0001-2026-11-23.pdf": kind, reference, date. */
    String fileName(LetterContent content) {
        String name = messages.get("letters.file." + content.kind().name()) + "-" + content.reference() + "-"
                + content.date();
        return name.replaceAll("[^\\p{L}\\p{N}._-]+", "-") + ".pdf";
    }

    // ---- properties ----

    public ObservableList<LetterDrafts.DebtorChoice> debtors() {
        return shownDebtors;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyObjectProperty<Long> debtorIdProperty() {
        return debtorId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty debtorLabelProperty() {
        return debtorLabel.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LetterKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DebtorKind> variantProperty() {
        return variant.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LetterLanguage> languageProperty() {
        return language.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> dateProperty() {
        return date.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> deadlineProperty() {
        return deadline.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LetterDrafts.Draft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public ObservableList<BodyPart> body() {
        return body;
    }

    public ReadOnlyBooleanProperty editedProperty() {
        return edited.getReadOnlyProperty();
    }

    public ObservableList<WarningRow> warnings() {
        return warnings;
    }

    public ReadOnlyBooleanProperty canPrintProperty() {
        return canPrint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty blockedReasonProperty() {
        return blockedReason.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LetterPreview.Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageIndexProperty() {
        return pageIndex.getReadOnlyProperty();
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public ReadOnlyStringProperty previewStatusProperty() {
        return previewStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pageLabelProperty() {
        return pageLabel.getReadOnlyProperty();
    }

    /** How the letter goes out when marked as sent: registered for a formal notice, post otherwise. */
    public javafx.beans.property.ObjectProperty<LetterChannel> channelProperty() {
        return channel;
    }

    /** The last letter marked as sent (the timeline and the case's letters are read again then). */
    public ReadOnlyObjectProperty<SentLetter> sentProperty() {
        return sent.getReadOnlyProperty();
    }

    /** Between a new letter and its first check: the warnings are not known yet. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** How many previews were shown (each one the letter as it stood when its render started). */
    public ReadOnlyIntegerProperty previewsShownProperty() {
        return previewsShown.getReadOnlyProperty();
    }

    /** Renders finished, shown or dropped as stale. */
    int rendersDone() {
        return feed.renders();
    }
}
