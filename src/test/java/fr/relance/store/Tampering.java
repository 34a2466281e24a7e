package fr.relance.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What an administrator with the database console could do to a stored document: lift the immutability rule
 * (migration V16), change the bytes, put the rule back. Tests use it to check that altered evidence is refused.
 */
public final class Tampering {

    private Tampering() {
    }

    public static void replaceDocumentContent(Database database, long documentId, byte[] replacement) {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER document_immutable");
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE document SET content = ? WHERE id = ?")) {
                update.setBytes(1, replacement);
                update.setLong(2, documentId);
                update.executeUpdate();
            }
            statement.execute("CREATE FORCE TRIGGER document_immutable BEFORE UPDATE, DELETE ON document "
                    + "FOR EACH ROW CALL 'fr.relance.store.EvidenceGuard'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
