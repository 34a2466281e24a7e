package fr.relance.documents;

import java.util.List;

/** What the case file shows of a stored document: a picture, an e-mail's headers and text, or why there is none. */
public sealed interface DocumentPreview {

    /**
     * A rendered PDF page or a decoded image, as ARGB pixels (row by row).
     *
     * @param pageCount the PDF's pages, 0 for an image
     */
    record Picture(int width, int height, int[] argb, int pageCount) implements DocumentPreview {
    }

    /** An e-mail: its headers as written, and its text (the HTML part as text when there is no plain one). */
    /** @param sentAt in the system's time zone, null when the message has no valid Date header */
    record Mail(String from, String to, String cc, java.time.LocalDateTime sentAt, String subject, String body,
                List<String> attachmentNames) implements DocumentPreview {
    }

    /** Nothing to show in the app (an office document): the system viewer opens it. */
    record Unavailable(String reasonKey) implements DocumentPreview {
    }
}
