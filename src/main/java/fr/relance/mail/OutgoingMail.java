package fr.relance.mail;

/**
 * One e-mail to send: a text part and one PDF attached.
 *
 * @param toName shown beside the address, may be null
 */
public record OutgoingMail(String to, String toName, String subject, String text, String attachmentName,
                           byte[] attachment) {
}
