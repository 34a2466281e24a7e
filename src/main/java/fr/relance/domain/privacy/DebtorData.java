package fr.relance.domain.privacy;

import java.util.List;
import java.util.Map;

/**
 * Everything held about one debtor, table by table (the debtor first, then what hangs on it), each row as its
 * column values: text, numbers, booleans, ISO dates. Document bytes are not in the rows (they go beside them as
 * files); {@code documents} lists them.
 */
public record DebtorData(long debtorId, String accountCode, String name,
                         Map<String, List<Map<String, Object>>> tables, List<Long> documentIds) {
}
