package fr.relance.ui.dossier;

import fr.relance.agency.AgencyCase;
import fr.relance.agency.AgencyFlowService;
import fr.relance.agency.DossierExport;
import fr.relance.domain.agency.AgencyReportStatus;
import fr.relance.domain.agency.CollectionAgency;
import fr.relance.domain.agency.NextStepKind;
import fr.relance.domain.dossier.ChecklistItem;
import fr.relance.domain.dossier.DossierGauge;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.common.Dialogs;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The case file's "Dossier" tab: the checklist with its gauge and the ticks by hand, the handover to an agency
 * (blocked while required items are missing unless overridden with a reason), the agency's reports, the recall,
 * the outcome and the next step. Every write goes through {@link AgencyFlowService} off the FX thread; a refusal
 * shows its sentences in {@link #errorProperty()} and nothing is written.
 */
public final class DossierViewModel {

    private final AgencyFlowService service;
    private final BackgroundTasks tasks;
    private final Dialogs dialogs;
    private final Messages messages;
    private final DossierTexts texts;
    private final LocalDate today;

    private final ReadOnlyObjectWrapper<AgencyCase> overview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ChecklistItem> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper gauge = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Double> requiredShare = new ReadOnlyObjectWrapper<>(0.0);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final StringProperty tickNote = new SimpleStringProperty("");
    private final BooleanProperty handoverShown = new SimpleBooleanProperty();
    private final ObjectProperty<CollectionAgency> agency = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper estimate = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper missing = new ReadOnlyStringWrapper("");
    private final StringProperty overrideReason = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> reportDate = new SimpleObjectProperty<>();
    private final ObjectProperty<AgencyReportStatus> reportStatus = new SimpleObjectProperty<>();
    private final StringProperty reportCollected = new SimpleStringProperty("");
    private final StringProperty reportFee = new SimpleStringProperty("");
    private final StringProperty reportNote = new SimpleStringProperty("");
    private final StringProperty recallReason = new SimpleStringProperty("");
    private final StringProperty stepNote = new SimpleStringProperty("");
    private final StringProperty writeOffReason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper vatWording = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper exportProgress = new ReadOnlyDoubleWrapper();
    private BackgroundTasks.Handle running;
    private Runnable onWritten = () -> { };

    public DossierViewModel(AgencyFlowService service, BackgroundTasks tasks, Dialogs dialogs, Messages messages,
                            Formats formats, LocalDate today) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.texts = new DossierTexts(messages, formats);
        this.today = today;
        reportDate.set(today);
        agency.addListener((obs, old, now) -> showEstimate());
    }

    /** Called after each write: the timeline and the open items change with it. */
    public void setOnWritten(Runnable action) {
        onWritten = action;
    }

    public void open(long debtorId) {
        overview.set(null);
        items.clear();
        load(debtorId);
    }

    /** Reads the dossier again (documents, events or the directory may have changed). */
    public void refresh() {
        AgencyCase shown = overview.get();
        if (shown != null) {
            load(shown.debtorId());
        }
    }

    private void load(long debtorId) {
        tasks.run(() -> service.overview(debtorId, today), this::show,
                failure -> error.set(new ErrorMessages(messages).describe(failure)));
    }

    private void show(AgencyCase loaded) {
        items.setAll(loaded.checklist().items());
        DossierGauge g = loaded.checklist().gauge();
        gauge.set(messages.get("dossier.gauge", g.requiredPresent(), g.requiredTotal(), g.present(), g.total()));
        requiredShare.set(g.requiredShare());
        missing.set(loaded.checklist().missingRequired().stream().map(i -> texts.label(i.item()))
                .collect(Collectors.joining(", ")));
        // Last of the case's facts: the tab rebuilds its agency section on this change and reads the missing items.
        overview.set(loaded);
        if (agency.get() != null) {
            agency.set(loaded.agencies().stream().filter(a -> a.id().equals(agency.get().id())).findFirst()
                    .orElse(null));
        }
        showEstimate();
        vatWording.set(loaded.vat() == null ? "" : texts.vatWording(loaded.debtorName(), loaded.vat(), today));
    }

    private void showEstimate() {
        AgencyCase shown = overview.get();
        CollectionAgency chosen = agency.get();
        estimate.set(shown == null || chosen == null ? ""
                : texts.estimate(AgencyFlowService.estimate(shown, chosen), shown.maxFeeShare()));
    }

    // ---- checklist ----

    /** Ticks the item by hand with the note typed, or unticks it. */
    public void tick(ChecklistItem item, boolean ticked) {
        AgencyCase shown = overview.get();
        if (shown == null || item == null) {
            return;
        }
        String note = tickNote.get();
        write(() -> service.checklists().tick(shown.debtorId(), item.item().id(), ticked, note, today),
                ticked ? "dossier.tick.done" : "dossier.tick.undone", () -> tickNote.set(""));
    }

    // ---- handover ----

    public void startHandover() {
        error.set("");
        overrideReason.set("");
        AgencyCase shown = overview.get();
        if (agency.get() == null && shown != null && shown.agencies().size() == 1) {
            agency.set(shown.agencies().get(0));
        }
        handoverShown.set(true);
    }

    public void cancelHandover() {
        handoverShown.set(false);
        error.set("");
    }

    /** Asks where to write the dossier, then hands the case over. */
    public void handOver() {
        AgencyCase shown = overview.get();
        if (shown == null) {
            return;
        }
        Long agencyId = agency.get() == null ? null : agency.get().id();
        String reason = overrideReason.get();
        error.set("");
        // Everything is checked before the file is asked for: a refusal never comes after choosing where to save.
        tasks.run(() -> {
            service.checkHandover(shown.debtorId(), agencyId, reason, today);
            return true;
        }, ok -> handOver(shown, agencyId, reason),
                failure -> error.set(new ErrorMessages(messages).describe(failure)));
    }

    private void handOver(AgencyCase shown, Long agencyId, String reason) {
        String extension = "." + service.dossierExtension();
        Optional<Path> chosen = dialogs.chooseSaveFile(messages.get("handover.saveTitle"),
                messages.get("handover.fileName", shown.debtorName().replaceAll("[\\\\/:*?\"<>|]", "_"), today)
                        + extension, service.dossierExtension());
        if (chosen.isEmpty()) {
            return;
        }
        // The file choosers of some desktops do not add the filter's extension: the dossier's format needs it.
        Optional<Path> target = chosen.map(file -> file.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith(extension) ? file : file.resolveSibling(file.getFileName() + extension));
        if (busy.get()) {
            return;
        }
        // The dossier of a case with a hundred attachments takes a while: progress and a cancel, never a freeze.
        busy.set(true);
        exporting.set(true);
        exportProgress.set(0);
        error.set("");
        status.set("");
        running = tasks.runLong(progress -> {
            service.handOver(shown.debtorId(), agencyId, reason, target.get(), today, new DossierExport.Steps() {
                @Override
                public void advanced(int done, int total) {
                    progress.advanced(done, total);
                }

                @Override
                public boolean isCancelled() {
                    return progress.isCancelled();
                }
            });
            return service.overview(shown.debtorId(), today);
        }, exportProgress::set, loaded -> {
            running = null;
            exporting.set(false);
            busy.set(false);
            handoverShown.set(false);
            show(loaded);
            status.set(messages.get("handover.done"));
            onWritten.run();
        }, failure -> {
            running = null;
            exporting.set(false);
            busy.set(false);
            error.set(failure instanceof CancellationException ? messages.get("handover.exportCancelled")
                    : new ErrorMessages(messages).describe(failure));
        });
    }

    /** Stops the dossier being written for the handover: no file is left and nothing is recorded. */
    public void cancelExport() {
        if (running != null) {
            running.cancel();
        }
    }

    // ---- the agency's follow-up ----

    public void recordReport() {
        AgencyCase shown = overview.get();
        if (shown == null) {
            return;
        }
        BigDecimal collected = amount(reportCollected.get());
        BigDecimal fee = amount(reportFee.get());
        if (collected == null || fee == null) {
            error.set(messages.get("agencyReport.amountInvalid"));
            return;
        }
        LocalDate on = reportDate.get();
        AgencyReportStatus chosen = reportStatus.get();
        String note = reportNote.get();
        write(() -> service.report(shown.debtorId(), on, chosen, collected, fee, note, today), "agencyReport.done",
                () -> {
                    reportCollected.set("");
                    reportFee.set("");
                    reportNote.set("");
                    reportStatus.set(null);
                });
    }

    public void recall() {
        AgencyCase shown = overview.get();
        if (shown == null) {
            return;
        }
        String reason = recallReason.get();
        write(() -> service.recall(shown.debtorId(), reason, today), "handover.recalled", () -> recallReason.set(""));
    }

    /** Ends the agency's mandate after a confirmation; the outcome follows from what it collected. */
    public void endMandate() {
        AgencyCase shown = overview.get();
        if (shown == null || shown.account() == null || !dialogs.confirm(messages.get("handover.end.title"),
                messages.get("handover.end.confirm", messages.get("dossier.outcome." + shown.account().outcome().name())))) {
            return;
        }
        write(() -> service.end(shown.debtorId(), today), "handover.ended", () -> { });
    }

    public void engage(NextStepKind kind) {
        AgencyCase shown = overview.get();
        if (shown == null) {
            return;
        }
        String note = stepNote.get();
        write(() -> service.engage(shown.debtorId(), kind, note, today), "dossier.next.engaged",
                () -> stepNote.set(""));
    }

    public void writeOff() {
        AgencyCase shown = overview.get();
        if (shown == null) {
            return;
        }
        String reason = writeOffReason.get();
        String wording = vatWording.get();
        write(() -> service.writeOff(shown.debtorId(), reason, wording, today), "dossier.writeOff.done",
                () -> writeOffReason.set(""));
    }

    public void closePaid() {
        AgencyCase shown = overview.get();
        if (shown == null) {
            return;
        }
        write(() -> service.closePaid(shown.debtorId(), today), "dossier.closedPaid", () -> { });
    }

    private <T> void write(Callable<T> work, String doneKey, Runnable onDone) {
        if (busy.get()) {
            return;
        }
        AgencyCase shown = overview.get();
        busy.set(true);
        error.set("");
        status.set("");
        tasks.run(() -> {
            work.call();
            return service.overview(shown.debtorId(), today);
        }, loaded -> {
            busy.set(false);
            onDone.run();
            show(loaded);
            status.set(messages.get(doneKey));
            onWritten.run();
        }, failure -> {
            busy.set(false);
            error.set(new ErrorMessages(messages).describe(failure));
        });
    }

    private static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return BigDecimal.ZERO;
        }
        try {
            BigDecimal value = Formats.parseDecimal(text.replace("€", "").strip());
            return value;
        } catch (RuntimeException e) {
            return null;
        }
    }

    public DossierTexts texts() {
        return texts;
    }

    public ReadOnlyObjectProperty<AgencyCase> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ObservableList<ChecklistItem> items() {
        return items;
    }

    public ReadOnlyStringProperty gaugeProperty() {
        return gauge.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Double> requiredShareProperty() {
        return requiredShare.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the handover's dossier is being written (the form shows its progress and a cancel button). */
    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** How far the handover's dossier is written, from 0 to 1. */
    public ReadOnlyDoubleProperty exportProgressProperty() {
        return exportProgress.getReadOnlyProperty();
    }

    public StringProperty tickNoteProperty() {
        return tickNote;
    }

    public BooleanProperty handoverShownProperty() {
        return handoverShown;
    }

    public ObjectProperty<CollectionAgency> agencyProperty() {
        return agency;
    }

    public ReadOnlyStringProperty estimateProperty() {
        return estimate.getReadOnlyProperty();
    }

    /** The required items missing, by name; empty when the dossier is complete. */
    public ReadOnlyStringProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    public StringProperty overrideReasonProperty() {
        return overrideReason;
    }

    public ObjectProperty<LocalDate> reportDateProperty() {
        return reportDate;
    }

    public ObjectProperty<AgencyReportStatus> reportStatusProperty() {
        return reportStatus;
    }

    public StringProperty reportCollectedProperty() {
        return reportCollected;
    }

    public StringProperty reportFeeProperty() {
        return reportFee;
    }

    public StringProperty reportNoteProperty() {
        return reportNote;
    }

    public StringProperty recallReasonProperty() {
        return recallReason;
    }

    public StringProperty stepNoteProperty() {
        return stepNote;
    }

    public StringProperty writeOffReasonProperty() {
        return writeOffReason;
    }

    public ReadOnlyStringProperty vatWordingProperty() {
        return vatWording.getReadOnlyProperty();
    }
}
