package fr.relance.app;

import fr.relance.agency.AgencyFlowService;
import fr.relance.agency.DossierChecklistService;
import fr.relance.agency.DossierExport;
import fr.relance.demo.DemoDataService;
import fr.relance.ui.dossier.DossierItemsViewModel;
import fr.relance.ui.dossier.DossierViewModel;
import fr.relance.exports.SafeFile;
import fr.relance.documents.PdfScratch;
import fr.relance.documents.AttachmentService;
import fr.relance.documents.DesktopSystemViewer;
import fr.relance.store.AgencyRepository;
import fr.relance.store.DocumentRepository;
import fr.relance.ui.agencies.AgenciesViewModel;
import fr.relance.ui.agencies.CaseAgencyViewModel;
import fr.relance.ui.cases.AttachmentsViewModel;
import fr.relance.ui.cases.DossierExportViewModel;
import fr.relance.documents.DossierExporter;
import fr.relance.imports.ImportService;
import fr.relance.store.AppSettingsRepository;
import fr.relance.store.LedgerImport;
import fr.relance.store.PayerDirectory;
import fr.relance.store.CompanyRepository;
import fr.relance.store.DataFileException;
import fr.relance.store.Database;
import fr.relance.store.DebtorRepository;
import fr.relance.store.DunningPolicyRepository;
import fr.relance.store.LedgerWriter;
import fr.relance.store.RatesRepository;
import fr.relance.store.ReceivablesRepository;
import fr.relance.ui.aging.AgingViewModel;
import fr.relance.ui.cases.CaseFileViewModel;
import fr.relance.ui.cases.PaymentPlanViewModel;
import fr.relance.dunning.PaymentPlanService;
import fr.relance.ui.cases.CaseMeasuresViewModel;
import fr.relance.dunning.CaseMeasuresService;
import fr.relance.ui.cases.TimelineViewModel;
import fr.relance.store.TimelineRepository;
import fr.relance.dunning.CaseHistoryService;
import fr.relance.dunning.WorklistService;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.common.Dialogs;
import fr.relance.ui.imports.ImportWizardViewModel;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.policies.PoliciesViewModel;
import fr.relance.ui.settings.SettingsViewModel;
import fr.relance.ui.templates.TemplatesViewModel;
import fr.relance.store.LetterTemplateRepository;
import fr.relance.documents.LetterComposer;
import fr.relance.ui.shell.MainWindow;
import fr.relance.documents.LetterDrafts;
import fr.relance.documents.LetterSettings;
import fr.relance.documents.SystemLetterPrinter;
import fr.relance.ui.letters.LetterSettingsViewModel;
import fr.relance.ui.letters.LettersViewModel;
import fr.relance.documents.EnvelopeLayout;
import fr.relance.documents.LetterArchive;
import fr.relance.documents.PdfPrinter;
import fr.relance.dunning.LetterRun;
import fr.relance.ui.cases.CaseLettersViewModel;
import fr.relance.ui.worklist.LetterBatchFactory;
import fr.relance.ui.worklist.LetterBatchViewModel;
import fr.relance.store.LetterRepository;
import fr.relance.ui.worklist.WorklistViewModel;
import fr.relance.dunning.WorklistService;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import fr.relance.backup.AutomaticBackups;
import fr.relance.backup.BackupService;
import fr.relance.ui.settings.BackupsViewModel;
import fr.relance.ui.about.AboutFacts;
import fr.relance.ui.about.AboutViewModel;
import java.nio.file.Path;

/** Wiring by constructor injection: the data file, the repositories and services over it. */
public final class AppContext implements AutoCloseable {

    private final DataFolder folder;
    private final Database database;
    private final Clock clock;
    private final BackupService backups;
    private final AutomaticBackups automaticBackups;
    private final CompanyRepository companies;
    private final RatesRepository rates;
    private final DebtorRepository debtors;
    private final ReceivablesRepository receivables;
    private final DemoDataService demo;
    private final ImportService imports;
    private final DocumentRepository documents;
    private final AgencyRepository agencies;
    private final AttachmentService attachments;
    private final LetterSettings letterSettings;
    private final LetterArchive letterArchive;

    private AppContext(DataFolder folder, Database database, Clock clock) {
        this.folder = folder;
        this.database = database;
        this.clock = clock;
        this.backups = new BackupService(database, clock, AppVersion.current());
        this.automaticBackups = new AutomaticBackups(backups);
        this.companies = new CompanyRepository(database);
        this.rates = new RatesRepository(database);
        this.debtors = new DebtorRepository(database);
        this.receivables = new ReceivablesRepository(database);
        this.demo = new DemoDataService(new LedgerWriter(database));
        this.imports = new ImportService(new LedgerImport(database), new AppSettingsRepository(database),
                new PayerDirectory(database));
        this.documents = new DocumentRepository(database);
        this.agencies = new AgencyRepository(database);
        this.attachments = new AttachmentService(documents, agencies, new DesktopSystemViewer(),
                AttachmentService.sessionCopiesFolder());
        this.letterSettings = new LetterSettings(database);
        this.letterArchive = new LetterArchive(new LetterRepository(database), this::envelope);
    }

    /**
     * @throws DataFileException when the folder or the file cannot be used (nothing is changed then)
     */
    public static AppContext open(DataFolder folder, Clock clock) {
        createIfDefault(folder);
        Database database = Database.open(folder.path(), DataFilePasswords.of(folder.path()));
        try {
            AppContext context = new AppContext(folder, database, clock);
            context.removeLeftovers();
            PdfScratch.useDataFolder(database.folder());
            return context;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * A Relance killed (or a machine that lost power) in the middle of a backup, a restore, a file write or a PDF
     * being built left hidden unfinished files (PDFBox scratch files in {@code tmp/<pid>}): this start holds the
     * data file now, so no other Relance is writing them.
     */
    private void removeLeftovers() {
        backups.removeLeftovers();
        fr.relance.agency.PendingDossiers.sweep(database);
        emailReminderService().recordAccepted();
        SafeFile.sweepStale(database.folder());
        PdfScratch.sweepStale(database.folder());
    }

    /** Only the default folder is created; one the user named must exist. */
    public static void createIfDefault(DataFolder folder) {
        if (folder.mayCreate() && !Files.exists(folder.path())) {
            try {
                Files.createDirectories(folder.path());
            } catch (IOException e) {
                throw new DataFileException(DataFileException.Reason.READ_ONLY, folder.path(),
                        "Cannot create the data folder " + folder.path(), e);
            }
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Database database() {
        return database;
    }

    public DataFolder folder() {
        return folder;
    }

    public CompanyRepository companies() {
        return companies;
    }

    public RatesRepository rates() {
        return rates;
    }

    public DebtorRepository debtors() {
        return debtors;
    }

    public ReceivablesRepository receivables() {
        return receivables;
    }

    public DemoDataService demo() {
        return demo;
    }

    public ImportService imports() {
        return imports;
    }

    public BackupService backups() {
        return backups;
    }

    /** The backups taken by themselves; started by the desktop app only (never by a command or a test). */
    public AutomaticBackups automaticBackups() {
        return automaticBackups;
    }

    /** What the main window needs, for the given language and background executor. */
    public MainWindow.Services windowServices(Locale locale, BackgroundTasks tasks) {
        Messages messages = new Messages(locale);
        Formats formats = new Formats(locale);
        return new MainWindow.Services() {
            @Override
            public AgingViewModel aging(BackgroundTasks t, Dialogs dialogs) {
                return new AgingViewModel(receivables, demo, t, dialogs, messages, today());
            }

            @Override
            public CaseFileViewModel caseFile(BackgroundTasks t, Dialogs dialogs) {
                return new CaseFileViewModel(debtors, receivables, caseHistoryService(), t, dialogs, messages,
                        today());
            }

            @Override
            public TimelineViewModel timeline(BackgroundTasks t) {
                return new TimelineViewModel(new TimelineRepository(database),
                        worklistService(), caseHistoryService(), t, messages, today(), user());
            }

            @Override
            public SettingsViewModel settings(BackgroundTasks t, Dialogs dialogs) {
                return new SettingsViewModel(companies, rates, t, dialogs, messages);
            }

            @Override
            public PoliciesViewModel policies(BackgroundTasks t, Dialogs dialogs) {
                return new PoliciesViewModel(new DunningPolicyRepository(database), t, dialogs, messages);
            }

            @Override
            public ImportWizardViewModel importWizard(BackgroundTasks t, Dialogs dialogs) {
                return new ImportWizardViewModel(imports, t, dialogs, messages, formats, today());
            }

            @Override
            public BackgroundTasks tasks() {
                return tasks;
            }

            @Override
            public Messages messages() {
                return messages;
            }

            @Override
            public Formats formats() {
                return formats;
            }

            @Override
            public BackupsViewModel backups(BackgroundTasks t, Dialogs dialogs, Runnable onRestored) {
                return new BackupsViewModel(backups, automaticBackups, t, dialogs, messages, formats, onRestored);
            }

            @Override
            public String dataFileLabel() {
                return database.file().toString();
            }

            @Override
            public fr.relance.ui.settings.SecurityViewModel security(BackgroundTasks t, Dialogs dialogs) {
                return new fr.relance.ui.settings.SecurityViewModel(encryption(), t, dialogs, messages);
            }

            @Override
            public fr.relance.ui.settings.PrivacyViewModel privacy(BackgroundTasks t, Dialogs dialogs) {
                return new fr.relance.ui.settings.PrivacyViewModel(personalData(), t, dialogs, messages, formats,
                        user(), today());
            }

            @Override
            public TemplatesViewModel templates(BackgroundTasks t, Dialogs dialogs) {
                return new TemplatesViewModel(new LetterTemplateRepository(database), t, dialogs, messages, formats);
            }

            @Override
            public WorklistViewModel worklist(BackgroundTasks t, Dialogs dialogs) {
                return new WorklistViewModel(worklistService(), t, dialogs, messages, formats, user(), today());
            }

            @Override
            public PaymentPlanViewModel paymentPlan(BackgroundTasks t) {
                return new PaymentPlanViewModel(paymentPlanService(), t, messages, formats, today());
            }

            @Override
            public CaseMeasuresViewModel caseMeasures(BackgroundTasks t, Dialogs dialogs) {
                return new CaseMeasuresViewModel(new CaseMeasuresService(database, user()), t, dialogs, messages,
                        formats, today());
            }

            @Override
            public CaseAgencyViewModel caseAgency(BackgroundTasks t) {
                return new CaseAgencyViewModel(agencies, t, messages);
            }

            @Override
            public AgenciesViewModel agencies(BackgroundTasks t, Dialogs dialogs) {
                return new AgenciesViewModel(agencies, documents, attachments, t, dialogs, messages, formats, today(),
                        user());
            }

            @Override
            public fr.relance.ui.cases.RegisteredLettersViewModel registeredLetters(BackgroundTasks t,
                                                                                   Dialogs dialogs) {
                return new fr.relance.ui.cases.RegisteredLettersViewModel(registeredMailService(),
                        emailReminderService(), t, dialogs, messages, formats, today(), user());
            }

            @Override
            public fr.relance.ui.settings.MailSettingsViewModel mailSettings(BackgroundTasks t) {
                return new fr.relance.ui.settings.MailSettingsViewModel(AppContext.this.mailSettings(),
                        new fr.relance.mail.SmtpMailer(),
                        t, messages);
            }

            @Override
            public DossierViewModel dossier(BackgroundTasks t, Dialogs dialogs) {
                return new DossierViewModel(agencyFlowService(new AgencyDossierExport(database, locale)), t, dialogs,
                        messages, formats, today());
            }

            @Override
            public DossierItemsViewModel dossierItems(BackgroundTasks t) {
                return new DossierItemsViewModel(new DossierChecklistService(database, user()), t, messages);
            }

            @Override
            public AboutViewModel about(BackgroundTasks t, Dialogs dialogs) {
                return new AboutViewModel(aboutFacts(), new DesktopSystemViewer(), t, dialogs, messages, formats,
                        AppContext::toClipboard, java.time.ZoneId.systemDefault());
            }

            @Override
            public LettersViewModel letters(BackgroundTasks t, Dialogs dialogs) {
                return new LettersViewModel(letterDrafts(), new SystemLetterPrinter(), new DesktopSystemViewer(), t,
                        dialogs, messages, formats, today(), user());
            }

            @Override
            public LetterSettingsViewModel letterSettings(BackgroundTasks t, Dialogs dialogs) {
                return new LetterSettingsViewModel(letterSettings, new DesktopSystemViewer(), t, dialogs, messages,
                        formats);
            }

            @Override
            public AttachmentsViewModel attachments(BackgroundTasks t, Dialogs dialogs) {
                return new AttachmentsViewModel(attachments, documents, t, dialogs, messages, formats, today(), user());
            }

            @Override
            public LetterBatchFactory letterBatch(BackgroundTasks t) {
                return (dialogs, asOf) -> new LetterBatchViewModel(letterRun(), t, dialogs, messages, formats,
                        new DesktopSystemViewer(), PdfPrinter.system(), user(), asOf);
            }

            @Override
            public CaseLettersViewModel caseLetters(BackgroundTasks t) {
                return new CaseLettersViewModel(letterArchive, t, messages, new DesktopSystemViewer(),
                        AttachmentService.sessionCopiesFolder());
            }

            @Override
            public DossierExportViewModel dossierExport(BackgroundTasks t, Dialogs dialogs) {
                return new DossierExportViewModel(dossierExporter(locale), new DesktopSystemViewer(), t, dialogs,
                        messages);
            }
        };
    }

    /** This build, the data file and the log of this process, for the About dialog and the diagnostic. */
    public AboutFacts aboutFacts() {
        Path dataFolder = database.folder();
        return AboutFacts.ofThisProcess(AppVersion.current(), AppVersion.buildTime(), dataFolder, database.file(),
                Logging.logFolder(dataFolder), Logging.logFile(dataFolder));
    }

    private static void toClipboard(String text) {
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(text);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    /** The agency dossier (PDF or ZIP) as of today, in the user's language. */
    public DossierExporter dossierExporter(Locale locale) {
        return new DossierExporter(database, this::today, locale);
    }

    /** Letter contents from the templates, for the renderer and the letters screen. */
    public LetterComposer letterComposer() {
        return new LetterComposer(database);
    }

    /**
     * How letters are printed here (saved envelope window, logo): every writer of letters takes its renderer from
     * {@link LetterSettings#renderer()}.
     */
    public LetterSettings letterSettings() {
        return letterSettings;
    }

    /** The composer's service (Courriers): drafts, checks, preview and PDF with the saved settings. */
    public LetterDrafts letterDrafts() {
        return new LetterDrafts(database, letterSettings, letterArchive);
    }

    /** The window envelope layout letters are printed for: the one saved in Paramètres › Courriers. */
    public EnvelopeLayout envelope() {
        return letterSettings.envelope();
    }

    /** The SMTP settings; the password sealed under a key file in the data folder. */
    public fr.relance.mail.MailSettings mailSettings() {
        return new fr.relance.mail.MailSettings(new AppSettingsRepository(database),
                new fr.relance.mail.PasswordVault(folder.path()));
    }

    /** Reminders sent by e-mail, recorded as letters once the server took them. */
    public fr.relance.mail.EmailReminderService emailReminderService() {
        return new fr.relance.mail.EmailReminderService(letterComposer(), letterArchive,
                new LetterRepository(database), debtors, mailSettings(), new fr.relance.mail.SmtpMailer(),
                database.folder());
    }

    /** Registered letters: posting, delivery or return, the scanned receipt. */
    public fr.relance.mail.RegisteredMailService registeredMailService() {
        return new fr.relance.mail.RegisteredMailService(new fr.relance.store.RegisteredMailRepository(database),
                attachments, user());
    }

    public LetterArchive letterArchive() {
        return letterArchive;
    }

    /** The day's letters from the worklist: review, one print-ready PDF and its deposit list, recorded as sent. */
    public LetterRun letterRun() {
        return new LetterRun(worklistService(), letterComposer(), letterArchive, this::envelope);
    }

    /**
     * Handover to an agency and what follows, writing the dossier with {@code export} (the dossier exporter of
     * documents/ plugs in here).
     */
    public AgencyFlowService agencyFlowService(DossierExport export) {
        return new AgencyFlowService(database, user(), export);
    }

    public WorklistService worklistService() {
        return new WorklistService(database, user(), paymentPlanService());
    }

    public PaymentPlanService paymentPlanService() {
        return new PaymentPlanService(database, user(), clock);
    }

    /** The case timeline with the ledger's events, acknowledgements of debt, limitation dates and reversals. */
    public CaseHistoryService caseHistoryService() {
        return new CaseHistoryService(database, user());
    }

    /** Encryption at rest; a new password is remembered for the openings that follow (a restore, a command). */
    public fr.relance.privacy.EncryptionService encryption() {
        return new fr.relance.privacy.EncryptionService(database, backups,
                password -> DataFilePasswords.remember(folder.path(), password));
    }

    /** Personal data: export one debtor's data, retention period and purge. */
    public fr.relance.privacy.PersonalDataService personalData() {
        return new fr.relance.privacy.PersonalDataService(database);
    }

    @Override
    public void close() {
        automaticBackups.close();
        attachments.deleteLocalCopies();
        PdfScratch.release();
        database.close();
    }

    /** The controller using the app: the author written on the timeline and on dunning decisions. */
    public String user() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "relance" : name;
    }
}
