package fr.relance.documents;

import fr.relance.domain.Company;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.store.AppSettingsRepository;
import fr.relance.store.CompanyRepository;
import fr.relance.store.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that knows how letters are printed on this installation: the envelope window (app_setting
 * {@value #ENVELOPE}, DL by default) and the letterhead's logo (in the company row). Every writer of letters (the
 * composer, the batch, the command line) takes its renderer from {@link #renderer()}, so a calibration saved here
 * moves the address everywhere.
 */
public final class LetterSettings {

    private static final Logger LOG = LoggerFactory.getLogger(LetterSettings.class);

    /** One setting, "left;top;width;height" in millimetres: the four offsets change together or not at all. */
    public static final String ENVELOPE = "letters.envelope";

    private final AppSettingsRepository settings;
    private final CompanyRepository companies;
    private LetterPdfRenderer renderer;

    public LetterSettings(Database database) {
        this.settings = new AppSettingsRepository(database);
        this.companies = new CompanyRepository(database);
    }

    /** The saved window, or the DL defaults when none was saved (or what is stored no longer reads). */
    public EnvelopeLayout envelope() {
        return settings.get(ENVELOPE).flatMap(LetterSettings::parse).orElse(EnvelopeLayout.DL);
    }

    /**
     * Saves the window after checking it ({@link EnvelopeLayout#validate()}): a layout that would not show the
     * address is refused with the fields at fault, and nothing is written.
     */
    public synchronized void saveEnvelope(EnvelopeLayout layout) {
        InvalidInputException.refuseIfAny(layout.validate());
        settings.put(ENVELOPE, format(layout));
        renderer = null;
    }

    /** The renderer for the saved window, made once and shared (its methods are synchronized). */
    public synchronized LetterPdfRenderer renderer() {
        EnvelopeLayout layout = envelope();
        if (renderer == null || !renderer.envelope().equals(layout)) {
            renderer = new LetterPdfRenderer(layout);
        }
        return renderer;
    }

    /**
     * The calibration page of a layout not saved yet (what the user typed), to try it before saving.
     *
     * @throws InvalidInputException when the layout is refused
     */
    public byte[] calibrationPage(EnvelopeLayout layout, Locale language) {
        InvalidInputException.refuseIfAny(layout.validate());
        return (layout.equals(envelope()) ? renderer() : new LetterPdfRenderer(layout)).calibrationPage(language);
    }

    /** The stored logo, if any. */
    public Optional<LogoFile.Logo> logo() {
        return companies.find().filter(c -> c.logo() != null && c.logo().length > 0)
                .map(c -> new LogoFile.Logo(c.logo(), c.logoMimeType()));
    }

    /**
     * Reads the chosen file and stores it as the letterhead's logo. A missing, too large, unreadable or corrupt
     * file is refused ({@link LogoFile}, field "logo") and the logo stored before stays.
     */
    public LogoFile.Logo saveLogo(Path file) {
        LogoFile.Logo logo = LogoFile.read(file);
        companies.saveLogo(logo.bytes(), logo.mimeType());
        return logo;
    }

    /** Letters are printed without a logo from now on. */
    public void removeLogo() {
        companies.saveLogo(null, null);
    }

    /** The company as the letters print it (for a letter composed elsewhere). */
    public Company company() {
        return companies.find().orElse(Company.empty());
    }

    static String format(EnvelopeLayout layout) {
        return String.format(Locale.ROOT, "%s;%s;%s;%s", number(layout.windowLeftMm()), number(layout.windowTopMm()),
                number(layout.windowWidthMm()), number(layout.windowHeightMm()));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    static Optional<EnvelopeLayout> parse(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(";");
        if (parts.length != 4) {
            LOG.warn("Envelope setting '{}' ignored: the DL defaults apply", stored);
            return Optional.empty();
        }
        try {
            EnvelopeLayout layout = new EnvelopeLayout(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]));
            List<FieldProblem> problems = new ArrayList<>(layout.validate());
            if (!problems.isEmpty()) {
                LOG.warn("Envelope setting '{}' is out of range ({}): the DL defaults apply", stored, problems);
                return Optional.empty();
            }
            return Optional.of(layout);
        } catch (NumberFormatException e) {
            LOG.warn("Envelope setting '{}' ignored: the DL defaults apply", stored);
            return Optional.empty();
        }
    }
}
