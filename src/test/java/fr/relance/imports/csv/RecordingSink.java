package fr.relance.imports.csv;

import fr.relance.domain.LedgerEntry;
import fr.relance.domain.RejectedLine;
import fr.relance.imports.RowOutcome;
import fr.relance.imports.SettledSink;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader sends, for small files. */
class RecordingSink implements SettledSink {
    final List<LedgerEntry> entries = new ArrayList<>();
    final List<RejectedLine> rejected = new ArrayList<>();
    final List<RowOutcome.Settled> settled = new ArrayList<>();
    long lastProgress = -1;

    @Override
    public void accept(LedgerEntry entry) {
        entries.add(entry);
    }

    @Override
    public void reject(RejectedLine line) {
        rejected.add(line);
    }

    @Override
    public void settled(RowOutcome.Settled s) {
        settled.add(s);
    }

    @Override
    public void progress(long bytesRead, long totalBytes) {
        lastProgress = bytesRead;
    }
}
