package fr.relance.domain.letters;

import java.util.ArrayList;
import java.util.List;

/**
 * The controller's edits of one letter: the subject, the reference and the text of the body's paragraphs replace
 * the merged ones, for this letter only (the template is never touched). Tables stay where the template put them
 * and keep the data they were made from.
 */
public final class LetterEdits {

    private LetterEdits() {
    }

    /** The merged paragraphs of a letter's body, in reading order. */
    public static List<String> paragraphs(LetterContent letter) {
        List<String> texts = new ArrayList<>();
        for (LetterBlock block : letter.body()) {
            if (block instanceof LetterBlock.Paragraph paragraph) {
                texts.add(paragraph.text());
            }
        }
        return texts;
    }

    /**
     * The letter with the edited texts.
     *
     * @param paragraphs one text per paragraph of {@code letter}'s body, in order; a paragraph left blank is dropped
     * @throws IllegalArgumentException when the number of paragraphs is not the letter's
     */
    public static LetterContent apply(LetterContent letter, String subject, String reference, List<String> paragraphs) {
        List<LetterBlock> body = new ArrayList<>();
        int next = 0;
        for (LetterBlock block : letter.body()) {
            if (block instanceof LetterBlock.Paragraph) {
                if (next >= paragraphs.size()) {
                    throw new IllegalArgumentException("Fewer edited paragraphs than the letter has");
                }
                String text = paragraphs.get(next++);
                if (text != null && !text.isBlank()) {
                    body.add(new LetterBlock.Paragraph(text.replace("\r\n", "\n").strip()));
                }
            } else {
                body.add(block);
            }
        }
        if (next != paragraphs.size()) {
            throw new IllegalArgumentException("More edited paragraphs than the letter has");
        }
        return new LetterContent(letter.kind(), letter.language(), letter.sender(), letter.recipient(),
                letter.place(), letter.date(), subject == null ? "" : subject.strip(),
                reference == null ? "" : reference.strip(), letter.registered(), body, letter.invoices(),
                letter.penalties(), letter.instalments(), letter.paymentDeadline(), letter.legalMentions());
    }
}
