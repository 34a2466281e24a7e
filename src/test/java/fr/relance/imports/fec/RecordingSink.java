package fr.relance.imports.fec;

import fr.relance.domain.LedgerEntry;
import fr.relance.domain.RejectedLine;
import fr.relance.imports.ImportSink;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader sends; can ask to cancel after a number of progress or acceptance calls. */
final class RecordingSink implements ImportSink {

    final List<LedgerEntry> entries = new ArrayList<>();
    final List<RejectedLine> rejected = new ArrayList<>();
    final List<long[]> progress = new ArrayList<>();
    int cancelAfterPolls = Integer.MAX_VALUE;
    int polls;
    boolean keepEntries = true;
    long accepted;

    @Override
    public void accept(LedgerEntry entry) {
        accepted++;
        if (keepEntries) {
            entries.add(entry);
        }
    }

    @Override
    public void reject(RejectedLine line) {
        rejected.add(line);
    }

    @Override
    public void progress(long bytesRead, long totalBytes) {
        progress.add(new long[] {bytesRead, totalBytes});
    }

    @Override
    public boolean isCancelled() {
        return ++polls > cancelAfterPolls;
    }
}
