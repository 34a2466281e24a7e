package fr.relance.documents;

import fr.relance.domain.AgingRow;
import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.OpenItem;
import fr.relance.domain.dunning.CaseMeasures;
import fr.relance.domain.dunning.Hold;
import fr.relance.domain.letters.LetterChannel;
import fr.relance.domain.letters.LetterContent;
import fr.relance.domain.letters.LetterSituation;
import fr.relance.domain.letters.LetterWarning;
import fr.relance.domain.letters.LetterWarnings;
import fr.relance.domain.letters.SentLetter;
import fr.relance.store.CaseMeasuresRepository;
import fr.relance.store.Database;
import fr.relance.store.DebtorRepository;
import fr.relance.store.LetterRepository;
import fr.relance.store.ReceivablesRepository;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The letter composer's service (Courriers): the debtors one may write to, a draft composed from the template with
 * what the case says about the debtor, the checks before printing (the page, {@link LetterPdfRenderer#check}, and
 * the case, {@link LetterWarnings}), the preview and the PDF written to a file. The renderer is the one of
 * {@link LetterSettings}, so the preview shows the saved envelope window and logo.
 */
public final class LetterDrafts {

    /** A debtor with something to claim, as the composer's list shows it. */
    public record DebtorChoice(long id, String name, DebtorKind kind, BigDecimal balance, long oldestDaysPastDue) {
    }

    /**
     * A composed letter with what the case says about its debtor.
     *
     * @param variant the kind of debtor whose template was used
     */
    public record Draft(LetterComposer.ComposedLetter composed, Debtor debtor, DebtorKind variant,
                        LetterSituation situation) {

        public LetterContent content() {
            return composed.content();
        }
    }

    /** The checks of a letter as edited: the page's problems, then the case's warnings. */
    public record Checks(List<LetterProblem> problems, List<LetterWarning> warnings) {

        public Checks {
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }

        public boolean blocking() {
            return problems.stream().anyMatch(LetterProblem::blocking)
                    || warnings.stream().anyMatch(LetterWarning::blocking);
        }
    }

    /** A letter the case keeps from going out (insolvency, a hold, fees charged to a consumer). */
    public static final class CaseRefusedException extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient List<LetterWarning> warnings;

        public CaseRefusedException(List<LetterWarning> warnings) {
            super("Letter refused: " + warnings.stream().map(w -> w.code().name()).toList());
            this.warnings = List.copyOf(warnings);
        }

        public List<LetterWarning> warnings() {
            return warnings;
        }
    }

    private final LetterComposer composer;
    private final LetterSettings settings;
    private final LetterArchive archive;
    private final DebtorRepository debtors;
    private final ReceivablesRepository receivables;
    private final CaseMeasuresRepository measures;

    /** Letters marked as sent are kept in a {@link LetterArchive} over the same data file and envelope. */
    public LetterDrafts(Database database, LetterSettings settings) {
        this(database, settings, new LetterArchive(new LetterRepository(database), settings::envelope));
    }

    public LetterDrafts(Database database, LetterSettings settings, LetterArchive archive) {
        this.composer = new LetterComposer(database);
        this.settings = settings;
        this.archive = archive;
        this.debtors = new DebtorRepository(database);
        this.receivables = new ReceivablesRepository(database);
        this.measures = new CaseMeasuresRepository(database);
    }

    /** Debtors owing money on the date (one line per debtor, euros first), by name. */
    public List<DebtorChoice> debtorsOwing(LocalDate asOf) {
        return receivables.agingAsOf(asOf).rows().stream()
                .filter(row -> row.total().signum() > 0)
                .collect(Collectors.toMap(AgingRow::debtorId, row -> row, (a, b) -> "EUR".equals(a.currency()) ? a : b,
                        java.util.LinkedHashMap::new))
                .values().stream()
                .map(row -> new DebtorChoice(row.debtorId(), row.debtorName(), row.debtorKind(), row.total(),
                        row.oldestDaysPastDue()))
                .sorted(Comparator.comparing(DebtorChoice::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Composes the letter and reads the debtor's situation on its date.
     *
     * @throws fr.relance.domain.InvalidInputException        what keeps the letter from being composed
     * @throws fr.relance.domain.MissingRateException naming the half-year whose rate is missing
     */
    public Draft draft(LetterComposer.Request request, LetterComposer.Overrides overrides) {
        Debtor debtor = debtors.find(request.debtorId())
                .orElseThrow(() -> new IllegalArgumentException("No debtor " + request.debtorId()));
        LetterSituation situation = situation(debtor, request.date());
        LetterComposer.ComposedLetter composed = composer.compose(request, overrides);
        DebtorKind variant = overrides.variant() == null ? debtor.kind() : overrides.variant();
        return new Draft(composed, debtor, variant, situation);
    }

    /** What the case says about the debtor on the date, without composing (shown even when composing fails). */
    public LetterSituation situation(Debtor debtor, LocalDate date) {
        CaseMeasures case_ = measures.of(debtor.id(), date).orElse(null);
        List<OpenItem> items = receivables.openItemsOf(debtor.id(), date);
        if (case_ == null) {
            return LetterSituation.clear(debtor.kind());
        }
        Hold hold = case_.debtorHold();
        boolean held = hold != null && hold.isActive(date);
        Set<Long> heldIds = case_.invoiceHolds().stream().filter(h -> h.hold().isActive(date))
                .map(CaseMeasures.InvoiceHold::invoiceId).collect(Collectors.toSet());
        List<String> disputed = items.stream()
                .filter(i -> i.kind() == InvoiceKind.INVOICE && i.disputed() && i.balance().signum() > 0)
                .map(OpenItem::number).toList();
        List<String> heldNumbers = items.stream()
                .filter(i -> i.kind() == InvoiceKind.INVOICE && heldIds.contains(i.invoiceId())
                        && i.balance().signum() > 0 && !i.disputed())
                .map(OpenItem::number).toList();
        return new LetterSituation(debtor.kind(),
                case_.insolvency() == null ? null : case_.insolvency().openedOn(),
                held ? hold.until() : null, held ? hold.reason() : null, disputed, heldNumbers);
    }

    /** The page's problems and the case's warnings of the letter as it stands. Cheap: no I/O. */
    public Checks check(Draft draft, LetterContent edited) {
        return new Checks(settings.renderer().check(edited),
                LetterWarnings.of(draft.situation(), draft.variant(), edited));
    }

    /** One page of the letter as edited, rasterised; blocking problems do not stop the preview. */
    public LetterPreview.Page preview(LetterContent edited, int pageIndex, float dpi) {
        return new LetterPreview(settings.renderer()).draft(edited, pageIndex, dpi);
    }

    /**
     * The PDF to print or keep: refused, before anything is drawn or written, when the page or the case has a
     * blocking problem.
     *
     * @throws CaseRefusedException   a blocking case warning
     * @throws LetterRefusedException a blocking problem of the page
     */
    public byte[] pdf(Draft draft, LetterContent edited) {
        refuseIfBlocked(draft, edited);
        return settings.renderer().render(edited);
    }

    /** Writes the PDF to a file in one piece (see {@link LetterPdfRenderer#write}), after the same refusals. */
    public void write(Draft draft, LetterContent edited, Path target) {
        refuseIfBlocked(draft, edited);
        settings.renderer().write(edited, target);
    }

    /**
     * Records the letter as edited as sent on {@code on}: the exact PDF with its SHA-256, the letter row and the
     * timeline event, in one transaction ({@link LetterArchive#issue}), after the same refusals as printing.
     *
     * @throws CaseRefusedException   a blocking case warning; nothing is stored
     * @throws LetterRefusedException a blocking problem of the page; nothing is stored
     */
    public SentLetter markSent(Draft draft, LetterContent edited, LetterChannel channel, LocalDate on,
                               String author) {
        refuseIfBlocked(draft, edited);
        return archive.issue(draft.composed().withContent(edited), channel, on, author);
    }

    private static void refuseIfBlocked(Draft draft, LetterContent edited) {
        List<LetterWarning> blocking = LetterWarnings.of(draft.situation(), draft.variant(), edited).stream()
                .filter(LetterWarning::blocking).toList();
        if (!blocking.isEmpty()) {
            throw new CaseRefusedException(blocking);
        }
    }
}
