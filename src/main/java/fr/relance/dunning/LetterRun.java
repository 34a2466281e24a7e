package fr.relance.dunning;

import fr.relance.documents.DepositList;
import fr.relance.documents.EnvelopeLayout;
import fr.relance.documents.LetterArchive;
import fr.relance.documents.LetterBatchWriter;
import fr.relance.documents.LetterComposer;
import fr.relance.documents.LetterComposer.ComposedLetter;
import fr.relance.documents.LetterProblem;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.dunning.DunningAction;
import fr.relance.domain.dunning.WorklistItem;
import fr.relance.domain.letters.LetterChannel;
import fr.relance.domain.letters.LetterContent;
import fr.relance.domain.letters.LetterKind;
import fr.relance.domain.letters.SentLetter;
import fr.relance.domain.letters.TemplateCodes;
import fr.relance.domain.registered.TrackingNumber;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * The day's letters from the worklist: the letter lines (reminder letters, formal notices, and any step whose
 * template writes a letter) are composed and checked ({@link #review}); the printable ones go into one print-ready
 * PDF, each letter on an odd page, with the deposit list of the registered ones beside it ({@link #generate});
 * once the controller confirms they left, each is kept as evidence and its worklist line recorded as done, one
 * transaction per letter ({@link #markSent}). Nothing is recorded as sent by generating the file.
 */
public final class LetterRun {

    /** The chosen file's folder does not exist or does not accept writing: the field is the folder. */
    public static final String FOLDER_NOT_WRITABLE = "letters.batch.folderNotWritable";
    /** Every reviewed letter has a blocking problem: nothing to print. */
    public static final String NOTHING_PRINTABLE = "letter.batch.empty";

    /** How far the work is, and whether the controller stopped it. */
    public interface Progress extends LetterBatchWriter.Progress {
        Progress NONE = new Progress() {
            @Override
            public void advanced(int done, int total) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    /**
     * One reviewed line: the letter composed, or why it could not be ({@code refusal}), and what the renderer found
     * wrong with it. A line is printed only when it has a letter and no blocking problem.
     */
    public record Line(WorklistItem item, LetterKind kind, LetterChannel channel, ComposedLetter letter,
                       List<LetterProblem> problems, RuntimeException refusal) {

        public Line {
            problems = List.copyOf(problems);
        }

        public boolean printable() {
            return letter != null && problems.stream().noneMatch(LetterProblem::blocking);
        }

        public List<LetterProblem> blocking() {
            return problems.stream().filter(LetterProblem::blocking).toList();
        }

        public List<LetterProblem> warnings() {
            return problems.stream().filter(p -> !p.blocking()).toList();
        }
    }

    /** The files written: the letters, and the deposit list when some letters are registered (else null). */
    public record Batch(Path letters, Path depositList, int letterCount, int pages, int blankPages,
                        int registeredCount) {
    }

    /**
     * What {@link #markSent} recorded: the letters kept, in order; the line that failed and why (null when none
     * did); the lines not attempted after it or after a cancellation.
     */
    public record Recorded(List<SentLetter> sent, Line failed, RuntimeException failure, List<Line> notRecorded) {
    }

    private final WorklistService worklist;
    private final LetterComposer composer;
    private final LetterArchive archive;
    private final Supplier<EnvelopeLayout> envelope;

    public LetterRun(WorklistService worklist, LetterComposer composer, LetterArchive archive,
                     Supplier<EnvelopeLayout> envelope) {
        this.worklist = worklist;
        this.composer = composer;
        this.archive = archive;
        this.envelope = envelope;
    }

    /** The letter a worklist line writes; empty for a line that writes none (a call, an e-mail, a warning). */
    public static Optional<LetterKind> letterKind(WorklistItem item) {
        if (!item.isExecutable() || item.action() == DunningAction.EMAIL_REMINDER) {
            return Optional.empty();
        }
        Optional<LetterKind> fromTemplate = TemplateCodes.ofStepCode(item.templateCode())
                .map(TemplateCodes.StepLetter::kind);
        if (fromTemplate.isPresent()) {
            return fromTemplate;
        }
        return switch (item.action()) {
            case REMINDER_LETTER -> Optional.of(LetterKind.SECOND_REMINDER);
            case FORMAL_NOTICE -> Optional.of(LetterKind.FORMAL_NOTICE);
            default -> Optional.empty();
        };
    }

    /** The worklist's letter lines on {@code asOf}. */
    public List<WorklistItem> letterLines(LocalDate asOf) {
        return worklist.worklist(asOf).stream().filter(item -> letterKind(item).isPresent()).toList();
    }

    /**
     * Composes and checks each line's letter dated {@code asOf}. A line the composer refuses (no address, a rate
     * missing, nothing due) comes back with the refusal; nothing is written.
     *
     * @throws CancellationException when the progress says so
     */
    public List<Line> review(List<WorklistItem> items, LocalDate asOf, Progress progress) {
        List<Line> lines = new ArrayList<>();
        int done = 0;
        for (WorklistItem item : items) {
            if (progress.isCancelled()) {
                throw new CancellationException("Review cancelled");
            }
            lines.add(review(item, asOf));
            progress.advanced(++done, items.size());
        }
        return lines;
    }

    private Line review(WorklistItem item, LocalDate asOf) {
        LetterKind kind = letterKind(item).orElseThrow(() -> new IllegalArgumentException("No letter for " + item));
        LetterChannel channel = LetterChannel.defaultFor(kind);
        try {
            ComposedLetter letter = composer.compose(LetterComposer.Request.of(item.debtorId(), asOf, kind));
            return new Line(item, kind, channel, letter, archive.check(letter), null);
        } catch (RuntimeException e) {
            if (e instanceof InvalidInputException || e instanceof fr.relance.domain.MissingRateException) {
                return new Line(item, kind, channel, null, List.of(), e);
            }
            throw e;
        }
    }

    /** {@code lettres.pdf} → {@code lettres-depot.pdf}, beside it. */
    public static Path depositListOf(Path letters) {
        String name = letters.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
        return letters.resolveSibling(base + "-depot.pdf");
    }

    /**
     * Writes the printable lines' letters into {@code target}, each starting on an odd page, and the deposit list of
     * the registered ones beside it. Checked before anything is written: the folder must accept the files, and one
     * letter at least must be printable. A cancellation or a failure leaves no file (the previous ones intact).
     *
     * @param language the language of the deposit list (the controller's)
     * @throws InvalidInputException  {@link #FOLDER_NOT_WRITABLE} (field: the folder), {@link #NOTHING_PRINTABLE}
     * @throws CancellationException  when the progress says so
     */
    public Batch generate(List<Line> lines, Path target, Locale language, Progress progress) {
        return generate(lines, Map.of(), target, language, progress);
    }

    /**
     * {@link #generate(List, Path, Locale, Progress)} with the tracking numbers known for registered letters (the
     * labels stuck on the envelopes): the deposit list prints each beside its letter, the others stay blank for the
     * clerk to fill in.
     */
    public Batch generate(List<Line> lines, Map<Line, TrackingNumber> tracking, Path target, Locale language,
                          Progress progress) {
        Path file = target.toAbsolutePath();
        refuseUnlessWritable(file.getParent());
        List<Line> printable = lines.stream().filter(Line::printable).toList();
        if (printable.isEmpty()) {
            throw new InvalidInputException("letters", NOTHING_PRINTABLE);
        }
        List<Line> registered = printable.stream().filter(l -> l.channel() == LetterChannel.REGISTERED).toList();
        byte[] depositList = registered.isEmpty() ? null : depositList(registered, tracking, language);
        Iterator<LetterContent> contents = printable.stream().map(l -> l.letter().content()).iterator();
        LetterBatchWriter.Summary summary = new LetterBatchWriter(envelope.get())
                .write(contents, printable.size(), file, progress);
        Path depositFile = null;
        if (depositList != null) {
            depositFile = depositListOf(file);
            try {
                fr.relance.exports.SafeFile.write(depositFile, out -> out.write(depositList));
            } catch (RuntimeException e) {
                // The two files go together: no batch without its deposit list.
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the original failure is the one to report
                }
                throw e;
            }
        }
        return new Batch(file, depositFile, summary.letters(), summary.pages(), summary.blankPages(),
                registered.size());
    }

    private static byte[] depositList(List<Line> registered, Map<Line, TrackingNumber> tracking, Locale language) {
        LetterContent first = registered.get(0).letter().content();
        List<DepositList.Entry> entries = new ArrayList<>();
        for (Line line : registered) {
            LetterContent c = line.letter().content();
            TrackingNumber number = tracking.get(line);
            entries.add(new DepositList.Entry(c.recipient().isEmpty() ? "" : c.recipient().get(0),
                    c.recipient().size() <= 1 ? List.of() : c.recipient().subList(1, c.recipient().size()),
                    c.reference(), number == null ? null : number.display()));
        }
        return new DepositList().render(first.sender(), first.date(), entries, language);
    }

    private static void refuseUnlessWritable(Path folder) {
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw new InvalidInputException(List.of(new FieldProblem(String.valueOf(folder), FOLDER_NOT_WRITABLE)));
        }
        // isWritable answers from the permissions; a read-only mount or an ACL is found by trying.
        try {
            Files.deleteIfExists(Files.createTempFile(folder, ".relance-write-test", ".tmp"));
        } catch (IOException | SecurityException e) {
            throw new InvalidInputException(List.of(new FieldProblem(String.valueOf(folder), FOLDER_NOT_WRITABLE)));
        }
    }

    /**
     * Keeps each printable line's letter as evidence (the exact PDF, its SHA-256, its event) and records its
     * worklist line as done on {@code asOf}: one transaction per letter. The letter stored is the one reviewed
     * (what was printed), rendered alone. Stops at the first failure: the letters before it stay recorded, the
     * failure names the line; a cancellation stops between two letters.
     */
    public Recorded markSent(List<Line> lines, LocalDate asOf, String author, Progress progress) {
        return markSent(lines, Map.of(), asOf, author, progress);
    }

    /**
     * {@link #markSent(List, LocalDate, String, Progress)} where a registered letter whose tracking number was
     * entered is recorded as posted on {@code asOf} with that number, in the letter's own transaction: the case
     * file's tracking tab and the worklist follow it from there without typing the number again.
     */
    public Recorded markSent(List<Line> lines, Map<Line, TrackingNumber> tracking, LocalDate asOf, String author,
                             Progress progress) {
        List<Line> printable = lines.stream().filter(Line::printable).toList();
        List<SentLetter> sent = new ArrayList<>();
        for (int i = 0; i < printable.size(); i++) {
            Line line = printable.get(i);
            if (progress.isCancelled()) {
                return new Recorded(sent, null, null, printable.subList(i, printable.size()));
            }
            try {
                TrackingNumber number = line.channel() == LetterChannel.REGISTERED ? tracking.get(line) : null;
                sent.add(archive.issue(line.letter(), line.channel(), asOf, author,
                        WorklistService.execution(line.item(), asOf, author), number));
            } catch (RuntimeException e) {
                return new Recorded(sent, line, e, printable.subList(i + 1, printable.size()));
            }
            progress.advanced(i + 1, printable.size());
        }
        return new Recorded(sent, null, null, List.of());
    }
}
