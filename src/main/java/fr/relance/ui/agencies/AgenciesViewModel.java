package fr.relance.ui.agencies;

import fr.relance.documents.AttachmentService;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.agency.AgencyFeeEstimate;
import fr.relance.domain.agency.AgencyRules;
import fr.relance.domain.agency.CollectionAgency;
import fr.relance.store.AgencyRepository;
import fr.relance.store.DocumentRepository;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.common.Dialogs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
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
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;

/**
 * Paramètres > Agences: the collection-agency directory (fee model, contact, signed agreement), the fee-share
 * threshold of the warnings, and a simulation of the expected fees for a balance.
 */
public final class AgenciesViewModel {

    /** The form's text fields, in display order. */
    public static final List<String> FIELDS = List.of("name", "siren", "street", "addressExtra", "postcode", "city",
            "contactName", "email", "phone", "commissionPercent", "fixedFee", "minimumClaim", "insuranceReference",
            "notes");

    private record Loaded(List<CollectionAgency> agencies, BigDecimal maxShare) {
    }

    private final AgencyRepository agencies;
    private final DocumentRepository documents;
    private final AttachmentService attachments;
    private final BackgroundTasks tasks;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Formats formats;
    private final LocalDate today;
    private final String user;

    private final ObservableList<CollectionAgency> all = FXCollections.observableArrayList();
    private final FilteredList<CollectionAgency> shown = new FilteredList<>(all, agency -> !agency.archived());
    private final BooleanProperty showArchived = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<CollectionAgency> editing = new ReadOnlyObjectWrapper<>();
    private final Map<String, StringProperty> fields = new LinkedHashMap<>();
    private final ObjectProperty<LocalDate> agreementSignedOn = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private BackgroundTasks.Handle running;

    private final StringProperty maxShareText = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<BigDecimal> maxShare =
            new ReadOnlyObjectWrapper<>(AgencyFeeEstimate.DEFAULT_MAX_SHARE);
    private final StringProperty simulatedBalance = new SimpleStringProperty("");
    private final ObservableList<AgencyFeeEstimate> estimates = FXCollections.observableArrayList();

    public AgenciesViewModel(AgencyRepository agencies, DocumentRepository documents, AttachmentService attachments,
                             BackgroundTasks tasks, Dialogs dialogs, Messages messages, Formats formats,
                             LocalDate today, String user) {
        this.agencies = agencies;
        this.documents = documents;
        this.attachments = attachments;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.formats = formats;
        this.today = today;
        this.user = user;
        for (String field : FIELDS) {
            fields.put(field, new SimpleStringProperty(""));
        }
        showArchived.addListener((obs, old, now) -> shown.setPredicate(now ? null : agency -> !agency.archived()));
        simulatedBalance.addListener((obs, old, now) -> simulate());
    }

    public void load() {
        tasks.run(() -> new Loaded(agencies.all(true), agencies.maxFeeShare()), loaded -> {
            all.setAll(loaded.agencies());
            maxShare.set(loaded.maxShare());
            maxShareText.set(decimal(loaded.maxShare()));
            simulate();
            if (editing.get() != null) {
                loaded.agencies().stream().filter(a -> a.id().equals(editing.get().id())).findFirst()
                        .ifPresentOrElse(this::edit, this::newAgency);
            }
        }, this::failed);
    }

    // ---- the form ----

    /** Shows an agency in the form. */
    public void edit(CollectionAgency agency) {
        if (agency == null) {
            newAgency();
            return;
        }
        errors.clear();
        editing.set(agency);
        set("name", agency.name());
        set("siren", agency.siren());
        set("street", agency.street());
        set("addressExtra", agency.addressExtra());
        set("postcode", agency.postcode());
        set("city", agency.city());
        set("contactName", agency.contactName());
        set("email", agency.email());
        set("phone", agency.phone());
        set("commissionPercent", agency.commissionPercent() == null ? null : decimal(agency.commissionPercent()));
        set("fixedFee", agency.fixedFee() == null ? null : decimal(agency.fixedFee()));
        set("minimumClaim", agency.minimumClaim() == null ? null : decimal(agency.minimumClaim()));
        set("insuranceReference", agency.insuranceReference());
        set("notes", agency.notes());
        agreementSignedOn.set(agency.agreementSignedOn());
    }

    /** An empty form for a new agency. */
    public void newAgency() {
        errors.clear();
        editing.set(null);
        fields.values().forEach(field -> field.set(""));
        agreementSignedOn.set(null);
    }

    /** Checks the form and saves it; problems show under their fields and nothing is written. */
    public boolean save() {
        errors.clear();
        status.set("");
        BigDecimal percent = number("commissionPercent", AgencyRules.PERCENT_INVALID);
        BigDecimal fixed = number("fixedFee", AgencyRules.AMOUNT_INVALID);
        BigDecimal minimum = number("minimumClaim", AgencyRules.AMOUNT_INVALID);
        CollectionAgency current = editing.get();
        CollectionAgency agency = new CollectionAgency(current == null ? null : current.id(), text("name"),
                text("siren"), text("street"), text("addressExtra"), text("postcode"), text("city"),
                text("contactName"), text("email"), text("phone"), percent, fixed, minimum, agreementSignedOn.get(),
                current == null ? null : current.agreementDocumentId(), text("insuranceReference"), text("notes"),
                current != null && current.archived());
        // Fields that do not read as numbers keep that problem; the rules speak for the others.
        showProblems(AgencyRules.validate(agency, today).stream()
                .filter(problem -> !errors.containsKey(problem.field())).toList());
        if (!errors.isEmpty()) {
            status.set(messages.get("agency.invalid", errors.size()));
            return false;
        }
        tasks.run(() -> agencies.save(agency, today), saved -> {
            status.set(messages.get("agency.saved", saved.name()));
            editing.set(saved);
            load();
        }, this::failedOrInvalid);
        return true;
    }

    public void toggleArchived() {
        CollectionAgency agency = editing.get();
        if (agency == null) {
            return;
        }
        boolean archive = !agency.archived();
        tasks.run(() -> agencies.setArchived(agency.id(), archive), saved -> {
            status.set(messages.get(archive ? "agency.archivedDone" : "agency.unarchivedDone", saved.name()));
            editing.set(saved);
            load();
        }, this::failed);
    }

    /** Deletes an agency entered by mistake, after confirmation; one that received a case is archived instead. */
    public void delete() {
        CollectionAgency agency = editing.get();
        if (agency == null || !dialogs.confirm(messages.get("agency.delete.title"),
                messages.get("agency.delete.confirm", agency.name()))) {
            return;
        }
        tasks.run(() -> {
            agencies.delete(agency.id());
            return agency;
        }, deleted -> {
            status.set(messages.get("agency.deleted", deleted.name()));
            newAgency();
            load();
        }, this::failedOrInvalid);
    }

    /** Stores the signed agreement chosen by the user and links it to the agency shown. */
    public void attachAgreement() {
        CollectionAgency agency = editing.get();
        if (agency == null || busy.get()) {
            return;
        }
        dialogs.chooseOpenFile(messages.get("agency.agreement.chooser"), "*.pdf", "*.png", "*.jpg", "*.jpeg")
                .ifPresent(file -> {
                    busy.set(true);
                    progress.set(-1);
                    LocalDate signedOn = agreementSignedOn.get();
                    running = tasks.runLong(work -> attachments.attachAgreement(agency.id(), file, signedOn, user,
                                    work::advanced, work::isCancelled), progress::set,
                            saved -> {
                                done();
                                status.set(messages.get("agency.agreement.saved", saved.name()));
                                editing.set(saved);
                                load();
                            },
                            error -> {
                                done();
                                if (error instanceof CancellationException) {
                                    status.set(messages.get("document.cancelled"));
                                } else {
                                    dialogs.showError(messages.get("document.error.title"), describe(error));
                                }
                            });
                });
    }

    public void cancelAttach() {
        if (running != null) {
            running.cancel();
        }
    }

    public void openAgreement() {
        CollectionAgency agency = editing.get();
        if (agency == null || agency.agreementDocumentId() == null) {
            return;
        }
        long documentId = agency.agreementDocumentId();
        tasks.run(() -> attachments.openWithSystemViewer(documents.find(documentId).orElseThrow()), copy -> { },
                error -> dialogs.showError(messages.get("document.error.openTitle"), describe(error)));
    }

    private void done() {
        busy.set(false);
        running = null;
        progress.set(-1);
    }

    // ---- threshold and simulation ----

    /** Saves the fee share above which handing a case over is flagged. */
    public void saveMaxShare() {
        errors.remove("maxShare");
        BigDecimal share = Formats.parseDecimal(maxShareText.get());
        if (share == null || share.signum() <= 0 || share.compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.put("maxShare", messages.get("agency.maxShare.invalid"));
            return;
        }
        tasks.run(() -> {
            agencies.saveMaxFeeShare(share);
            return share;
        }, saved -> {
            maxShare.set(saved);
            status.set(messages.get("agency.maxShare.saved", formats.percent(saved)));
            simulate();
        }, this::failedOrInvalid);
    }

    private void simulate() {
        errors.remove("simulation");
        String text = simulatedBalance.get();
        if (text == null || text.isBlank()) {
            estimates.clear();
            return;
        }
        BigDecimal balance = Formats.parseDecimal(text.replace("€", ""));
        if (balance == null || balance.signum() <= 0) {
            errors.put("simulation", messages.get("agency.simulate.invalid"));
            estimates.clear();
            return;
        }
        estimates.setAll(all.stream().filter(agency -> !agency.archived())
                .map(agency -> AgencyFeeEstimate.of(agency, balance, maxShare.get())).toList());
    }

    // ---- helpers ----

    private BigDecimal number(String field, String invalidKey) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        BigDecimal value = Formats.parseDecimal(text.replace("€", ""));
        if (value == null) {
            errors.put(field, messages.get(invalidKey));
        }
        return value;
    }

    private String text(String field) {
        String value = fields.get(field).get();
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void set(String field, String value) {
        fields.get(field).set(value == null ? "" : value);
    }

    private String decimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.',
                messages.locale().getLanguage().equals("fr") ? ',' : '.');
    }

    private void showProblems(List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            errors.merge(problem.field(), messages.get(problem.messageKey()), (a, b) -> a + " " + b);
        }
    }

    private void failedOrInvalid(Throwable error) {
        if (error instanceof InvalidInputException invalid) {
            List<FieldProblem> problems = invalid.problems();
            if (problems.stream().anyMatch(p -> fields.containsKey(p.field()) || "maxShare".equals(p.field()))) {
                showProblems(problems);
                status.set(messages.get("agency.invalid", problems.size()));
            } else {
                dialogs.showError(messages.get("agency.error.title"), problems.stream()
                        .map(p -> messages.get(p.messageKey())).distinct().reduce((a, b) -> a + " " + b).orElse(""));
            }
            return;
        }
        failed(error);
    }

    private void failed(Throwable error) {
        dialogs.showError(messages.get("agency.error.title"), describe(error));
    }

    private String describe(Throwable error) {
        if (error instanceof fr.relance.documents.AttachmentRefusedException refused) {
            Object detail = refused.detail();
            String shown = detail instanceof Long size ? formats.fileSize(size) : detail == null ? "" : detail.toString();
            return messages.get(refused.messageKey(), refused.fileName(), shown);
        }
        return new fr.relance.text.ErrorMessages(messages).describe(error);
    }

    // ---- properties ----

    /** The directory as listed: the archived agencies only when asked. */
    public ObservableList<CollectionAgency> agencies() {
        return shown;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    /** The agency in the form; null for a new one. */
    public ReadOnlyObjectProperty<CollectionAgency> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public StringProperty field(String name) {
        return fields.get(name);
    }

    public ObjectProperty<LocalDate> agreementSignedOnProperty() {
        return agreementSignedOn;
    }

    /** Problems by field (the form's, "maxShare", "simulation"). */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public StringProperty maxShareTextProperty() {
        return maxShareText;
    }

    public ReadOnlyObjectProperty<BigDecimal> maxShareProperty() {
        return maxShare.getReadOnlyProperty();
    }

    public StringProperty simulatedBalanceProperty() {
        return simulatedBalance;
    }

    public ObservableList<AgencyFeeEstimate> estimates() {
        return estimates;
    }
}
