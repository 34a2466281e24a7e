package fr.relance.mail;

import fr.relance.documents.AttachmentService;
import fr.relance.documents.InspectedFile;
import fr.relance.domain.registered.RegisteredLetter;
import fr.relance.domain.registered.ReturnReason;
import fr.relance.store.DocumentRepository;
import fr.relance.store.RegisteredMailRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What the controller records of registered letters: posting, delivery or return, and the scanned receipt, whose
 * file is checked like any attachment (real type, readable, size) before a byte is written. Runs off the JavaFX
 * thread; each call is one transaction.
 */
public final class RegisteredMailService {

    private final RegisteredMailRepository registered;
    private final AttachmentService attachments;
    private final String author;

    public RegisteredMailService(RegisteredMailRepository registered, AttachmentService attachments, String author) {
        this.registered = registered;
        this.attachments = attachments;
        this.author = author;
    }

    public List<RegisteredLetter> ofDebtor(long debtorId) {
        return registered.ofDebtor(debtorId);
    }

    /** Every registered letter still waiting for something, oldest first (the worklist's hint). */
    public List<RegisteredLetter> awaiting() {
        return registered.awaiting();
    }

    public RegisteredLetter recordPosting(long letterId, String trackingNumber, LocalDate postedOn, LocalDate asOf) {
        return registered.recordPosting(letterId, trackingNumber, postedOn, asOf, author);
    }

    public RegisteredLetter recordDelivery(long letterId, LocalDate deliveredOn, LocalDate firstPresentedOn,
                                           LocalDate asOf) {
        return registered.recordDelivery(letterId, deliveredOn, firstPresentedOn, asOf, author);
    }

    public RegisteredLetter recordReturn(long letterId, LocalDate returnedOn, ReturnReason reason,
                                         LocalDate firstPresentedOn, LocalDate asOf) {
        return registered.recordReturn(letterId, returnedOn, reason, firstPresentedOn, asOf, author);
    }

    /**
     * Checks the scan, then stores it as the letter's receipt.
     *
     * @throws fr.relance.documents.AttachmentRefusedException when the file cannot be attached
     */
    public RegisteredLetter attachReceipt(long letterId, Path scan, LocalDate receiptDate, LocalDate asOf) {
        InspectedFile inspected = attachments.inspect(scan);
        DocumentRepository.Content content = new DocumentRepository.Content(inspected.fileName(),
                inspected.type().mediaType(), inspected.size(), () -> Files.newInputStream(inspected.path()));
        return registered.attachReceipt(letterId, content, receiptDate, null, asOf, author, (done, total) -> { },
                () -> false);
    }
}
