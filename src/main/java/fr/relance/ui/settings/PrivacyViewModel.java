package fr.relance.ui.settings;

import fr.relance.domain.InvalidInputException;
import fr.relance.domain.privacy.PurgeCandidate;
import fr.relance.domain.privacy.PurgeResult;
import fr.relance.domain.privacy.RetentionPeriod;
import fr.relance.privacy.PersonalDataService;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.common.Dialogs;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Paramètres › Données personnelles: the retention period, the purge of closed cases past it (after a
 * confirmation that lists what goes), and the export of everything held about one debtor.
 */
public final class PrivacyViewModel {

    /** The confirmation lists at most this many debtors, then says how many more. */
    static final int LISTED = 25;

    private final PersonalDataService personalData;
    private final BackgroundTasks tasks;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Formats formats;
    private final String user;
    private final LocalDate today;
    private final StringProperty retentionYears = new SimpleStringProperty("");
    private final StringProperty debtor = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper retentionError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public PrivacyViewModel(PersonalDataService personalData, BackgroundTasks tasks, Dialogs dialogs,
                            Messages messages, Formats formats, String user, LocalDate today) {
        this.personalData = personalData;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.formats = formats;
        this.user = user;
        this.today = today;
    }

    public void load() {
        tasks.run(() -> new Object[] {personalData.retention(), personalData.purgeLog()}, loaded -> {
            retentionYears.set(Integer.toString(((RetentionPeriod) loaded[0]).years()));
            @SuppressWarnings("unchecked")
            List<PurgeResult> log = (List<PurgeResult>) loaded[1];
            status.set(log.isEmpty() ? messages.get("privacy.log.none")
                    : messages.get("privacy.log.last", formats.date(log.get(0).asOf()), log.get(0).debtors()));
        }, this::showError);
    }

    public void saveRetention() {
        retentionError.set("");
        String typed = retentionYears.get();
        try {
            RetentionPeriod.parse(typed);
        } catch (InvalidInputException e) {
            retentionError.set(new ErrorMessages(messages).refusal(e));
            return;
        }
        tasks.run(() -> personalData.saveRetention(typed), saved -> {
            retentionYears.set(Integer.toString(saved.years()));
            status.set(messages.get("privacy.retention.saved", saved.years()));
        }, this::showError);
    }

    /** Lists what the purge would delete, asks for confirmation, then purges in one transaction. */
    public void purge() {
        busy.set(true);
        tasks.run(() -> new Listed(personalData.retention(), personalData.purgeCandidates(today)), listed -> {
            busy.set(false);
            RetentionPeriod retention = listed.retention();
            List<PurgeCandidate> candidates = listed.candidates();
            if (candidates.isEmpty()) {
                dialogs.showInfo(messages.get("privacy.purge.title"), messages.get("privacy.purge.none",
                        retention.years(), formats.date(retention.closedBefore(today))));
                return;
            }
            if (!dialogs.confirm(messages.get("privacy.purge.title"), confirmation(candidates, retention))) {
                return;
            }
            Set<Long> ids = candidates.stream().map(PurgeCandidate::debtorId).collect(Collectors.toSet());
            busy.set(true);
            tasks.run(() -> personalData.purge(ids, today, user), result -> {
                busy.set(false);
                dialogs.showInfo(messages.get("privacy.purge.title"), messages.get("privacy.purge.done",
                        result.debtors(), result.events(), result.documents(), result.letters()));
                load();
            }, this::showError);
        }, this::showError);
    }

    private record Listed(RetentionPeriod retention, List<PurgeCandidate> candidates) {
    }

    String confirmation(List<PurgeCandidate> candidates, RetentionPeriod retention) {
        StringBuilder text = new StringBuilder(messages.get("privacy.purge.confirm", candidates.size(),
                retention.years(), formats.date(retention.closedBefore(today))));
        text.append("\n\n");
        candidates.stream().limit(LISTED).forEach(c -> text.append("• ").append(messages.get("privacy.purge.line",
                c.debtorName(), c.accountCode(), formats.date(c.lastClosedOn()), c.cases(), c.events(),
                c.documents(), c.letters())).append('\n'));
        if (candidates.size() > LISTED) {
            text.append(messages.get("privacy.purge.more", candidates.size() - LISTED)).append('\n');
        }
        text.append('\n').append(messages.get("privacy.purge.irreversible"));
        return text.toString();
    }

    /** Exports everything held about the debtor named (account code or number) into a ZIP the user chooses. */
    public void exportDebtor() {
        String key = debtor.get() == null ? "" : debtor.get().strip();
        if (key.isEmpty()) {
            dialogs.showError(messages.get("privacy.export.title"), messages.get("privacy.export.noDebtor"));
            return;
        }
        tasks.run(() -> personalData.debtorIdOf(key), found -> {
            if (found.isEmpty()) {
                dialogs.showError(messages.get("privacy.export.title"), messages.get("cli.exportDebtor.unknown", key));
                return;
            }
            dialogs.chooseSaveFile(messages.get("privacy.export.title"), "donnees-" + key + ".zip", "zip")
                    .ifPresent(target -> export(found.get(), target));
        }, this::showError);
    }

    private void export(long debtorId, Path target) {
        busy.set(true);
        tasks.run(() -> personalData.exportDebtor(debtorId, target, Instant.now()), exported -> {
            busy.set(false);
            dialogs.showInfo(messages.get("privacy.export.title"), messages.get("cli.exportDebtor.done",
                    exported.name(), exported.documentIds().size(), target));
        }, this::showError);
    }

    private void showError(Throwable error) {
        busy.set(false);
        dialogs.showError(messages.get("privacy.title"), new ErrorMessages(messages).describe(error));
    }

    public StringProperty retentionYearsProperty() {
        return retentionYears;
    }

    public StringProperty debtorProperty() {
        return debtor;
    }

    public ReadOnlyStringProperty retentionErrorProperty() {
        return retentionError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
