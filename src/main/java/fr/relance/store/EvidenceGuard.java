package fr.relance.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The database trigger that keeps evidence immutable (migration V16): every UPDATE of an evidence row is refused,
 * and every DELETE, whatever the code path (jOOQ, plain JDBC, a console), with one exception: the personal-data
 * purge ({@link PurgeRepository}) sets {@link #PURGE_VARIABLE} in its own session for the length of its
 * transaction, and may then delete the rows of a debtor who has no open case. Rows without a debtor (an agency's
 * agreement, the purge log) are never deleted.
 *
 * <p>H2 instantiates this class by name in every session that changes a row of those tables, so it must stay a
 * public class with a public no-argument constructor, in this package (the migration names it).
 */
public final class EvidenceGuard implements Trigger {

    /** The session variable the purge sets; any other session sees it unset. */
    static final String PURGE_VARIABLE = "@RELANCE_EVIDENCE_PURGE";
    /** SQLSTATE of the refusal: "triggered action exception". */
    public static final String REFUSED_STATE = "27000";

    private String table;
    private int debtorColumn = -1;

    public EvidenceGuard() {
        // instantiated by H2
    }

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        this.table = tableName;
        try (PreparedStatement column = connection.prepareStatement("SELECT ORDINAL_POSITION FROM "
                + "INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND COLUMN_NAME = 'DEBTOR_ID'")) {
            column.setString(1, schemaName);
            column.setString(2, tableName);
            try (ResultSet rs = column.executeQuery()) {
                if (rs.next()) {
                    debtorColumn = rs.getInt(1) - 1;
                }
            }
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow != null) {
            throw refused("UPDATE");
        }
        if (!purgeUnderWay(connection) || debtorColumn < 0 || oldRow[debtorColumn] == null
                || hasOpenCase(connection, ((Number) oldRow[debtorColumn]).longValue())) {
            throw refused("DELETE");
        }
    }

    private SQLException refused(String what) {
        return new SQLException("Evidence is immutable: " + what + " on " + table
                + " refused (a correction is a new reversal event; only the personal-data purge deletes)",
                REFUSED_STATE);
    }

    private static boolean purgeUnderWay(Connection connection) throws SQLException {
        try (PreparedStatement flag = connection.prepareStatement("SELECT " + PURGE_VARIABLE);
             ResultSet rs = flag.executeQuery()) {
            return rs.next() && Boolean.TRUE.equals(rs.getObject(1));
        }
    }

    private static boolean hasOpenCase(Connection connection, long debtorId) throws SQLException {
        try (PreparedStatement open = connection.prepareStatement(
                "SELECT 1 FROM collection_case WHERE open_debtor_id = ?")) {
            open.setLong(1, debtorId);
            try (ResultSet rs = open.executeQuery()) {
                return rs.next();
            }
        }
    }
}
