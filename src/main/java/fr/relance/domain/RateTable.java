package fr.relance.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The rates per half-year known to the product. */
public final class RateTable {

    private final TreeMap<HalfYear, HalfYearRates> rates = new TreeMap<>();

    public RateTable(Collection<HalfYearRates> entries) {
        for (HalfYearRates entry : entries) {
            rates.put(entry.halfYear(), entry);
        }
    }

    /** @throws MissingRateException naming the half-year when it is not in the table */
    public HalfYearRates ratesFor(HalfYear halfYear) {
        HalfYearRates found = rates.get(halfYear);
        if (found == null) {
            throw new MissingRateException(halfYear);
        }
        return found;
    }

    public List<HalfYearRates> entries() {
        return List.copyOf(rates.values());
    }

    /** The half-year after the last one in the table: what the user most likely adds next. */
    public HalfYear nextMissing() {
        Map.Entry<HalfYear, HalfYearRates> last = rates.lastEntry();
        return last == null ? new HalfYear(2023, 1) : last.getKey().next();
    }
}
