package fr.relance.ui.cases;

import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.dunning.AgreedPlan;
import fr.relance.domain.dunning.InstalmentLine;
import fr.relance.domain.dunning.InstalmentStatus;
import fr.relance.domain.dunning.PlanFollowUp;
import fr.relance.domain.dunning.PlanInvoice;
import fr.relance.dunning.PaymentPlanService;
import fr.relance.dunning.PlanOverview;
import fr.relance.dunning.WorklistService;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.BackgroundTasks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The case file's "Échéancier" tab: with no active plan, a new plan to prepare ({@link PlanDraft}) and save once
 * signed; with one, its instalments followed against the money received (paid, partly paid, due, missed) and a
 * way to cancel it; below, the plans that ended. Opening the tab follows the active plan up, which may end it.
 */
public final class PaymentPlanViewModel {

    private final PaymentPlanService service;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Formats formats;
    private final LocalDate today;
    private final PlanDraft draft;

    private final ObservableList<PlanInvoice> coverable = FXCollections.observableArrayList();
    private final ObservableList<InstalmentLine> lines = FXCollections.observableArrayList();
    private final ObservableList<AgreedPlan> history = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AgreedPlan> active = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PlanFollowUp> followUp = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper alert = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper changed = new ReadOnlyIntegerWrapper();
    private final BooleanBinding canSave;
    private int graceDays;
    private Long debtorId;

    public PaymentPlanViewModel(PaymentPlanService service, BackgroundTasks tasks, Messages messages,
                                Formats formats, LocalDate today) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.formats = formats;
        this.today = today;
        this.draft = new PlanDraft(messages, today);
        this.graceDays = service.graceDays();
        canSave = Bindings.createBooleanBinding(() -> loaded.get() && !busy.get() && active.get() == null
                        && !coverable.isEmpty() && draft.validProperty().get(),
                loaded, busy, active, coverable, draft.validProperty());
    }

    /** Shows the debtor's plans; the active one is followed up first (as of today). */
    public void open(long debtor) {
        debtorId = debtor;
        loaded.set(false);
        active.set(null);
        followUp.set(null);
        lines.clear();
        history.clear();
        coverable.clear();
        error.set("");
        alert.set("");
        refresh();
    }

    public void refresh() {
        Long debtor = debtorId;
        if (debtor == null) {
            return;
        }
        tasks.run(() -> service.overview(debtor, today), overview -> {
            if (Objects.equals(debtor, debtorId)) {
                show(overview);
            }
        }, this::showError);
    }

    private void show(PlanOverview overview) {
        graceDays = overview.graceDays();
        coverable.setAll(overview.coverable());
        active.set(overview.active().orElse(null));
        followUp.set(overview.followUp().orElse(null));
        lines.setAll(overview.followUp().map(PlanFollowUp::lines).orElse(java.util.List.of()));
        history.setAll(overview.history());
        alert.set(overview.followUp().flatMap(PlanFollowUp::firstMissed)
                .map(missed -> messages.get("plan.alert.missed", formats.date(missed.dueDate()),
                        formats.date(missed.dueDate().plusDays(overview.graceDays() + 1L)),
                        overview.graceDays()))
                .orElse(""));
        if (overview.active().isEmpty()) {
            draft.reset(overview.balance());
        }
        loaded.set(true);
        if (overview.endedNow() > 0) {
            changed.set(changed.get() + 1); // the follow-up wrote events: the timeline has news
        }
    }

    /** Saves the plan as prepared; a second click while the first save runs does nothing. */
    public void save() {
        if (!canSave.get()) {
            if (!draft.validProperty().get() && loaded.get() && active.get() == null) {
                error.set(draft.blockedReasonProperty().get());
            }
            return;
        }
        long debtor = debtorId;
        write(() -> service.save(debtor, draft.frequencyProperty().get(), draft.instalments(),
                draft.agreedOnProperty().get(), today));
    }

    /** Cancels the active plan with the reason the user gave. */
    public void cancelPlan(String reason) {
        AgreedPlan plan = active.get();
        if (plan == null || busy.get()) {
            return;
        }
        if (reason == null || reason.isBlank()) {
            error.set(messages.get(WorklistService.REASON_REQUIRED));
            return;
        }
        write(() -> service.cancel(plan.id(), reason, today));
    }

    private void write(Callable<?> work) {
        busy.set(true);
        tasks.run(work, result -> {
            busy.set(false);
            error.set("");
            changed.set(changed.get() + 1);
            refresh();
        }, failure -> {
            busy.set(false);
            showError(failure);
        });
    }

    private void showError(Throwable failure) {
        if (failure instanceof InvalidInputException invalid) {
            error.set(invalid.problems().stream().map(FieldProblem::messageKey).distinct().map(messages::get)
                    .collect(Collectors.joining(" ")));
        } else {
            error.set(new ErrorMessages(messages).describe(failure));
        }
    }

    /** "3 échéances mensuelles du 01/12/2026 au 01/02/2027 · 1 500,00 €". */
    public String describe(AgreedPlan plan) {
        var instalments = plan.plan().instalments();
        String frequency = plan.frequency() == null ? ""
                : " " + messages.get("plan.frequency.lower." + plan.frequency().name());
        return messages.get("plan.describe", instalments.size(), frequency,
                formats.date(instalments.get(0).dueDate()),
                formats.date(instalments.get(instalments.size() - 1).dueDate()), formats.money(plan.total()));
    }

    /** When the debtor signed, and what it means for the limitation period. */
    public String signature(AgreedPlan plan) {
        return messages.get("plan.active.signed", formats.date(plan.agreedOn()));
    }

    /** The label of a status, for the instalment table. */
    public String statusText(InstalmentStatus status) {
        return messages.get("plan.status." + status.name());
    }

    public PlanDraft draft() {
        return draft;
    }

    public ObservableList<PlanInvoice> coverable() {
        return coverable;
    }

    public ObservableList<InstalmentLine> lines() {
        return lines;
    }

    public ObservableList<AgreedPlan> history() {
        return history;
    }

    public ReadOnlyObjectProperty<AgreedPlan> activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlanFollowUp> followUpProperty() {
        return followUp.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** An unpaid instalment still within its grace days, as a sentence; empty otherwise. */
    public ReadOnlyStringProperty alertProperty() {
        return alert.getReadOnlyProperty();
    }

    /** Goes up by one after each save or cancellation: the timeline is read again then. */
    public ReadOnlyIntegerProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    public int graceDays() {
        return graceDays;
    }

    public LocalDate today() {
        return today;
    }
}
