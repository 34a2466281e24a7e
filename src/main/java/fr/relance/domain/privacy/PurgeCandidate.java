package fr.relance.domain.privacy;

import java.time.LocalDate;

/**
 * A debtor whose every case closed before the retention date, with no case open and nothing left to pay: what the
 * purge would delete, as the confirmation lists it.
 */
public record PurgeCandidate(long debtorId, String accountCode, String debtorName, LocalDate lastClosedOn,
                             int cases, int events, int documents, int letters) {
}
