package fr.relance.crash;

import java.util.Locale;

/**
 * Where a child JVM stops to be killed: at the first progress report at or past a fraction of the work
 * ({@code "0.5"}), at a named moment ({@code "@aside"}), or once the operation returned ({@code "done"}). There it
 * prints {@code KILLPOINT <where>} on its output and waits forever: the operation is frozen exactly there when the
 * parent's SIGKILL comes, which makes the kill deterministic.
 */
public final class KillPoint {

    static final String MARKER = "KILLPOINT ";
    static final String DONE = "done";

    private final String at;
    private final double fraction;
    /** Run once at the kill point, before it is announced (the child flushes the data file there when asked). */
    private Runnable settle = () -> { };

    KillPoint(String at) {
        this.at = at;
        double parsed;
        try {
            parsed = Double.parseDouble(at);
        } catch (NumberFormatException e) {
            parsed = Double.NaN;
        }
        this.fraction = parsed;
    }

    /** What to do at the kill point before announcing it: the parent kills the child as soon as it reads that. */
    void settleWith(Runnable settle) {
        this.settle = settle;
    }

    /** Progress of the operation: stops here the first time {@code done/total} reaches the fraction asked. */
    public void progress(long done, long total) {
        if (!Double.isNaN(fraction) && total > 0 && done >= fraction * total) {
            stop(String.format(Locale.ROOT, "%d/%d", done, total));
        }
    }

    /** A named moment of the operation: stops here when the test asked for {@code "@" + moment}. */
    public void reached(String moment) {
        if (at.equals("@" + moment)) {
            stop(moment);
        }
    }

    /** After the operation returned: stops here for {@code "done"} (a kill right after a completed action). */
    void finished() {
        if (at.equals(DONE)) {
            stop(DONE);
        }
    }

    private void stop(String where) {
        settle.run();
        System.out.println(MARKER + where);
        System.out.flush();
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // keep waiting for the kill
            }
        }
    }
}
