package fr.relance.domain;

/** A person to reach at a debtor. */
public record Contact(long id, long debtorId, String name, String role, String email, String phone,
                      boolean primary) {
}
