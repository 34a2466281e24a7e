package fr.relance.store;

import static fr.relance.store.jooq.Tables.CONTACT;
import static fr.relance.store.jooq.Tables.DEBTOR;

import fr.relance.domain.Contact;
import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.PostalAddress;
import fr.relance.store.jooq.tables.records.DebtorRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Debtors and their contacts. */
public final class DebtorRepository {

    private final DSLContext dsl;

    public DebtorRepository(Database database) {
        this.dsl = database.dsl();
    }

    public Optional<Debtor> find(long id) {
        return dsl.selectFrom(DEBTOR).where(DEBTOR.ID.eq(id)).fetchOptional(DebtorRepository::toDebtor);
    }

    public List<Contact> contactsOf(long debtorId) {
        return dsl.selectFrom(CONTACT).where(CONTACT.DEBTOR_ID.eq(debtorId))
                .orderBy(CONTACT.IS_PRIMARY.desc(), CONTACT.NAME)
                .fetch(r -> new Contact(r.getId(), r.getDebtorId(), r.getName(), r.getRole(), r.getEmail(),
                        r.getPhone(), Boolean.TRUE.equals(r.getIsPrimary())));
    }

    public int count() {
        return dsl.fetchCount(DEBTOR);
    }

    static Debtor toDebtor(DebtorRecord r) {
        PostalAddress address = new PostalAddress(r.getAddrRecipient(), r.getAddrBuilding(), r.getAddrStreet(),
                r.getAddrLocality(), r.getPostcode(), r.getCity(), r.getCountryCode());
        return new Debtor(r.getId(), r.getAccountCode(), r.getName(), DebtorKind.valueOf(r.getKind()), r.getSiren(),
                r.getVatNumber(), address, r.getLanguage());
    }
}
