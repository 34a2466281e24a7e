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
        var record = record(company);
        dsl.insertInto(COMPANY).set(record).onDuplicateKeyUpdate().set(record).execute();
    }

    /**
     * Saves the identity, keeping the logo stored (the logo has its own setting, {@link #saveLogo}): a company
     * form read before the logo was changed does not put the old logo back.
     */
    public void saveIdentity(Company company) {
        var insert = record(company);
        var update = record(company);
        update.changed(COMPANY.LOGO, false);
        update.changed(COMPANY.LOGO_MIME_TYPE, false);
        dsl.insertInto(COMPANY).set(insert).onDuplicateKeyUpdate().set(update).execute();
    }

    /** Replaces the letterhead's logo (null bytes: no logo), keeping everything else; one statement. */
    public void saveLogo(byte[] logo, String mimeType) {
        int updated = dsl.update(COMPANY).set(COMPANY.LOGO, logo).set(COMPANY.LOGO_MIME_TYPE, mimeType)
                .set(COMPANY.UPDATED_AT, OffsetDateTime.now()).where(COMPANY.ID.eq(THE_COMPANY)).execute();
        if (updated == 0) {
            Company empty = Company.empty();
            save(new Company(empty.legalName(), null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, logo, mimeType));
        }
    }

    private fr.relance.store.jooq.tables.records.CompanyRecord record(Company company) {
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
        return record;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
