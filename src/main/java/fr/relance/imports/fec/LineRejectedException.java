package fr.relance.imports.fec;

import fr.relance.domain.RejectedLine;

/** Carries why one line cannot be taken; the reader reports it to the sink and goes on with the next line. */
final class LineRejectedException extends RuntimeException {

    private final transient RejectedLine rejection;

    LineRejectedException(RejectedLine rejection) {
        // No stack trace: this is an expected outcome, possibly thousands of times in a bad file.
        super(rejection.reasonKey(), null, false, false);
        this.rejection = rejection;
    }

    RejectedLine rejection() {
        return rejection;
    }
}
