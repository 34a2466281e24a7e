package fr.relance.ui.letters;

import fr.relance.documents.EnvelopeLayout;
import fr.relance.documents.LetterSettings;
import fr.relance.documents.LogoFile;
import fr.relance.documents.SystemViewer;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.common.Dialogs;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * Paramètres › Courriers: the envelope window's offsets (checked before they are saved; a calibration page to try
 * them) and the letterhead's logo (a file that cannot be a logo is refused and the logo before stays).
 */
public final class LetterSettingsViewModel {

    /** The envelope form's fields, in display order, with the layout's field names. */
    public static final List<String> FIELDS = List.of("windowLeft", "windowTop", "windowWidth", "windowHeight");

    private record Loaded(EnvelopeLayout envelope, Optional<LogoFile.Logo> logo) {
    }

    private final LetterSettings settings;
    private final SystemViewer viewer;
    private final BackgroundTasks tasks;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Formats formats;

    private final Map<String, StringProperty> fields = new LinkedHashMap<>();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper envelopeStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper addressPosition = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LogoFile.Logo> logo = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper logoStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper logoError = new ReadOnlyStringWrapper("");

    public LetterSettingsViewModel(LetterSettings settings, SystemViewer viewer, BackgroundTasks tasks,
                                   Dialogs dialogs, Messages messages, Formats formats) {
        this.settings = settings;
        this.viewer = viewer;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.formats = formats;
        for (String field : FIELDS) {
            StringProperty property = new SimpleStringProperty("");
            property.addListener((obs, old, now) -> describePosition());
            fields.put(field, property);
        }
    }

    public void load() {
        tasks.run(() -> new Loaded(settings.envelope(), settings.logo()), loaded -> {
            showEnvelope(loaded.envelope());
            logo.set(loaded.logo().orElse(null));
        }, this::failed);
    }

    // ---- envelope ----

    /** Checks the offsets typed and saves them; every letter printed from now on puts the address there. */
    public boolean saveEnvelope() {
        EnvelopeLayout layout = layoutFromFields();
        if (layout == null) {
            return false;
        }
        tasks.run(() -> {
            settings.saveEnvelope(layout);
            return settings.envelope();
        }, saved -> {
            showEnvelope(saved);
            envelopeStatus.set(messages.get("letterSettings.envelope.saved"));
        }, this::envelopeFailed);
        return true;
    }

    /** The DL envelope's values in the form (saved only with "Enregistrer"). */
    public void resetEnvelope() {
        showEnvelope(EnvelopeLayout.DL);
        envelopeStatus.set(messages.get("letterSettings.envelope.defaults"));
    }

    /** The calibration page of the offsets typed (saved or not), opened in the system's PDF reader to print. */
    public boolean printCalibration() {
        EnvelopeLayout layout = layoutFromFields();
        if (layout == null) {
            return false;
        }
        tasks.run(() -> {
            byte[] pdf = settings.calibrationPage(layout, messages.locale());
            Path file = Files.createTempFile("relance-calibrage-", ".pdf");
            file.toFile().deleteOnExit();
            Files.write(file, pdf);
            viewer.open(file);
            return file;
        }, file -> envelopeStatus.set(messages.get("letterSettings.calibration.opened")), this::envelopeFailed);
        return true;
    }

    /** The layout typed, or null with each problem under its field. */
    private EnvelopeLayout layoutFromFields() {
        errors.clear();
        envelopeStatus.set("");
        double[] values = new double[FIELDS.size()];
        for (int i = 0; i < FIELDS.size(); i++) {
            String text = fields.get(FIELDS.get(i)).get();
            BigDecimal value = text == null || text.isBlank() ? null : Formats.parseDecimal(text);
            if (value == null) {
                errors.put(FIELDS.get(i), messages.get("letterSettings.envelope.number"));
            } else {
                values[i] = value.doubleValue();
            }
        }
        if (!errors.isEmpty()) {
            envelopeStatus.set(messages.get("letterSettings.envelope.invalid"));
            return null;
        }
        EnvelopeLayout layout = new EnvelopeLayout(values[0], values[1], values[2], values[3]);
        List<FieldProblem> problems = layout.validate();
        if (!problems.isEmpty()) {
            problems.forEach(problem -> errors.put(problem.field(), messages.get(problem.messageKey())));
            envelopeStatus.set(messages.get("letterSettings.envelope.invalid"));
            return null;
        }
        return layout;
    }

    private void showEnvelope(EnvelopeLayout layout) {
        errors.clear();
        fields.get("windowLeft").set(number(layout.windowLeftMm()));
        fields.get("windowTop").set(number(layout.windowTopMm()));
        fields.get("windowWidth").set(number(layout.windowWidthMm()));
        fields.get("windowHeight").set(number(layout.windowHeightMm()));
    }

    private void describePosition() {
        BigDecimal left = Formats.parseDecimal(orEmpty(fields.get("windowLeft").get()));
        BigDecimal top = Formats.parseDecimal(orEmpty(fields.get("windowTop").get()));
        BigDecimal width = Formats.parseDecimal(orEmpty(fields.get("windowWidth").get()));
        if (left == null || top == null || width == null) {
            addressPosition.set("");
            return;
        }
        addressPosition.set(messages.get("letterSettings.envelope.address",
                number(left.doubleValue() + EnvelopeLayout.INSET_LEFT_MM),
                number(top.doubleValue() + EnvelopeLayout.INSET_TOP_MM),
                number(width.doubleValue() - EnvelopeLayout.INSET_LEFT_MM - EnvelopeLayout.INSET_RIGHT_MM)));
    }

    private String number(double value) {
        return value == Math.rint(value) ? formats.integer(Math.round(value))
                : String.format(messages.locale(), "%.1f", value);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private void envelopeFailed(Throwable error) {
        if (error instanceof InvalidInputException invalid) {
            invalid.problems().forEach(problem -> errors.put(problem.field(), messages.get(problem.messageKey())));
            envelopeStatus.set(messages.get("letterSettings.envelope.invalid"));
            return;
        }
        failed(error);
    }

    // ---- logo ----

    /** Asks for a PNG or JPEG file and stores it; a file that cannot be a logo is refused, the logo before stays. */
    public boolean chooseLogo() {
        Optional<Path> file = dialogs.chooseOpenFile(messages.get("letterSettings.logo.choose"),
                "*.png", "*.jpg", "*.jpeg");
        if (file.isEmpty()) {
            return false;
        }
        logoError.set("");
        logoStatus.set("");
        tasks.run(() -> settings.saveLogo(file.get()), saved -> {
            logo.set(saved);
            logoStatus.set(messages.get("letterSettings.logo.saved", file.get().getFileName().toString()));
        }, error -> {
            if (error instanceof InvalidInputException invalid) {
                logoError.set(new ErrorMessages(messages).refusal(invalid) + " "
                        + messages.get(logo.get() == null ? "letterSettings.logo.keptNone"
                        : "letterSettings.logo.kept"));
            } else {
                failed(error);
            }
        });
        return true;
    }

    /** Letters without a logo from now on, after the user confirms. */
    public boolean removeLogo() {
        if (logo.get() == null || !dialogs.confirm(messages.get("letterSettings.logo.remove.title"),
                messages.get("letterSettings.logo.remove.text"))) {
            return false;
        }
        tasks.run(() -> {
            settings.removeLogo();
            return true;
        }, done -> {
            logo.set(null);
            logoError.set("");
            logoStatus.set(messages.get("letterSettings.logo.removed"));
        }, this::failed);
        return true;
    }

    private void failed(Throwable error) {
        dialogs.showError(messages.get("letterSettings.error.title"), new ErrorMessages(messages).describe(error));
    }

    // ---- properties ----

    public StringProperty field(String name) {
        return fields.get(name);
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ReadOnlyStringProperty envelopeStatusProperty() {
        return envelopeStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty addressPositionProperty() {
        return addressPosition.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LogoFile.Logo> logoProperty() {
        return logo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty logoStatusProperty() {
        return logoStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty logoErrorProperty() {
        return logoError.getReadOnlyProperty();
    }
}
