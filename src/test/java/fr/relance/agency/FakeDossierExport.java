package fr.relance.agency;

import fr.relance.domain.agency.CollectionAgency;
import fr.relance.domain.dossier.DossierChecklist;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/** Writes real bytes (the debtor, the date and the checklist's gauge) and hashes them, as an exporter would. */
public final class FakeDossierExport implements DossierExport {

    /** Runs inside {@link #export}, after the file is written: lets a test do something in between. */
    public Runnable whileExporting = () -> { };
    public int exports;
    /** Thrown instead of writing, as an exporter meeting a full disk does (it leaves no file). */
    public RuntimeException failure;

    @Override
    public ExportedDossier export(long debtorId, CollectionAgency agency, LocalDate asOf, DossierChecklist checklist,
                                  Path target, Steps steps) {
        steps.advanced(0, 2);
        if (steps.isCancelled()) {
            throw new java.util.concurrent.CancellationException("Dossier cancelled");
        }
        if (failure != null) {
            throw failure;
        }
        byte[] bytes = ("Dossier " + debtorId + " " + asOf + " " + checklist.gauge()).getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(target, bytes);
            exports++;
            whileExporting.run();
            return new ExportedDossier(target, bytes.length,
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String extension() {
        return "pdf";
    }

    public static String sha256Of(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
