package fr.relance.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.documents.StoredDocument;
import fr.relance.domain.privacy.DebtorData;
import fr.relance.domain.privacy.PurgeCandidate;
import fr.relance.domain.privacy.PurgeResult;
import fr.relance.domain.privacy.RetentionPeriod;
import fr.relance.exports.SafeFile;
import fr.relance.store.AppSettingsRepository;
import fr.relance.store.Database;
import fr.relance.store.DebtorDataRepository;
import fr.relance.store.DocumentRepository;
import fr.relance.store.PurgeRepository;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Personal data (GDPR, CNIL framework on unpaid debts): export everything held about one debtor, and purge the
 * debtors whose cases closed longer ago than the retention period set in Paramètres.
 */
public final class PersonalDataService {

    /** The app_setting holding the retention period, in years. */
    public static final String RETENTION_SETTING = "privacy.retentionYears";
    public static final String JSON_ENTRY = "donnees-debiteur.json";
    public static final String DOCUMENTS_FOLDER = "documents/";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final AppSettingsRepository settings;
    private final PurgeRepository purges;
    private final DebtorDataRepository data;
    private final DocumentRepository documents;

    public PersonalDataService(Database database) {
        this.settings = new AppSettingsRepository(database);
        this.purges = new PurgeRepository(database);
        this.data = new DebtorDataRepository(database);
        this.documents = new DocumentRepository(database);
    }

    /** The debtor with this account code, or this id. */
    public java.util.Optional<Long> debtorIdOf(String accountCodeOrId) {
        return data.debtorIdOf(accountCodeOrId);
    }

    public RetentionPeriod retention() {
        return settings.get(RETENTION_SETTING).map(text -> {
            try {
                return RetentionPeriod.parse(text);
            } catch (InvalidInputException e) {
                return RetentionPeriod.DEFAULT;
            }
        }).orElse(RetentionPeriod.DEFAULT);
    }

    /**
     * @throws InvalidInputException when the text is not a whole number of years in the allowed range; nothing saved
     */
    public RetentionPeriod saveRetention(String years) {
        RetentionPeriod retention = RetentionPeriod.parse(years);
        settings.put(RETENTION_SETTING, Integer.toString(retention.years()));
        return retention;
    }

    public List<PurgeCandidate> purgeCandidates(java.time.LocalDate asOf) {
        return purges.candidates(retention(), asOf);
    }

    /** Deletes the listed debtors' data in one transaction and logs it (see {@link PurgeRepository#purge}). */
    public PurgeResult purge(Set<Long> debtorIds, java.time.LocalDate asOf, String author) {
        return purges.purge(debtorIds, retention(), asOf, author);
    }

    public List<PurgeResult> purgeLog() {
        return purges.log();
    }

    /**
     * Writes a ZIP with one JSON of everything held about the debtor and the original file of each stored document
     * (each checked against its SHA-256 first). The ZIP appears whole under {@code target} or not at all.
     *
     * @return what was exported
     * @throws IllegalArgumentException                   when there is no such debtor
     * @throws fr.relance.store.DocumentTamperedException when a stored document no longer matches its fingerprint
     */
    public DebtorData exportDebtor(long debtorId, Path target, Instant now) {
        DebtorData debtor = data.read(debtorId);
        List<Map<String, Object>> files = new ArrayList<>();
        List<StoredDocument> stored = new ArrayList<>();
        for (long id : debtor.documentIds()) {
            StoredDocument document = documents.find(id).orElseThrow();
            stored.add(document);
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("document_id", id);
            file.put("file", DOCUMENTS_FOLDER + entryName(document));
            file.put("sha256", document.sha256());
            file.put("withdrawn", document.withdrawn());
            files.add(file);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", "relance-debtor-data");
        json.put("version", 1);
        json.put("exported_at", now.toString());
        json.put("debtor_id", debtor.debtorId());
        json.put("account_code", debtor.accountCode());
        json.put("name", debtor.name());
        json.put("tables", debtor.tables());
        json.put("documents", files);
        SafeFile.write(target, out -> writeZip(out, json, stored));
        return debtor;
    }

    private void writeZip(OutputStream out, Map<String, Object> json, List<StoredDocument> stored)
            throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(JSON_ENTRY));
            zip.write(JSON.writeValueAsBytes(json));
            zip.closeEntry();
            for (StoredDocument document : stored) {
                zip.putNextEntry(new ZipEntry(DOCUMENTS_FOLDER + entryName(document)));
                documents.read(document.id(), in -> in.transferTo(zip));
                zip.closeEntry();
            }
        }
    }

    /** "12-facture FA-1.pdf": the id keeps two files of the same name apart. */
    static String entryName(StoredDocument document) {
        return document.id() + "-" + document.fileName().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }
}
