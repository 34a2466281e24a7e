package fr.relance.documents;

import fr.relance.domain.Company;
import fr.relance.domain.dunning.Instalment;
import fr.relance.domain.letters.LetterBlock;
import fr.relance.domain.letters.LetterContent;
import fr.relance.domain.letters.LetterInvoiceLine;
import fr.relance.domain.letters.PenaltyStatement;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A fingerprint of everything a letter prints (SHA-256), from which the PDF's document ID is taken: the same
 * letter always gives the same ID, a different one a different ID, with no clock and no random number.
 */
final class LetterDigest {

    private final MessageDigest digest;

    LetterDigest() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The 16-byte document ID of one letter laid out in this envelope layout. */
    static byte[] idOf(LetterContent letter, EnvelopeLayout envelope) {
        return new LetterDigest().add(letter, envelope).id();
    }

    LetterDigest add(LetterContent letter, EnvelopeLayout envelope) {
        put(envelope.toString());
        put(letter.kind() == null ? null : letter.kind().name());
        put(letter.language() == null ? null : letter.language().toLanguageTag());
        putCompany(letter.sender());
        put(letter.recipient().size());
        letter.recipient().forEach(this::put);
        put(letter.place());
        put(letter.date());
        put(letter.subject());
        put(letter.reference());
        put(letter.registered() ? 1 : 0);
        put(letter.body().size());
        for (LetterBlock block : letter.body()) {
            put(block.getClass().getSimpleName());
            if (block instanceof LetterBlock.Paragraph paragraph) {
                put(paragraph.text());
            }
        }
        put(letter.invoices().size());
        for (LetterInvoiceLine line : letter.invoices()) {
            put(line.number());
            put(line.issueDate());
            put(line.dueDate());
            put(line.amount());
            put(line.paid());
            put(line.balance());
        }
        PenaltyStatement penalties = letter.penalties();
        put(penalties == null ? -1 : penalties.lines().size());
        if (penalties != null) {
            for (PenaltyStatement.Line line : penalties.lines()) {
                put(line.invoiceNumber());
                put(line.slice().from());
                put(line.slice().to());
                put((int) line.slice().days());
                put(line.slice().rate());
                put(line.slice().base());
                put(line.slice().amount());
            }
            put(penalties.penalties());
            put(penalties.indemnityCount());
            put(penalties.indemnities());
            put(penalties.principal());
            put(penalties.totalClaimed());
        }
        put(letter.instalments().size());
        for (Instalment instalment : letter.instalments()) {
            put(instalment.dueDate());
            put(instalment.amount());
        }
        put(letter.paymentDeadline());
        put(letter.legalMentions().size());
        letter.legalMentions().forEach(this::put);
        return this;
    }

    /** Adds another digest (a batch is the fingerprint of its letters in order). */
    LetterDigest add(byte[] bytes) {
        put(bytes.length);
        digest.update(bytes);
        return this;
    }

    byte[] id() {
        return Arrays.copyOf(digest.digest(), 16);
    }

    private void putCompany(Company company) {
        if (company == null) {
            put(-1);
            return;
        }
        for (String value : new String[] {company.legalName(), company.legalForm(), company.siren(), company.siret(),
                company.vatNumber(), company.rcsCity(), company.street(), company.addressExtra(), company.postcode(),
                company.city(), company.phone(), company.email(), company.iban(), company.bic(),
                company.signatoryName(), company.signatoryTitle(), company.logoMimeType()}) {
            put(value);
        }
        put(company.shareCapital());
        add(company.logo() == null ? new byte[0] : company.logo());
    }

    private void put(BigDecimal value) {
        put(value == null ? null : value.toPlainString());
    }

    private void put(LocalDate value) {
        put(value == null ? null : value.toString());
    }

    private void put(int value) {
        digest.update(new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
    }

    private void put(String value) {
        if (value == null) {
            put(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        put(bytes.length);
        digest.update(bytes);
    }
}
