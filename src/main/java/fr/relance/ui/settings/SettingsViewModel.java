package fr.relance.ui.settings;

import fr.relance.domain.Company;
import fr.relance.domain.CompanyRules;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.HalfYear;
import fr.relance.domain.HalfYearRates;
import fr.relance.domain.Iban;
import fr.relance.domain.RateTable;
import fr.relance.domain.Siren;
import fr.relance.store.CompanyRepository;
import fr.relance.store.RatesRepository;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.common.Dialogs;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** Paramètres: the creditor's identity and the rates table, validated before anything is saved. */
public final class SettingsViewModel {

    /** The company form's fields, in display order. */
    public static final List<String> COMPANY_FIELDS = List.of("legalName", "legalForm", "siren", "siret",
            "vatNumber", "rcsCity", "street", "addressExtra", "postcode", "city", "phone", "email", "iban", "bic",
            "signatoryName", "signatoryTitle");

    private record Loaded(Company company, List<HalfYearRates> rates) {
    }

    private final CompanyRepository companies;
    private final RatesRepository rates;
    private final BackgroundTasks tasks;
    private final Dialogs dialogs;
    private final Messages messages;

    private final Map<String, StringProperty> companyFields = new LinkedHashMap<>();
    private final ObservableMap<String, String> companyErrors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper companyStatus = new ReadOnlyStringWrapper("");
    private Company loadedCompany = Company.empty();

    private final ObservableList<HalfYearRates> rateRows = FXCollections.observableArrayList();
    private final StringProperty newYear = new SimpleStringProperty("");
    private final ObjectProperty<Integer> newHalf = new SimpleObjectProperty<>(1);
    private final StringProperty newEcb = new SimpleStringProperty("");
    private final StringProperty newLegalPrivate = new SimpleStringProperty("");
    private final StringProperty newLegalOther = new SimpleStringProperty("");
    private final ObservableMap<String, String> rateErrors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper rateStatus = new ReadOnlyStringWrapper("");

    public SettingsViewModel(CompanyRepository companies, RatesRepository rates, BackgroundTasks tasks,
                             Dialogs dialogs, Messages messages) {
        this.companies = companies;
        this.rates = rates;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        for (String field : COMPANY_FIELDS) {
            companyFields.put(field, new SimpleStringProperty(""));
        }
    }

    public void load() {
        tasks.run(() -> new Loaded(companies.find().orElse(Company.empty()), rates.all()), loaded -> {
            showCompany(loaded.company());
            showRates(loaded.rates());
        }, this::failed);
    }

    // ---- company ----

    public boolean saveCompany() {
        Company company = companyFromFields();
        companyErrors.clear();
        List<FieldProblem> problems = CompanyRules.validate(company);
        if (!problems.isEmpty()) {
            for (FieldProblem problem : problems) {
                companyErrors.put(problem.field(), messages.get(problem.messageKey()));
            }
            companyStatus.set(messages.get("settings.company.invalid", problems.size()));
            return false;
        }
        companyStatus.set("");
        tasks.run(() -> {
            companies.saveIdentity(company); // the logo is set on its own, in Paramètres › Courriers
            return companies.find().orElse(company);
        }, saved -> {
            loadedCompany = saved;
            showCompany(saved);
            companyStatus.set(messages.get("settings.company.saved"));
        }, this::failed);
        return true;
    }

    public void revertCompany() {
        companyErrors.clear();
        companyStatus.set("");
        showCompany(loadedCompany);
    }

    private Company companyFromFields() {
        Map<String, String> v = new LinkedHashMap<>();
        companyFields.forEach((name, property) -> {
            String value = property.get() == null ? "" : property.get().strip();
            v.put(name, value.isEmpty() ? null : value);
        });
        String siren = v.get("siren") == null ? null : Siren.normalize(v.get("siren"));
        String siret = v.get("siret") == null ? null : Siren.normalize(v.get("siret"));
        String iban = v.get("iban") == null ? null : Iban.normalize(v.get("iban"));
        String bic = v.get("bic") == null ? null : v.get("bic").toUpperCase(java.util.Locale.ROOT);
        return new Company(v.get("legalName") == null ? "" : v.get("legalName"), v.get("legalForm"),
                loadedCompany.shareCapital(), siren, siret, v.get("vatNumber"), v.get("rcsCity"), v.get("street"),
                v.get("addressExtra"), v.get("postcode"), v.get("city"), v.get("phone"), v.get("email"), iban, bic,
                v.get("signatoryName"), v.get("signatoryTitle"), loadedCompany.logo(), loadedCompany.logoMimeType());
    }

    private void showCompany(Company company) {
        loadedCompany = company;
        set("legalName", company.legalName());
        set("legalForm", company.legalForm());
        set("siren", company.siren());
        set("siret", company.siret());
        set("vatNumber", company.vatNumber());
        set("rcsCity", company.rcsCity());
        set("street", company.street());
        set("addressExtra", company.addressExtra());
        set("postcode", company.postcode());
        set("city", company.city());
        set("phone", company.phone());
        set("email", company.email());
        set("iban", company.iban() == null ? null : Iban.formatted(company.iban()));
        set("bic", company.bic());
        set("signatoryName", company.signatoryName());
        set("signatoryTitle", company.signatoryTitle());
    }

    private void set(String field, String value) {
        companyFields.get(field).set(value == null ? "" : value);
    }

    // ---- rates ----

    /** Adds the half-year typed in the form (or replaces its rates when the table has it already). */
    public boolean addRate() {
        rateErrors.clear();
        rateStatus.set("");
        Integer year = parseYear(newYear.get());
        if (year == null) {
            rateErrors.put("year", messages.get("validation.year"));
        }
        if (newHalf.get() == null) {
            rateErrors.put("half", messages.get("validation.required"));
        }
        BigDecimal ecb = rate("ecb", newEcb.get());
        BigDecimal legalPrivate = rate("legalPrivate", newLegalPrivate.get());
        BigDecimal legalOther = rate("legalOther", newLegalOther.get());
        if (!rateErrors.isEmpty()) {
            rateStatus.set(messages.get("settings.rates.invalid"));
            return false;
        }
        HalfYearRates entry = new HalfYearRates(new HalfYear(year, newHalf.get()), ecb, legalPrivate, legalOther);
        boolean replaces = rateRows.stream().anyMatch(r -> r.halfYear().equals(entry.halfYear()));
        if (replaces && !dialogs.confirm(messages.get("settings.rates.replace.title"),
                messages.get("settings.rates.replace.text", entry.halfYear().half(), entry.halfYear().year()))) {
            return false;
        }
        tasks.run(() -> {
            rates.save(entry);
            return rates.all();
        }, table -> {
            showRates(table);
            rateStatus.set(messages.get("settings.rates.saved", entry.halfYear().half(), entry.halfYear().year()));
        }, this::failed);
        return true;
    }

    private void showRates(List<HalfYearRates> table) {
        rateRows.setAll(table);
        HalfYear next = new RateTable(table).nextMissing();
        newYear.set(String.valueOf(next.year()));
        newHalf.set(next.half());
        newEcb.set("");
        newLegalPrivate.set("");
        newLegalOther.set("");
    }

    private BigDecimal rate(String field, String text) {
        if (text == null || text.isBlank()) {
            rateErrors.put(field, messages.get("validation.required"));
            return null;
        }
        BigDecimal value = Formats.parseDecimal(text);
        if (value == null || !HalfYearRates.isValidRate(value) || value.scale() > 4) {
            rateErrors.put(field, messages.get("validation.rate"));
            return null;
        }
        return value;
    }

    private static Integer parseYear(String text) {
        try {
            int year = Integer.parseInt(text == null ? "" : text.strip());
            return year >= 2000 && year <= 2100 ? year : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void failed(Throwable error) {
        dialogs.showError(messages.get("settings.error.title"), new ErrorMessages(messages).describe(error));
    }

    // ---- properties ----

    public StringProperty companyField(String name) {
        return companyFields.get(name);
    }

    public ObservableMap<String, String> companyErrors() {
        return companyErrors;
    }

    public ReadOnlyStringProperty companyStatusProperty() {
        return companyStatus.getReadOnlyProperty();
    }

    public ObservableList<HalfYearRates> rateRows() {
        return rateRows;
    }

    public StringProperty newYearProperty() {
        return newYear;
    }

    public ObjectProperty<Integer> newHalfProperty() {
        return newHalf;
    }

    public StringProperty newEcbProperty() {
        return newEcb;
    }

    public StringProperty newLegalPrivateProperty() {
        return newLegalPrivate;
    }

    public StringProperty newLegalOtherProperty() {
        return newLegalOther;
    }

    public ObservableMap<String, String> rateErrors() {
        return rateErrors;
    }

    public ReadOnlyStringProperty rateStatusProperty() {
        return rateStatus.getReadOnlyProperty();
    }
}
