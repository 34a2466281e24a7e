package fr.relance.store;

import static fr.relance.store.jooq.Tables.APP_SETTING;
import static fr.relance.store.jooq.Tables.COLLECTION_AGENCY;
import static fr.relance.store.jooq.Tables.COLLECTION_CASE;

import fr.relance.domain.InvalidInputException;
import fr.relance.domain.Siren;
import fr.relance.domain.agency.AgencyFeeEstimate;
import fr.relance.domain.agency.AgencyRules;
import fr.relance.domain.agency.CollectionAgency;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.store.jooq.tables.records.CollectionAgencyRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jooq.DSLContext;

/**
 * The collection-agency directory. Every write is checked against {@link AgencyRules} first. An agency a case
 * refers to is never deleted: it is archived, and stays readable for that case.
 */
public final class AgencyRepository {

    public static final String NAME_TAKEN = "agency.name.taken";
    public static final String IN_USE = "agency.delete.inUse";
    /** The app_setting holding the fee share (percent of the balance) above which a handover is flagged. */
    public static final String MAX_SHARE_SETTING = "agency.maxFeeShare";

    private final DSLContext dsl;

    public AgencyRepository(Database database) {
        this.dsl = database.dsl();
    }

    /** Every agency, by name; the archived ones only when asked. */
    public List<CollectionAgency> all(boolean withArchived) {
        return dsl.selectFrom(COLLECTION_AGENCY)
                .where(withArchived ? org.jooq.impl.DSL.noCondition() : COLLECTION_AGENCY.ARCHIVED.isFalse())
                .orderBy(COLLECTION_AGENCY.NAME)
                .fetch(AgencyRepository::toAgency);
    }

    public Optional<CollectionAgency> find(long agencyId) {
        return dsl.selectFrom(COLLECTION_AGENCY).where(COLLECTION_AGENCY.ID.eq(agencyId))
                .fetchOptional(AgencyRepository::toAgency);
    }

    /**
     * Adds the agency (id null) or updates it. The agreement document link is kept as stored: it changes only
     * through {@link #attachAgreement}.
     *
     * @return the agency as stored
     * @throws InvalidInputException with the problems, nothing written
     */
    public CollectionAgency save(CollectionAgency agency, LocalDate asOf) {
        InvalidInputException.refuseIfAny(AgencyRules.validate(agency, asOf));
        long id = dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            String name = agency.name().strip();
            var sameName = COLLECTION_AGENCY.NAME.lower().eq(name.toLowerCase(Locale.ROOT));
            if (agency.id() != null) {
                sameName = sameName.and(COLLECTION_AGENCY.ID.ne(agency.id()));
            }
            if (tx.fetchExists(COLLECTION_AGENCY, sameName)) {
                throw new InvalidInputException("name", NAME_TAKEN);
            }
            CollectionAgencyRecord record;
            if (agency.id() == null) {
                record = tx.newRecord(COLLECTION_AGENCY);
            } else {
                record = tx.fetchOptional(COLLECTION_AGENCY, COLLECTION_AGENCY.ID.eq(agency.id()))
                        .orElseThrow(() -> new IllegalArgumentException("No agency " + agency.id()));
            }
            record.setName(name);
            record.setSiren(blankToNull(agency.siren() == null ? null : Siren.normalize(agency.siren())));
            record.setAddressStreet(blankToNull(agency.street()));
            record.setAddressExtra(blankToNull(agency.addressExtra()));
            record.setPostcode(blankToNull(agency.postcode()));
            record.setCity(blankToNull(agency.city()));
            record.setContactName(blankToNull(agency.contactName()));
            record.setEmail(blankToNull(agency.email()));
            record.setPhone(blankToNull(agency.phone()));
            record.setCommissionPercent(agency.commissionPercent());
            record.setFixedFee(agency.fixedFee());
            record.setMinimumClaim(agency.minimumClaim());
            record.setAgreementSignedOn(agency.agreementSignedOn());
            record.setInsuranceReference(blankToNull(agency.insuranceReference()));
            record.setNotes(blankToNull(agency.notes()));
            record.setArchived(agency.archived());
            record.store();
            return record.getId();
        });
        return find(id).orElseThrow();
    }

    /** Archives (or brings back) an agency: an archived agency is no longer offered for new cases. */
    public CollectionAgency setArchived(long agencyId, boolean archived) {
        int updated = dsl.update(COLLECTION_AGENCY).set(COLLECTION_AGENCY.ARCHIVED, archived)
                .where(COLLECTION_AGENCY.ID.eq(agencyId)).execute();
        if (updated == 0) {
            throw new IllegalArgumentException("No agency " + agencyId);
        }
        return find(agencyId).orElseThrow();
    }

    /** Whether a case (open or closed) was handed over to the agency. */
    public boolean isReferenced(long agencyId) {
        return dsl.fetchExists(COLLECTION_CASE, COLLECTION_CASE.AGENCY_ID.eq(agencyId));
    }

    /**
     * Deletes an agency entered by mistake; its agreement document, if any, stays stored.
     *
     * @throws InvalidInputException when a case refers to it: archive it instead
     */
    public void delete(long agencyId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            if (tx.fetchExists(COLLECTION_CASE, COLLECTION_CASE.AGENCY_ID.eq(agencyId))) {
                throw new InvalidInputException("agency", IN_USE);
            }
            tx.deleteFrom(COLLECTION_AGENCY).where(COLLECTION_AGENCY.ID.eq(agencyId)).execute();
        });
    }

    /**
     * Stores the signed agreement (CPCE R124-3) as a document of kind {@link DocumentKind#CONTRACT_OR_TERMS} and
     * links it to the agency, in one transaction. A former agreement stays stored.
     *
     * @param signedOn the date of signature, kept on the agency when given
     */
    public CollectionAgency attachAgreement(long agencyId, DocumentRepository.Content content, LocalDate signedOn,
                                            String author, DocumentRepository.Progress progress,
                                            BooleanSupplier cancelled) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            if (!tx.fetchExists(COLLECTION_AGENCY, COLLECTION_AGENCY.ID.eq(agencyId))) {
                throw new IllegalArgumentException("No agency " + agencyId);
            }
            long documentId = DocumentRepository.insertUnattached(tx, DocumentKind.CONTRACT_OR_TERMS, signedOn,
                    content, author, progress, cancelled);
            var update = tx.update(COLLECTION_AGENCY).set(COLLECTION_AGENCY.AGREEMENT_DOCUMENT_ID, documentId);
            if (signedOn != null) {
                update = update.set(COLLECTION_AGENCY.AGREEMENT_SIGNED_ON, signedOn);
            }
            update.where(COLLECTION_AGENCY.ID.eq(agencyId)).execute();
        });
        return find(agencyId).orElseThrow();
    }

    /** The fee share, in percent of the balance, above which the case file warns; 25 % unless set. */
    public BigDecimal maxFeeShare() {
        return dsl.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING).where(APP_SETTING.NAME.eq(MAX_SHARE_SETTING))
                .fetchOptional(APP_SETTING.SETTING_VALUE)
                .flatMap(AgencyRepository::parseShare)
                .orElse(AgencyFeeEstimate.DEFAULT_MAX_SHARE);
    }

    /** @throws InvalidInputException unless the share is above 0 and at most 100 */
    public void saveMaxFeeShare(BigDecimal share) {
        if (share == null || share.signum() <= 0 || share.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException("maxShare", "agency.maxShare.invalid");
        }
        String value = share.stripTrailingZeros().toPlainString();
        dsl.mergeInto(APP_SETTING).using(dsl.selectOne()).on(APP_SETTING.NAME.eq(MAX_SHARE_SETTING))
                .whenMatchedThenUpdate().set(APP_SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(APP_SETTING.NAME, APP_SETTING.SETTING_VALUE).values(MAX_SHARE_SETTING, value)
                .execute();
    }

    private static Optional<BigDecimal> parseShare(String text) {
        try {
            BigDecimal share = new BigDecimal(text.strip());
            return share.signum() > 0 && share.compareTo(BigDecimal.valueOf(100)) <= 0 ? Optional.of(share)
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static CollectionAgency toAgency(CollectionAgencyRecord r) {
        return new CollectionAgency(r.getId(), r.getName(), r.getSiren(), r.getAddressStreet(), r.getAddressExtra(),
                r.getPostcode(), r.getCity(), r.getContactName(), r.getEmail(), r.getPhone(),
                r.getCommissionPercent(), r.getFixedFee(), r.getMinimumClaim(), r.getAgreementSignedOn(),
                r.getAgreementDocumentId(), r.getInsuranceReference(), r.getNotes(), r.getArchived());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
