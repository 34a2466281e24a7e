package fr.relance.domain.letters;

/** How a letter left: the values of {@code letter.channel}. */
public enum LetterChannel {
    /** Ordinary post. */
    POST,
    /** Registered letter with acknowledgement of receipt (LRAR): formal notices. */
    REGISTERED,
    /** E-mail with the letter as PDF attachment. */
    EMAIL;

    /** The channel a letter of this kind goes by when nothing else is asked: a formal notice is registered. */
    public static LetterChannel defaultFor(LetterKind kind) {
        return kind == LetterKind.FORMAL_NOTICE ? REGISTERED : POST;
    }

    /** The timeline event recording a letter sent this way (case_event.kind). */
    public String eventKind() {
        return this == EMAIL ? fr.relance.domain.CaseEvent.EMAIL_SENT : fr.relance.domain.CaseEvent.LETTER_PRINTED;
    }
}
