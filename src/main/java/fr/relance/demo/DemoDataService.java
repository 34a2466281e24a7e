package fr.relance.demo;

import fr.relance.store.LedgerWriter;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;

/**
 * Loads the demonstration ledger into an empty data file: generated (about a fifth of the progress), then
 * written in one transaction (the rest). Cancelling at any point leaves the file as it was.
 */
public final class DemoDataService {

    /** Fixed so every demo shows the same ledger for the same day. */
    public static final long SEED = 20_261_123L;
    public static final DemoSize DEFAULT_SIZE = DemoSize.DEFAULT;

    private static final double GENERATION_SHARE = 0.2;

    private final LedgerWriter writer;
    private final DemoLedgerGenerator generator = new DemoLedgerGenerator();

    public DemoDataService(LedgerWriter writer) {
        this.writer = writer;
    }

    /**
     * @throws IllegalStateException when the data file already holds a ledger
     * @throws java.util.concurrent.CancellationException when cancelled; nothing is written then
     */
    public DemoLedger load(DemoSize size, LocalDate asOf, DemoProgress progress, BooleanSupplier cancelled) {
        long scale = 1_000_000L;
        DemoLedger ledger = generator.generate(size, asOf, SEED,
                (done, total) -> progress.advanced(Math.round(GENERATION_SHARE * scale * done / total), scale),
                cancelled);
        writer.writeIntoEmptyFile(new LedgerWriter.Ledger(ledger.company(), ledger.debtors(), ledger.contacts(),
                        ledger.invoices(), ledger.payments(), ledger.allocations()),
                (done, total) -> progress.advanced(
                        Math.round(scale * (GENERATION_SHARE + (1 - GENERATION_SHARE) * done / total)), scale),
                cancelled);
        return ledger;
    }
}
