package fr.relance.demo;

/** Told how far a demo generation has gone, so a long one can show a progress bar. */
@FunctionalInterface
public interface DemoProgress {

    DemoProgress NONE = (done, total) -> {
    };

    /** @param done rows of the invoice table generated so far, out of {@code total} */
    void advanced(long done, long total);
}
