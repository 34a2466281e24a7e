package fr.relance.store;

import static fr.relance.store.jooq.Tables.COMPANY;

import fr.relance.domain.Company;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;

/** The creditor's identity (one row). */
public final class CompanyRepository {

    private static final int THE_COMPANY = 1;

    private final DSLContext dsl;

    public CompanyRepository(Database database) {
        this(database.dsl());
    }

    /** Within a transaction: the nested configuration's context. */
    CompanyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Company> find() {
        return dsl.selectFrom(COMPANY).where(COMPANY.ID.eq(THE_COMPANY)).fetchOptional(r -> new Company(
                r.getLegalName(), r.getLegalForm(), r.getShareCapital(), r.getSiren(), r.getSiret(),
                r.getVatNumber(), r.getRcsCity(), r.getAddressStreet(), r.getAddressExtra(), r.getPostcode(),
                r.getCity(), r.getPhone(), r.getEmail(), r.getIban(), r.getBic(), r.getSignatoryName(),
                r.getSignatoryTitle(), r.getLogo(), r.getLogoMimeType()));
    }

    public void save(Company company) {
        var record = dsl.newRecord(COMPANY);
        record.setId(THE_COMPANY);
        record.setLegalName(company.legalName());
        record.setLegalForm(blankToNull(company.legalForm()));
        record.setShareCapital(company.shareCapital());
        record.setSiren(blankToNull(company.siren()));
        record.setSiret(blankToNull(company.siret()));
        record.setVatNumber(blankToNull(company.vatNumber()));
        record.setRcsCity(blankToNull(company.rcsCity()));
        record.setAddressStreet(blankToNull(company.street()));
        record.setAddressExtra(blankToNull(company.addressExtra()));
        record.setPostcode(blankToNull(company.postcode()));
        record.setCity(blankToNull(company.city()));
        record.setPhone(blankToNull(company.phone()));
        record.setEmail(blankToNull(company.email()));
        record.setIban(blankToNull(company.iban()));
        record.setBic(blankToNull(company.bic()));
        record.setSignatoryName(blankToNull(company.signatoryName()));
        record.setSignatoryTitle(blankToNull(company.signatoryTitle()));
        record.setLogo(company.logo());
        record.setLogoMimeType(company.logoMimeType());
        record.setUpdatedAt(OffsetDateTime.now());
        dsl.insertInto(COMPANY).set(record).onDuplicateKeyUpdate().set(record).execute();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
