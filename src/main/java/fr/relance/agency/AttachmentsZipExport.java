package fr.relance.agency;

import fr.relance.domain.InvoiceKind;
import fr.relance.domain.OpenItem;
import fr.relance.domain.dossier.ChecklistItem;
import fr.relance.domain.dossier.DossierChecklist;
import fr.relance.domain.documents.StoredDocument;
import fr.relance.exports.SafeFile;
import fr.relance.store.DebtorRepository;
import fr.relance.store.DocumentRepository;
import fr.relance.store.ReceivablesRepository;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A dossier as a ZIP: a cover sheet (the claimed invoices with their balance and the checklist) and every document
 * of the debtor that counts (not withdrawn), under their names. It stands until the dossier PDF exporter is wired
 * in its place through {@link DossierExport}.
 */
public final class AttachmentsZipExport implements DossierExport {

    private final DebtorRepository debtors;
    private final ReceivablesRepository receivables;
    private final DocumentRepository documents;
    private final Messages messages;
    private final Formats formats;

    public AttachmentsZipExport(DebtorRepository debtors, ReceivablesRepository receivables,
                                DocumentRepository documents, Messages messages, Formats formats) {
        this.debtors = debtors;
        this.receivables = receivables;
        this.documents = documents;
        this.messages = messages;
        this.formats = formats;
    }

    @Override
    public String extension() {
        return "zip";
    }

    @Override
    public ExportedDossier export(long debtorId, LocalDate asOf, DossierChecklist checklist, Path target) {
        MessageDigest sha256 = sha256();
        List<StoredDocument> kept = documents.ofDebtor(debtorId).stream().filter(d -> !d.withdrawn()).toList();
        String cover = cover(debtorId, asOf, checklist);
        SafeFile.write(target, out -> {
            DigestOutputStream digest = new DigestOutputStream(out, sha256);
            ZipOutputStream zip = new ZipOutputStream(digest, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry(messages.get("dossier.zip.cover")));
            zip.write(cover.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (StoredDocument document : kept) {
                zip.putNextEntry(new ZipEntry(String.format("%03d-%s-%s", document.id(), document.kind().name(),
                        document.fileName().replace('/', '_').replace('\\', '_'))));
                documents.read(document.id(), in -> in.transferTo(new NonClosing(zip)));
                zip.closeEntry();
            }
            zip.finish();
            digest.flush();
        });
        try {
            return new ExportedDossier(target, Files.size(target), HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String cover(long debtorId, LocalDate asOf, DossierChecklist checklist) {
        StringBuilder text = new StringBuilder();
        debtors.find(debtorId).ifPresent(debtor -> {
            text.append(messages.get("dossier.zip.title", debtor.name(), formats.date(asOf))).append('\n');
            text.append(String.join("\n", debtor.address().lines())).append('\n');
            if (debtor.siren() != null) {
                text.append("SIREN ").append(debtor.siren()).append('\n');
            }
        });
        text.append('\n').append(messages.get("dossier.zip.invoices")).append('\n');
        for (OpenItem item : receivables.openItemsOf(debtorId, asOf)) {
            if (item.kind() == InvoiceKind.INVOICE && item.balance().signum() > 0) {
                text.append(messages.get("dossier.zip.invoice", item.number(), formats.date(item.issueDate()),
                        formats.date(item.dueDate()), formats.money(item.amount()), formats.money(item.balance())))
                        .append('\n');
            }
        }
        text.append('\n').append(messages.get("dossier.zip.checklist")).append('\n');
        for (ChecklistItem item : checklist.items()) {
            String label = item.item().custom() ? item.item().label()
                    : messages.get("dossier.item." + item.item().code().name());
            text.append("[").append(item.present() ? "x" : " ").append("] ").append(label)
                    .append(item.required() ? " *" : "").append('\n');
        }
        return text.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lets a document's bytes go into the ZIP entry without closing the ZIP. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
