package fr.relance.store;

import static fr.relance.store.jooq.Tables.HALF_YEAR_RATE;

import fr.relance.domain.HalfYear;
import fr.relance.domain.HalfYearRates;
import fr.relance.domain.RateTable;
import java.util.List;
import org.jooq.DSLContext;

/** The ECB and legal rates per half-year. */
public final class RatesRepository {

    private final DSLContext dsl;

    public RatesRepository(Database database) {
        this.dsl = database.dsl();
    }

    public List<HalfYearRates> all() {
        return dsl.selectFrom(HALF_YEAR_RATE)
                .orderBy(HALF_YEAR_RATE.RATE_YEAR, HALF_YEAR_RATE.RATE_HALF)
                .fetch(r -> new HalfYearRates(new HalfYear(r.getRateYear(), r.getRateHalf()), r.getEcbRate(),
                        r.getLegalRatePrivate(), r.getLegalRateOther()));
    }

    public RateTable table() {
        return new RateTable(all());
    }

    /** Adds the half-year, or replaces its rates when it is already there. */
    public void save(HalfYearRates rates) {
        dsl.mergeInto(HALF_YEAR_RATE)
                .using(dsl.selectOne())
                .on(HALF_YEAR_RATE.RATE_YEAR.eq(rates.halfYear().year())
                        .and(HALF_YEAR_RATE.RATE_HALF.eq(rates.halfYear().half())))
                .whenMatchedThenUpdate()
                .set(HALF_YEAR_RATE.ECB_RATE, rates.ecbRate())
                .set(HALF_YEAR_RATE.LEGAL_RATE_PRIVATE, rates.legalRatePrivate())
                .set(HALF_YEAR_RATE.LEGAL_RATE_OTHER, rates.legalRateOther())
                .whenNotMatchedThenInsert(HALF_YEAR_RATE.RATE_YEAR, HALF_YEAR_RATE.RATE_HALF, HALF_YEAR_RATE.ECB_RATE,
                        HALF_YEAR_RATE.LEGAL_RATE_PRIVATE, HALF_YEAR_RATE.LEGAL_RATE_OTHER)
                .values(rates.halfYear().year(), rates.halfYear().half(), rates.ecbRate(), rates.legalRatePrivate(),
                        rates.legalRateOther())
                .execute();
    }
}
